import { z } from 'zod';
import type { AppInfo, BillToCollect, RecordedPayment } from '../domain';
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
} satisfies Record<Channel, z.ZodType>;

export interface Outputs {
  'app.info': AppInfo;
  'bills.lookup': BillToCollect;
  'payments.record': RecordedPayment;
}

export type Input<C extends Channel> = z.input<(typeof inputSchemas)[C]>;
export type ParsedInput<C extends Channel> = z.output<(typeof inputSchemas)[C]>;
export type Output<C extends Channel> = Outputs[C];

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };

/** What the preload (or the test bridge) puts on `window.api`. */
export interface RokadApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
}
