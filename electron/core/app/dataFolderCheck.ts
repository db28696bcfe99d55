import { existsSync, mkdirSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { RokadError } from '../../../shared/errors';
import { LEDGER_FILE } from '../createServices';

export interface DataFolderRules {
  platform: NodeJS.Platform;
  /** The folder Rokad is installed in: an upgrade or an uninstall replaces what is there. */
  installDir: string;
}

/** What a ledger folder may hold besides the ledger: what Rokad itself writes there before and beside it. */
const ROKAD_FILES = /^(ledger\.sqlite(-wal|-shm)?|bill-master\.sqlite(-wal|-shm)?|logs|crashes|backups|pre-update|data-folder\.json)$/;

/** Refuses a data folder, saying why in a sentence the window can word in Hindi by its variant. */
export function refuseDataFolder(variant: 'FIXED' | 'RELATIVE' | 'NETWORK' | 'INSTALL' | 'NOT_FOLDER' | 'NOT_EMPTY' | 'NOT_WRITABLE', message: string): never {
  throw new RokadError('DATA_FOLDER_BAD', message, { variant });
}

/**
 * Checks a data folder typed on the first-run screen before anything is written to it: a whole
 * path on this PC's own disk (a network share goes when the network does), outside the install
 * folder, empty or holding a Rokad ledger, and writable (a probe file, removed again). Returns the
 * cabin code of the ledger already there (as `cabinCodeOf` reads it), or null for an empty folder.
 */
export function checkDataFolder(folder: string, rules: DataFolderRules, cabinCodeOf: (ledgerFile: string) => string | null): string | null {
  const path = rules.platform === 'win32' ? win32 : posix;
  if (/^(\\\\|\/\/)/.test(folder)) {
    refuseDataFolder(
      'NETWORK',
      'A folder on another computer is not safe for the ledger: it is gone whenever the network is. Choose a folder on this PC’s own disk. Nothing was changed.',
    );
  }
  if (!path.isAbsolute(folder) || (rules.platform === 'win32' && !/^[A-Za-z]:[\\/]/.test(folder))) {
    refuseDataFolder('RELATIVE', 'Type the whole path of the folder, from the start of the disk, for example D:\\Rokad. Nothing was changed.');
  }
  const relative = path.relative(path.resolve(rules.installDir), path.resolve(folder));
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    refuseDataFolder('INSTALL', 'That folder is inside Rokad’s install folder, which an update replaces. Choose a folder outside it. Nothing was changed.');
  }
  const existed = existsSync(folder);
  if (existed) {
    if (!statSync(folder).isDirectory()) refuseDataFolder('NOT_FOLDER', 'That path is a file, not a folder. Choose a folder. Nothing was changed.');
    const entries = readdirSync(folder);
    const ledger = entries.includes(LEDGER_FILE) ? cabinCodeOf(path.join(folder, LEDGER_FILE)) : null;
    if (entries.some((entry) => !ROKAD_FILES.test(entry)) || (entries.includes(LEDGER_FILE) && ledger === null)) {
      refuseDataFolder('NOT_EMPTY', 'That folder already holds other files. Choose an empty folder, or the folder of this cabin’s Rokad ledger. Nothing was changed.');
    }
    probeWrite(folder, path.join(folder, '.rokad-write-check'));
    return ledger;
  }
  probeWrite(folder, path.join(folder, '.rokad-write-check'), true);
  return null;
}

/** Writes and removes a probe file; a folder made for it (and its new parents) is removed again when that fails. */
function probeWrite(folder: string, probe: string, makeFolder = false): void {
  let made: string | undefined;
  try {
    if (makeFolder) made = mkdirSync(folder, { recursive: true });
    writeFileSync(probe, 'Rokad checks it can write here; this file is removed at once.');
    unlinkSync(probe);
  } catch {
    if (made) rmSync(made, { recursive: true, force: true });
    refuseDataFolder(
      'NOT_WRITABLE',
      'Rokad cannot write in that folder. Choose a folder this Windows login may change, or ask the PC’s administrator for the right to it. Nothing was changed.',
    );
  }
}
