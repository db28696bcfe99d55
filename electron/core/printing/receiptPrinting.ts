import type { CashOutSlip, ShiftReport } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import { DEFAULT_PRINTER_SETTINGS, type PrinterSettings, type PrintJobView, type ReceiptPreview } from '../../../shared/printing';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { ReceiptRow } from '../ledger/ledgerRow';
import type { HandoverSlip } from '../shifts/shiftSlips';
import { getSetting } from '../settings/settings';
import { encodePng, type Bitmap } from './bitmap';
import type { ComplaintView } from '../../../shared/complaints';
import { layoutComplaintSlip } from './layoutComplaintSlip';
import { layoutReceipt } from './layoutReceipt';
import { layoutShiftReport } from './layoutShiftReport';
import { layoutCashOutSlip, layoutHandoverSlip } from './layoutShiftSlips';
import { checkPrinter, printBitmap } from './printReceipt';
import { createPrinterSettingsStore } from './printerSettings';
import { createPrintQueue, type PaymentForReceipt } from './printQueue';
import { DEFAULT_RECEIPT_HEADER, receiptRecord, type ReceiptCopy, type ReceiptHeader, type ReceiptRecord } from './receiptRecord';
import { renderReceipt } from './renderReceipt';
import type { Block } from './layoutReceipt';
import { printTestReceipt } from './sampleReceipt';

export interface ReceiptPrintingDeps {
  db: Db;
  now: () => Date;
  fontsDir: string;
  /** The ledger's folder: no printer address may lead into it. */
  dataDir: string;
  header?: ReceiptHeader;
  spoolerDriver?: object;
}

export type ReceiptPrinting = ReturnType<typeof createReceiptPrinting>;

/**
 * Receipts from the stored payments to the paper: the queue, the drawing and the printer. Every
 * print attempt ends within the printer's timeout; a failure leaves the job in the queue with a
 * message for the agent, and never touches the payment.
 */
