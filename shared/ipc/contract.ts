import { z } from 'zod';
import type { AppInfo, Bill, BillLookup, PaymentException, PaymentUploadStatus, RecordedPayment, SyncStatus, WalletStatus } from '../domain';
import { clientTxnIdSchema, consumerNoSchema, paiseSchema } from '../domain';
import type { Result } from '../errors';
import type { Channel } from './channels';

/**
 * The one IPC contract: each channel's input schema and output type. Electron main and the
 * Chromium test harness both serve it through `dispatch`, so only the transport differs.
 */
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
  'bills.search': z.object({ text: z.string().trim().min(3, { error: 'Type at least 3 letters of the name, a mobile number or a consumer number.' }).max(60) }).strict(),
  'wallet.status': z.object({}).strict(),
  'sync.status': z.object({}).strict(),
  'sync.now': z.object({}).strict(),
  'device.register': z
    .object({
      gatewayUrl: z.string().trim().min(1, { error: 'Enter the gateway address.' }).max(200),
      registrationCode: z.string().trim().toUpperCase().min(6, { error: 'Enter the registration code from the supervisor.' }).max(64),
      deviceName: z.string().trim().min(1).max(80).default('Rokad cabin PC'),
    })
    .strict(),
  'payments.uploadStatus': z.object({ clientTxnId: clientTxnIdSchema }).strict(),
  'sync.exceptions': z.object({}).strict(),
} satisfies Record<Channel, z.ZodType>;

export interface Outputs {
  'app.info': AppInfo;
  'bills.lookup': BillLookup;
  'payments.record': RecordedPayment;
  'bills.search': Bill[];
  'wallet.status': WalletStatus;
  'sync.status': SyncStatus;
  'sync.now': SyncStatus;
  'device.register': { agentId: string; agentName: string };
  /** null when this id was never recorded here. */
  'payments.uploadStatus': PaymentUploadStatus | null;
  'sync.exceptions': PaymentException[];
}

export type Input<C extends Channel> = z.input<(typeof inputSchemas)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>;
export type Output<C extends Channel> = Outputs[C];

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };

/** What the preload (or the test bridge) puts on `window.api`. */
export interface RokadApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
}
