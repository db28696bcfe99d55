import { existsSync } from 'node:fs';
import { RokadError } from '../../../shared/errors';
import { channels } from '../../../shared/ipc/channels';
import type { Handlers } from '../../../shared/ipc/contract';
import type { Core } from '../../../shared/ipc/dispatch';
import Database from '../../../shared/node/sqlite/database';
import { createCore } from '../createCore';
import { createServices, type ServiceOptions, type Services } from '../createServices';

/** The cabin code a ledger file already carries; null for a new (or not yet set up) data folder. */
export function storedCabinCode(file: string): string | null {
  if (!existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get() !== undefined;
    if (!hasSettings) return null;
    return (db.prepare("SELECT value FROM settings WHERE key = 'cabin_code'").pluck().get() as string | undefined) ?? null;
  } finally {
    db.close();
  }
}

export interface CabinSetup {
  core: Core;
  /** Called once the cabin code is in the ledger and the core serves everything. */
  onReady(listener: (services: Services) => void): void;
}

/**
 * A new data folder with no cabin code given: the first-run screen asks for it. Until then the
 * core answers only the health check (which says a code is wanted) and `cabin.setup`; then it
 * opens the ledger with that code, fixed from then on, and serves as a ready core does.
 */
export function cabinSetupCore(options: Omit<ServiceOptions, 'cabinCode'>): CabinSetup {
  const listeners: ((services: Services) => void)[] = [];
  const refuse = () => {
    throw new RokadError('CABIN_NOT_SET_UP', 'This cabin is not set up yet: enter its code on the first-run screen.');
  };
  const waiting: Handlers = {
    ...(Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as Handlers),
    'startup.health': () => ({ damaged: false, problem: null, newestGoodBackup: null, lastBackup: null, lastBackupError: null, needsCabinCode: true }),
    'cabin.setup': ({ cabinCode }) => {
      const services = createServices({ ...options, cabinCode });
      current = createCore(services);
      for (const listener of listeners) listener(services);
      return { cabinCode: services.cabinCode };
    },
  };
  let current: Core = { handlers: waiting, admit: () => ({}), reach: () => {} };
  const forwarding = Object.fromEntries(
    channels.map((channel) => [channel, (input: unknown, caller: unknown) => (current.handlers[channel] as (i: unknown, c: unknown) => unknown)(input, caller)]),
  );
  return {
    core: {
      handlers: forwarding as unknown as Handlers,
      admit: (access) => current.admit(access),
      reach: (...args) => current.reach(...args),
    },
    onReady: (listener) => listeners.push(listener),
  };
}
