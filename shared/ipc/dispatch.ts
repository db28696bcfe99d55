import type { z } from 'zod';
import { RokadError, type Result } from '../errors';
import type { Gate, Reach } from './access';
import { isChannel } from './channels';
import { contract, type Handlers } from './contract';

/** What a transport serves: the handler map, and the checks that admit each call by its channel's access. */
export interface Core {
  handlers: Handlers;
  admit: Gate;
  reach: Reach;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  // The schema's sentence names what is wrong in words; the field's name in code is for the log, never the screen.
  return issue ? issue.message : 'The request was not understood.';
}

/**
 * Runs one call from the window: an unknown channel, a caller the channel's access refuses, or
 * input that breaks the channel's schema is answered with an error before any handler runs.
 * Handlers' RokadErrors become error results; anything else is logged and reported without internals.
 */
export async function dispatch(core: Core, channel: unknown, rawInput: unknown, log: (message: string, error: unknown) => void = console.error): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'The window asked for something Rokad does not do.' } };
  }
  try {
    const caller = core.admit(contract[channel].access);
    const parsed = contract[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: describeIssue(parsed.error) } };
    }
    core.reach(channel, contract[channel].access, parsed.data, caller);
    const handler = core.handlers[channel] as (input: unknown, caller: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data, caller) };
  } catch (error) {
    if (error instanceof RokadError) {
      return { ok: false, error: { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) } };
    }
    log(`Handler ${channel} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Rokad hit an internal error and logged it. Trying again is safe: a payment is never recorded twice.' } };
  }
}
