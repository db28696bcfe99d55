import { existsSync } from 'node:fs';
import { RokadError } from '../../../shared/errors';
import { channels } from '../../../shared/ipc/channels';
import type { Handlers } from '../../../shared/ipc/contract';
import type { Core } from '../../../shared/ipc/dispatch';
import Database from '../../../shared/node/sqlite/database';
import { checkDataFolder, refuseDataFolder, type DataFolderRules } from '../app/dataFolderCheck';
import { rememberDataFolder } from '../app/dataFolders';
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

/** The first-run screen's data folder: where a choice is kept, and whether one may be made. */
export interface DataFolderSetup extends DataFolderRules {
  standardDir: string;
  changeable: boolean;
  /** Where a cabin's backups go for a data folder: off its disk when it can (an installed Rokad's rule); none keeps them in it. */
  backupFolderFor?: (dataDir: string) => string;
}

export interface CabinSetup {
  core: Core;
  /** Called once the cabin code is in the ledger and the core serves everything. */
  onReady(listener: (services: Services) => void): void;
}

/**
 * A new data folder with no cabin code given: the first-run screen asks for it. Until then the
 * core answers only the health check (which says a code is wanted) and `cabin.setup`; then it
 * opens the ledger with that code, fixed from then on, and serves as a ready core does. The screen
 * may also move the data folder (a shared PC's second disk): checked first, then kept in the
 * standard folder, where main reads it at the next start.
 */
export function cabinSetupCore(options: Omit<ServiceOptions, 'cabinCode'> & { dataFolder?: DataFolderSetup | undefined }): CabinSetup {
  const listeners: ((services: Services) => void)[] = [];
  const refuse = () => {
    throw new RokadError('CABIN_NOT_SET_UP', 'This cabin is not set up yet: enter its code on the first-run screen.');
  };
  const waiting: Handlers = {
    ...(Object.fromEntries(channels.map((channel) => [channel, refuse])) as unknown as Handlers),
    'startup.health': () => ({
      damaged: false,
      problem: null,
      newestGoodBackup: null,
      lastBackup: null,
      lastBackupError: null,
      needsCabinCode: true,
      ...(options.dataFolder ? { dataFolder: { folder: options.dataDir, changeable: options.dataFolder.changeable } } : {}),
    }),
    'cabin.setup': ({ cabinCode, dataFolder }) => {
      const dataDir = dataFolder ?? options.dataDir;
      const moved = dataDir !== options.dataDir;
      if (moved) {
        if (!options.dataFolder?.changeable)
          refuseDataFolder('FIXED', 'The ledger’s folder is fixed on this PC (ROKAD_DATA_DIR), so it cannot be changed here. Nothing was changed.');
        const ledgerOf = checkDataFolder(dataDir, options.dataFolder, storedCabinCode);
        if (ledgerOf !== null && ledgerOf !== cabinCode) {
          throw new RokadError(
            'DATA_FOLDER_OTHER_CABIN',
            `That folder holds the ledger of cabin ${ledgerOf}. Type that cabin’s code, or choose another folder. Nothing was changed.`,
            { cabinCode: ledgerOf },
          );
        }
      }
      const backupFolder = moved && options.dataFolder?.backupFolderFor ? options.dataFolder.backupFolderFor(dataDir) : options.backupFolder;
      const services = createServices({ ...options, dataDir, cabinCode, ...(backupFolder ? { backupFolder } : {}) });
      if (moved && options.dataFolder) rememberDataFolder(options.dataFolder.standardDir, dataDir);
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
