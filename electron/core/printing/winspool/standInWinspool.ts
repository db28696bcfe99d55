import { JOB_STATUS, type SpoolerPrinterInfo, type Winspool } from './winspool';

/**
 * A STAND-IN for the Windows print spooler, for the driver's tests on a machine without Windows:
 * printers with a state, a queue each, and jobs that leave the queue when `takeJobs` says so.
 * It records every call, so a test can see what reached the "spooler".
 */
export interface StandInPrinter extends SpoolerPrinterInfo {
  /** How each new job behaves: taken at once, stays queued, or runs into an error. */
  takes: 'at-once' | 'never' | 'error';
}

export function standInWinspool(printers: StandInPrinter[]) {
  const calls: string[] = [];
  const spooled: { printer: string; docName: string; bytes: Buffer; deleted: boolean }[] = [];
  const queue = new Map<number, { printer: StandInPrinter; status: number }>();
  let nextJob = 40;
  let lastError = 0;
  let openHandles = 0;
  const byHandle = (handle: unknown) => handle as StandInPrinter;

  const api: Winspool = {
    open: (name) => {
      calls.push(`OpenPrinterW ${name}`);
      const printer = printers.find((candidate) => candidate.name === name);
      if (!printer) {
        lastError = 1801;
        return null;
      }
      openHandles += 1;
      return printer;
    },
    info: (handle) => {
      const { takes: _takes, ...info } = byHandle(handle);
      return { ...info };
    },
    enumerate: () => printers.map(({ takes: _takes, ...info }) => ({ ...info })),
    startDoc: (handle, docName) => {
      calls.push(`StartDocPrinterW ${docName}`);
      const printer = byHandle(handle);
      const jobId = nextJob++;
      spooled.push({ printer: printer.name, docName, bytes: Buffer.alloc(0), deleted: false });
      queue.set(jobId, { printer, status: printer.takes === 'error' ? JOB_STATUS.ERROR : 0 });
      printer.jobs += 1;
      return jobId;
    },
    startPage: () => true,
    write: (_handle, bytes) => {
      calls.push(`WritePrinter ${bytes.length}`);
      const last = spooled.at(-1)!;
      last.bytes = Buffer.concat([last.bytes, bytes]);
      return bytes.length;
    },
    endPage: () => true,
    endDoc: () => {
      calls.push('EndDocPrinter');
      for (const [jobId, job] of queue) {
        if (job.printer.takes === 'at-once') {
          queue.delete(jobId);
          job.printer.jobs -= 1;
        }
      }
      return true;
    },
    jobStatus: (_handle, jobId) => queue.get(jobId)?.status ?? null,
    deleteJob: (_handle, jobId) => {
      calls.push(`SetJobW delete ${jobId}`);
      const job = queue.get(jobId);
      if (!job) return false;
      queue.delete(jobId);
      job.printer.jobs -= 1;
      spooled[jobId - 40]!.deleted = true;
      return true;
    },
    close: () => {
      openHandles -= 1;
    },
    lastError: () => lastError,
  };
  return { api, calls, spooled, openHandles: () => openHandles };
}
