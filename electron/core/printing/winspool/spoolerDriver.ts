import { RokadError } from '../../../../shared/errors';
import type { InstalledPrinter } from '../../../../shared/printing';
import { JOB_STATUS, PRINTER_ATTRIBUTE_WORK_OFFLINE, PRINTER_STATUS, type SpoolerPrinterInfo, type Winspool } from './winspool';

/** What node-thermal-printer's `printer:Name` interface calls, in the shape of the `printer` package it was written for. */
export interface SpoolerDriver {
  getPrinters(): { name: string; status: string[]; attributes: string[] }[];
  getPrinter(name: string): { name: string; status: string[]; attributes: string[] } | null;
  printDirect(job: { data: Buffer; printer: string; type: string; docname?: string | false; success: (jobId: number) => void; error: (error: unknown) => void }): void;
  /** For the printer screen. */
  installed(): InstalledPrinter[];
}

export interface SpoolerDriverOptions {
  /** How long a sent job may stay in the queue before it is taken back; below the shortest printer timeout. */
  jobWaitMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const ERROR_INVALID_PRINTER_NAME = 1801;

/** What keeps a receipt from coming out of this printer now, as a RokadError; null when nothing does. */
export function printerHindrance(info: SpoolerPrinterInfo): RokadError | null {
  const { name, status } = info;
  const has = (flag: number) => (status & flag) !== 0;
  if (has(PRINTER_STATUS.PAPER_OUT)) return new RokadError('PRINTER_NO_PAPER', `The printer ${name} is out of paper: load a new roll and close the lid.`, { name });
  if (has(PRINTER_STATUS.OFFLINE) || has(PRINTER_STATUS.NOT_AVAILABLE) || has(PRINTER_STATUS.SERVER_UNKNOWN) || (info.attributes & PRINTER_ATTRIBUTE_WORK_OFFLINE) !== 0) {
    return new RokadError('PRINTER_OFFLINE', `Windows says the printer ${name} is offline: check its USB cable and that it is switched on.`, { name });
  }
  if (has(PRINTER_STATUS.PAUSED) || has(PRINTER_STATUS.PENDING_DELETION)) {
    return new RokadError('PRINTER_PAUSED', `The printer ${name} is paused in Windows: open Printers & scanners, choose it and resume printing.`, { name });
  }
  const attention = [
    PRINTER_STATUS.ERROR,
    PRINTER_STATUS.PAPER_JAM,
    PRINTER_STATUS.PAPER_PROBLEM,
    PRINTER_STATUS.DOOR_OPEN,
    PRINTER_STATUS.USER_INTERVENTION,
    PRINTER_STATUS.OUTPUT_BIN_FULL,
    PRINTER_STATUS.MANUAL_FEED,
    PRINTER_STATUS.OUT_OF_MEMORY,
    PRINTER_STATUS.NO_TONER,
  ];
  if (attention.some(has))
    return new RokadError('PRINTER_NEEDS_ATTENTION', `The printer ${name} reports a fault (jammed paper, open lid or an error): clear it and try again.`, { name });
  // An earlier job still waiting means this one would wait behind it, perhaps for a printer that is not there.
  if (info.jobs > 0) {
    return new RokadError(
      'PRINTER_QUEUE_WAITING',
      `The Windows queue of ${name} still holds ${info.jobs} earlier job(s): check the printer, then clear its queue in Printers & scanners.`,
      { name },
    );
  }
  return null;
}

/** The state in the `printer` package's words; NOT-AVAILABLE, which node-thermal-printer's check looks for, whenever a receipt could not come out. */
function statusWords(info: SpoolerPrinterInfo): string[] {
  const words = Object.entries(PRINTER_STATUS).flatMap(([word, flag]) => ((info.status & flag) !== 0 ? [word.replaceAll('_', '-')] : []));
  return printerHindrance({ ...info, jobs: 0 }) !== null && !words.includes('NOT-AVAILABLE') ? [...words, 'NOT-AVAILABLE'] : words;
}

const JOB_TROUBLE = JOB_STATUS.ERROR | JOB_STATUS.OFFLINE | JOB_STATUS.PAPEROUT | JOB_STATUS.BLOCKED_DEVQ | JOB_STATUS.USER_INTERVENTION | JOB_STATUS.PAUSED;

/**
 * A raw spooler driver for `printer:Name`: it looks at the printer's state before a job is
 * started, so a receipt never spools silently to an unplugged printer, sends the bytes as one RAW
 * job, and counts it printed only once the job has left the queue. A job that runs into trouble
 * or is still queued after `jobWaitMs` is deleted, so a later retry cannot print it twice.
 */
export function createSpoolerDriver(api: Winspool, options: SpoolerDriverOptions = {}): SpoolerDriver {
  const jobWaitMs = options.jobWaitMs ?? 2_500;
  const pollMs = options.pollMs ?? 100;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;

  const openOrRefuse = (name: string): unknown => {
    const handle = api.open(name);
    if (handle !== null && handle !== undefined) return handle;
    const code = api.lastError();
    if (code === ERROR_INVALID_PRINTER_NAME || code === 0) {
      throw new RokadError('PRINTER_NOT_INSTALLED', `Windows has no printer named ${name}: pick one from the list of installed printers.`, { name });
    }
    throw new RokadError('PRINTER_FAILED', `Windows could not open the printer ${name} (error ${code}).`, { name });
  };

  const withPrinter = <T>(name: string, use: (handle: unknown) => T): T => {
    const handle = openOrRefuse(name);
    try {
      return use(handle);
    } finally {
      api.close(handle);
    }
  };

  const fail = (name: string, step: string) => new RokadError('PRINTER_FAILED', `Windows refused the receipt for ${name} at ${step} (error ${api.lastError()}).`, { name });

  const send = async (name: string, data: Buffer, docName: string): Promise<number> => {
    const handle = openOrRefuse(name);
    try {
      const info = api.info(handle);
      if (!info) throw fail(name, 'reading its state');
      const hindrance = printerHindrance({ ...info, name });
      if (hindrance) throw hindrance;
      const jobId = api.startDoc(handle, docName);
      if (jobId === 0) throw fail(name, 'StartDocPrinter');
      let written = 0;
      try {
        if (!api.startPage(handle)) throw fail(name, 'StartPagePrinter');
        written = api.write(handle, data);
        if (written !== data.length) throw fail(name, 'WritePrinter');
        if (!api.endPage(handle)) throw fail(name, 'EndPagePrinter');
      } catch (error) {
        api.endDoc(handle);
        api.deleteJob(handle, jobId);
        throw error;
      }
      if (!api.endDoc(handle)) throw fail(name, 'EndDocPrinter');
      const deadline = now() + jobWaitMs;
      for (;;) {
        const status = api.jobStatus(handle, jobId);
        if (status === null || (status & JOB_STATUS.PRINTED) !== 0) return jobId;
        if ((status & JOB_TROUBLE) !== 0 || now() >= deadline) {
          api.deleteJob(handle, jobId);
          const after = api.info(handle);
          const why = after ? printerHindrance({ ...after, jobs: 0, name }) : null;
          throw (
            why ??
            new RokadError(
              'PRINTER_TIMEOUT',
              `The printer ${name} did not take the receipt within ${jobWaitMs / 1000} s: it may be off, out of paper or unplugged. The job was taken back.`,
              { name },
            )
          );
        }
        await sleep(pollMs);
      }
    } finally {
      api.close(handle);
    }
  };

  const listed = (info: SpoolerPrinterInfo) => ({ name: info.name, status: statusWords(info), attributes: [] as string[] });

  return {
    getPrinters: () => api.enumerate().map(listed),
    getPrinter: (name) => {
      try {
        return withPrinter(name, (handle) => {
          const info = api.info(handle);
          return info ? listed({ ...info, name }) : null;
        });
      } catch {
        return null;
      }
    },
    printDirect: (job) => {
      send(job.printer, job.data, job.docname || 'Rokad receipt').then(job.success, job.error);
    },
    installed: () =>
      api
        .enumerate()
        .map((info) => ({ name: info.name, port: info.port, ready: printerHindrance({ ...info, jobs: 0 }) === null }))
        .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
