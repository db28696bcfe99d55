import type { Result } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import type { Input, Output } from '../../shared/ipc/contract';

/**
 * Calls the core. A transport failure (the bridge gone, a crash in main) comes back as an error
 * result like any other, so screens handle one shape.
 */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  try {
    return await window.api.invoke(channel, input);
  } catch {
    return { ok: false, error: { code: 'NO_CORE', message: 'Rokad could not reach its ledger. Try again; a payment is never recorded twice.' } };
  }
}
