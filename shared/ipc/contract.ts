import { z } from 'zod';
import type { AppInfo, BillToCollect, RecordedPayment } from '../domain';
import { clientTxnIdSchema, consumerNoSchema, paiseSchema } from '../domain';
import type { Result } from '../errors';
import { printerSettingsSchema, type PrinterCheck, type PrinterSettings, type PrintJobView, type ReceiptPreview } from '../printing';
import type { Channel } from './channels';

/**
 * The one IPC contract: each channel's input schema and output type. Electron main and the
 * Chromium test harness both serve it through `dispatch`, so only the transport differs.
 */
const receiptNoSchema = z
  .string({ error: 'Enter the receipt number.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{3,16}-\d{6}$/, { error: 'A receipt number looks like BPL-07-000042.' });

export const inputSchemas = {
  'app.info': z.object({}).strict(),
  'bills.lookup': z.object({ consumerNo: consumerNoSchema }).strict(),
  'payments.record': z
    .object({
      clientTxnId: clientTxnIdSchema,
      consumerNo: consumerNoSchema,
      billNumber: z.string().trim().min(1, { error: 'The bill number is missing.' }).max(40),
      amountPaise: paiseSchema.min(1, { error: 'The amount to pay must be more than zero.' }),
      tenderedPaise: paiseSchema,
    })
    .strict(),
  'receipts.preview': z.object({ receiptNo: receiptNoSchema, widthDots: printerSettingsSchema.shape.widthDots.optional() }).strict(),
  'receipts.print': z.object({ receiptNo: receiptNoSchema }).strict(),
  'receipts.retry': z.object({ jobId: z.number().int().positive() }).strict(),
  'receipts.reprint': z.object({ receiptNo: receiptNoSchema }).strict(),
  'receipts.pending': z.object({}).strict(),
  'printer.getSettings': z.object({}).strict(),
  'printer.saveSettings': printerSettingsSchema,
  'printer.testPrint': printerSettingsSchema,
  'printer.status': z.object({}).strict(),
} satisfies Record<Channel, z.ZodType>;

export interface Outputs {
  'app.info': AppInfo;
  'bills.lookup': BillToCollect;
  'payments.record': RecordedPayment;
  'receipts.preview': ReceiptPreview;
  'receipts.print': PrintJobView[];
  'receipts.retry': PrintJobView;
  'receipts.reprint': PrintJobView;
  'receipts.pending': PrintJobView[];
  'printer.getSettings': PrinterSettings | null;
  'printer.saveSettings': PrinterSettings;
  'printer.testPrint': PrinterCheck;
  'printer.status': PrinterCheck;
}

export type Input<C extends Channel> = z.input<(typeof inputSchemas)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>;
export type Output<C extends Channel> = Outputs[C];

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };

/** What the preload (or the test bridge) puts on `window.api`. */
export interface RokadApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
}