export function createReceiptPrinting(deps: ReceiptPrintingDeps) {
  const queue = createPrintQueue(deps.db, deps.now);
  const settings = createPrinterSettingsStore(deps.db);
  const header = deps.header ?? DEFAULT_RECEIPT_HEADER;
  const printing = new Set<number>();

  const target = (printer: PrinterSettings) => ({ settings: printer, dataDir: deps.dataDir, ...(deps.spoolerDriver ? { spoolerDriver: deps.spoolerDriver } : {}) });

  function recordOf({ row, ...facts }: PaymentForReceipt, copy: { copy: ReceiptCopy; reprint: number }): ReceiptRecord {
    return receiptRecord(row, { header, ...facts, ...copy, verifyUrl: getSetting(deps.db, 'receipt_verify_url') });
  }

  // After a payment the screen's preview and the printer's copy are the same record: drawn once
  // (about 16 ms of main's thread at 576 dots), not twice. Keyed by every field the record holds.
  let lastDrawn: { key: string; bitmap: Bitmap } | undefined;
  const draw = (record: ReceiptRecord, widthDots: number): Bitmap => {
    const key = JSON.stringify([record, widthDots]);
    if (lastDrawn?.key !== key) lastDrawn = { key, bitmap: renderReceipt(layoutReceipt(record), { widthDots, fontsDir: deps.fontsDir }) };
    return lastDrawn.bitmap;
  };

  /** What a queued copy says, drawn when it prints: a copy printed after the upload carries the approval reference. */
  function jobRecord(id: number): ReceiptRecord {
    const { job, ...payment } = queue.job(id);
    return recordOf(payment, job);
  }

  /** A complaint's slip, drawn from the complaint as it stands: printed again, it carries the company's number once that came. */
  function complaintSlip(complaint: ComplaintView, cabinCode: string, widthDots?: number): Bitmap {
    const dots = widthDots ?? settings.load()?.widthDots ?? DEFAULT_PRINTER_SETTINGS.widthDots;
    return renderReceipt(layoutComplaintSlip(complaint, header, cabinCode, getSetting(deps.db, 'receipt_verify_url')), { widthDots: dots, fontsDir: deps.fontsDir });
  }

  async function printJob(id: number): Promise<PrintJobView> {
    const { job } = queue.job(id);
    if (job.status === 'PRINTED') return job;
    if (printing.has(id)) {
      throw new RokadError('PRINT_BUSY', `Receipt ${job.receiptNo} is printing right now; wait for the printer to finish.`, { receiptNo: job.receiptNo });
    }
    printing.add(id);
    try {
      const printer = settings.required();
      await printBitmap(target(printer), draw(jobRecord(id), printer.widthDots));
      queue.markPrinted(id);
      return queue.job(id).job;
    } catch (error) {
      const failure = error instanceof RokadError ? error : new RokadError('PRINT_FAILED', 'The receipt could not be drawn.');
      queue.markFailed(id, failure.message);
      if (!(error instanceof RokadError)) throw error;
      throw new RokadError(failure.code, `${failure.message} The payment is recorded; receipt ${job.receiptNo} is waiting to print: press Retry once the printer is ready.`, {
        ...failure.params,
        receiptNo: job.receiptNo,
      });
    } finally {
      printing.delete(id);
    }
  }

  /** Straight to the printer, nothing queued: what this prints can be printed again from its record. */
  async function printNow(blocks: Block[]): Promise<void> {
    const printer = settings.required();
    await printBitmap(target(printer), renderReceipt(blocks, { widthDots: printer.widthDots, fontsDir: deps.fontsDir }));
  }

  return {
    /** For the reprint handler: inside the transaction that logs the copy number. */
    queueReprint: (receiptNo: string, copy: number) => queue.queueReprint(receiptNo, copy),
    /** For the refund of a refused payment: inside the refund's transaction. */
    queueRefundSlip: (row: ReceiptRow) => queue.queueRefundSlip(row),

    /** The original receipt as the printer would get it, as a PNG data URL for the screen. */
    preview(receiptNo: string, widthDots?: number): ReceiptPreview {
      const dots = widthDots ?? settings.load()?.widthDots ?? DEFAULT_PRINTER_SETTINGS.widthDots;
      const bitmap = draw(recordOf(queue.payment(receiptNo), { copy: 'ORIGINAL', reprint: 0 }), dots);
      return { dataUrl: `data:image/png;base64,${encodePng(bitmap).toString('base64')}`, widthDots: bitmap.width, heightDots: bitmap.height };
    },

    /** Prints every copy of this receipt still owed (normally its original, right after the payment). */
    async print(receiptNo: string): Promise<PrintJobView[]> {
      // An unknown receipt number is a mistake to report, not an empty list.
      queue.payment(receiptNo);
      const printed: PrintJobView[] = [];
      for (const job of queue.unprintedOf(receiptNo)) printed.push(await printJob(job.id));
      return printed;
    },

    retry: (jobId: number) => printJob(jobId),

    jobRecord,

    /** Receipts not yet on paper, oldest first: offered to the agent at start-up. */
    pending: () => queue.unprinted(),

    settings: () => settings.load(),
    saveSettings: (printer: PrinterSettings) => settings.save(printer),

    /** With the given settings, saved or not, so a technician can try an address before keeping it. */
    testPrint: (printer: PrinterSettings) => printTestReceipt(target(printer), deps.fontsDir, header),

    /** The X or Z report on the receipt printer; nothing queued, since it can be printed again from the report at any time. */
    printShiftReport: (report: ShiftReport) => printNow(layoutShiftReport(report, header, deps.now().toISOString())),

    /** A cash-out's slip, printed from what was recorded with the move; `copy` 0 is the first print. */
    printCashOutSlip: (slip: CashOutSlip, copy: number) => printNow(layoutCashOutSlip(slip, header, { copy, printedAt: deps.now().toISOString() })),

    /** A handover's slip, with the outgoing shift's Z figures; `copy` 0 is the first print. */
    printHandoverSlip: (slip: HandoverSlip, copy: number) => printNow(layoutHandoverSlip(slip, header, { copy, printedAt: deps.now().toISOString() })),

    complaintSlip,

    /** Nothing queued: the complaint is recorded whatever the printer does, and its slip can be printed again at any time. */
    async printComplaintSlip(complaint: ComplaintView, cabinCode: string): Promise<void> {
      const printer = settings.required();
      await printBitmap(target(printer), complaintSlip(complaint, cabinCode, printer.widthDots));
    },

    status: () => checkPrinter(target(settings.required())),
  };
}
