import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { RokadError } from '../../shared/errors';
import { channels } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import { checkDatabaseFile } from './backups/checkDatabaseFile';
import { createRecovery, type Recovery } from './backups/recovery';
import { createHandlers } from './createHandlers';
import { createServices, LEDGER_FILE, type ServiceOptions, type Services } from './createServices';

export type CoreStart = { state: 'ready'; services: Services; handlers: Handlers } | { state: 'damaged'; recovery: Recovery; handlers: Handlers };

/** The backup folder the damaged database names, if it can still say; else the default beside it. */
function backupFolderOfDamaged(file: string, dataDir: string): string {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT value FROM settings WHERE key = 'backup_folder'").pluck().get() as string | undefined) || join(dataDir, 'backups');
    } finally {
      db.close();
    }
  } catch {
    return join(dataDir, 'backups');
  }
}

/** While the database is damaged, the window can ask how things stand and restore a backup; nothing else. */
function recoveryHandlers(recovery: Recovery, restartApp: (() => void) | undefined): Handlers {
  const refuse = () => {
    throw new RokadError('DB_DAMAGED', 'The database is damaged. A supervisor must restore the newest good backup before Rokad can take payments.');
  };
  const handlers = Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as Handlers;
  return {
    ...handlers,
    'startup.health': () => recovery.health(),
    'backups.restore': (request) => recovery.restore(request),
    'app.restart': () => {
      if (!recovery.restored()) refuse();
      restartApp?.();
      return { restarting: restartApp !== undefined };
    },
  };
}

/**
 * Start-up: SQLite's quick check on the ledger file, read-only, before anything migrates or
 * writes. A sound (or new) file opens as usual; a damaged one is left exactly as it is and only
 * the recovery channels answer until a supervisor restores a backup and Rokad starts again.
 */
export function startCore(options: ServiceOptions): CoreStart {
  const file = join(options.dataDir, LEDGER_FILE);
  const health = existsSync(file) ? checkDatabaseFile(file) : ({ ok: true } as const);
  if (health.ok) {
    const services = createServices(options);
    return { state: 'ready', services, handlers: createHandlers(services) };
  }
  const recovery = createRecovery({ file, problem: health.problem, backupFolder: backupFolderOfDamaged(file, options.dataDir), now: options.now ?? (() => new Date()) });
  return { state: 'damaged', recovery, handlers: recoveryHandlers(recovery, options.restartApp) };
}
