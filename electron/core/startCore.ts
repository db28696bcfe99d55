import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from '../../shared/node/sqlite/database';
import { RokadError } from '../../shared/errors';
import { channels } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import type { Core } from '../../shared/ipc/dispatch';
import { checkDatabaseFile } from './backups/checkDatabaseFile';
import { createRecovery, type Recovery } from './backups/recovery';
import { asCabinCode } from './settings/cabinCode';
import { cabinSetupCore, storedCabinCode, type CabinSetup, type DataFolderSetup } from './settings/cabinSetup';
import { createCore } from './createCore';
import { createServices, LEDGER_FILE, type ServiceOptions, type Services } from './createServices';

export type CoreStart = { state: 'ready'; services: Services; core: Core } | { state: 'damaged'; recovery: Recovery; core: Core } | ({ state: 'setup' } & CabinSetup);

/** The cabin code may be left out: a new data folder then asks for it on the first-run screen. */
export type StartOptions = Omit<ServiceOptions, 'cabinCode'> & { cabinCode?: string | undefined; dataFolder?: DataFolderSetup | undefined };

/**
 * Whose backups to offer, and where they are, as the damaged database still says; else the
 * backups folder beside it and the cabin code Rokad was started with.
 */
function backupsOfDamaged(file: string, options: StartOptions): { backupFolder: string; cabinCode: string } {
  const fallback = { backupFolder: join(options.dataDir, 'backups'), cabinCode: asCabinCode(options.cabinCode ?? '') };
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const setting = (key: string) => db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
      return { backupFolder: setting('backup_folder') || fallback.backupFolder, cabinCode: setting('cabin_code') || fallback.cabinCode };
    } finally {
      db.close();
    }
  } catch {
    return fallback;
  }
}

/**
 * While the database is damaged, the window can ask how things stand and restore a backup;
 * nothing else. There is no session to check: every other channel answers that the ledger is
 * damaged, whatever its access, and restore checks the supervisor against the backup's own people.
 */
function recoveryCore(recovery: Recovery, restartApp: (() => void) | undefined): Core {
  const refuse = () => {
    throw new RokadError('DB_DAMAGED', 'The database is damaged. A supervisor must restore the newest good backup before Rokad can take payments.');
  };
  const refusing = Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as Handlers;
  const handlers: Handlers = {
    ...refusing,
    'startup.health': () => recovery.health(),
    'backups.restore': (request) => recovery.restore(request),
    'app.restart': () => {
      if (!recovery.restored()) refuse();
      restartApp?.();
      return { restarting: restartApp !== undefined };
    },
  };
  return { handlers, admit: () => ({}), reach: () => {} };
}

/**
 * Start-up: SQLite's quick check on the ledger file, read-only, before anything migrates or
 * writes. A sound (or new) file opens as usual; a damaged one is left exactly as it is and only
 * the recovery channels answer until a supervisor restores a backup and Rokad starts again.
 */
export function startCore(options: StartOptions): CoreStart {
  const file = join(options.dataDir, LEDGER_FILE);
  const health = existsSync(file) ? checkDatabaseFile(file) : ({ ok: true } as const);
  if (health.ok) {
    const { cabinCode } = options;
    if (cabinCode === undefined && storedCabinCode(file) === null) return { state: 'setup', ...cabinSetupCore(options) };
    const services = createServices({ ...options, cabinCode: cabinCode ?? '' });
    return { state: 'ready', services, core: createCore(services) };
  }
  const recovery = createRecovery({ file, problem: health.problem, ...backupsOfDamaged(file, options), now: options.now ?? (() => new Date()) });
  return { state: 'damaged', recovery, core: recoveryCore(recovery, options.restartApp) };
}
