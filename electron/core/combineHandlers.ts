import type { Handlers } from '../../shared/ipc/contract';

type AllOf<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer All) => void ? All : never;

/**
 * Joins the domains' handlers into one map. Two domains answering the same channel is a mistake
 * that would silently drop one of them, so it stops the start instead.
 */
export function combineHandlers<Parts extends Partial<Handlers>[]>(...parts: Parts): AllOf<Parts[number]> {
  const combined: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [channel, handler] of Object.entries(part)) {
      if (channel in combined) throw new Error(`Two domains both handle the channel ${channel}.`);
      combined[channel] = handler;
    }
  }
  return combined as AllOf<Parts[number]>;
}
