import type { Result } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import type { Input, Output } from '../../shared/ipc/contract';

const damagedListeners = new Set<() => void>();

/**
 * Runs `listener` whenever a call is refused because the ledger is damaged: the check after
 * start can find it while the counter is already open, and the window then shows the recovery.
 */
export function onLedgerDamaged(listener: () => void): () => void {
  damagedListeners.add(listener);
  return () => damagedListeners.delete(listener);
}

/**
 * Calls the core. A transport failure (the bridge gone, a crash in main) comes back as an error
 * result like any other, so screens handle one shape.
 */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  let result: Result<Output<C>>;
  try {
    result = await window.api.invoke(channel, input);
  } catch {
    return { ok: false, error: { code: 'NO_CORE', message: 'Rokad could not reach its ledger. Try again; a payment is never recorded twice.' } };
  }
  if (!result.ok && result.error.code === 'DB_DAMAGED') damagedListeners.forEach((listener) => listener());
  return result;
}
