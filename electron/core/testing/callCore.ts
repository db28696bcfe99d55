import { RokadError } from '../../../shared/errors';
import type { Channel } from '../../../shared/ipc/channels';
import type { Input, Output } from '../../../shared/ipc/contract';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';

/** One call as the window makes it, through the gate and the contract; a refusal is thrown as the RokadError it was. */
export async function callCore<C extends Channel>(core: Core, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await dispatch(core, channel, input);
  if (!result.ok) throw new RokadError(result.error.code, result.error.message, result.error.params);
  return result.value as Output<C>;
}
