import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from '../../shared/node/sqlite/database';
import { RokadError } from '../../shared/errors';
import { channels } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import type { Core } from '../../shared/ipc/dispatch';
import { checkDatabaseFile, readDatabaseHeader, type FileHealth } from './backups/checkDatabaseFile';
import { checkInWorker } from './backups/checkInWorker';
import { ledgerMigrations } from './db/migrations';
import { createRecovery, type Recovery } from './backups/recovery';
import { asCabinCode } from './settings/cabinCode';
import { cabinSetupCore, storedCabinCode, type CabinSetup, type DataFolderSetup } from './settings/cabinSetup';
import { createCore } from './createCore';
import { createServices, LEDGER_FILE, type ServiceOptions, type Services } from './createServices';

export type CoreStart =
  | {
      state: 'ready';
      services: Services;
      core: Core;
      /**
       * The full check of the file, when it runs after start: a damaged file has by then turned
       * the core into the recovery core and closed the services. Already sound when it ran before.
       */
      checked: Promise<FileHealth>;
    }
  | { state: 'damaged'; recovery: Recovery; core: Core }
  | ({ state: 'setup' } & CabinSetup);

/** The cabin code may be left out: a new data folder then asks for it on the first-run screen. */
export type StartOptions = Omit<ServiceOptions, 'cabinCode' | 'ledgerChecked'> & {
  cabinCode?: string | undefined;
  dataFolder?: DataFolderSetup | undefined;
  /**
   * The built electron/workers/ledgerCheck.worker file: with it, a ledger already at this
   * version's schema opens at once and its quick check reads the file in that worker thread.
   * Without it the check runs before the ledger opens.
   */
  checkWorkerFile?: string;
};

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
 * Switches the running core to the recovery core when the check after start finds the file
 * damaged: the transport keeps the same object and reads its handlers at every call.
 */
function turnToRecovery(core: Core, file: string, problem: string, options: StartOptions): void {
  const recovery = createRecovery({ file, problem, ...backupsOfDamaged(file, options), now: options.now ?? (() => new Date()) });
  Object.assign(core, recoveryCore(recovery, options.restartApp));
}

/**
 * Start-up. A new file, or one a migration is about to change, gets SQLite's quick check
 * read-only before anything opens it for writing. A file already at this version's schema needs
 * only its header and schema read before the counter opens, so the first screen does not wait on
 * the ledger's size; with a check worker the quick check then reads the whole file beside the
 * counter, and a damage it finds stops the counter as one found before would: the payments taken
 * in those seconds are in the damaged file, which a restore keeps aside, never deletes. The full
 * chain check stays the auditor's (verify-ledger). A damaged file is left as it is, and only the
 * recovery channels answer until a supervisor restores a backup and Rokad starts again.
 */
export function startCore(options: StartOptions): CoreStart {
  const file = join(options.dataDir, LEDGER_FILE);
  const header = existsSync(file) ? readDatabaseHeader(file) : null;
  const checkAfter = header?.ok === true && header.version === ledgerMigrations.length && options.checkWorkerFile !== undefined;
  const health: FileHealth = header === null ? { ok: true } : !header.ok ? header : checkAfter ? { ok: true } : checkDatabaseFile(file);
  if (health.ok) {
    const { cabinCode } = options;
    if (cabinCode === undefined && storedCabinCode(file) === null) return { state: 'setup', ...cabinSetupCore(options) };
    const workerFile = checkAfter ? options.checkWorkerFile : undefined;
    // The check starts once the counter is up: spawned at once, its read of a large file would slow the start it must not hold up.
    const background = workerFile ? new Promise<void>((resolve) => setImmediate(resolve)).then(() => checkInWorker(file, workerFile)) : Promise.resolve(health);
    const services = createServices({
      ...options,
      cabinCode: cabinCode ?? '',
      ...(checkAfter ? { ledgerChecked: background.then((found) => found.ok) } : {}),
    });
    const core = createCore(services);
    const checked = background.then((found) => {
      if (!found.ok) {
        turnToRecovery(core, file, found.problem, options);
        services.close();
      }
      return found;
    });
    return { state: 'ready', services, core, checked };
  }
  const recovery = createRecovery({ file, problem: health.problem, ...backupsOfDamaged(file, options), now: options.now ?? (() => new Date()) });
  return { state: 'damaged', recovery, core: recoveryCore(recovery, options.restartApp) };
}
