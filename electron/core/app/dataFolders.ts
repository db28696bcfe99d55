import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { z } from 'zod';

export interface MachineFacts {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The running executable: an install for the whole PC lives under Program Files. */
  exePath: string;
  /** Electron's per-login folder (%APPDATA%\Rokad, ~/.config/Rokad). */
  userData: string;
  homeDir: string;
  /** Whether a folder (a drive's root) is there. */
  exists: (path: string) => boolean;
}

const isUnder = (folder: string | undefined, path: string) =>
  folder !== undefined && folder !== '' && !win32.relative(folder, path).startsWith('..') && !win32.isAbsolute(win32.relative(folder, path));

/** An install for every login of the PC (NSIS per-machine, in Program Files). */
export function installedPerMachine(facts: MachineFacts): boolean {
  return facts.platform === 'win32' && (isUnder(facts.env.ProgramFiles, facts.exePath) || isUnder(facts.env['ProgramFiles(x86)'], facts.exePath));
}

/**
 * Where the ledger lives: ROKAD_DATA_DIR when set; for a per-machine install on Windows one folder
 * in ProgramData for every Windows login, so a cabin never ends up with a ledger per login (the
 * installer gives the PC's users the right to change it); else Electron's per-login folder.
 */
export function defaultDataDir(facts: MachineFacts): string {
  if (facts.env.ROKAD_DATA_DIR) return facts.env.ROKAD_DATA_DIR;
  if (installedPerMachine(facts)) return win32.join(facts.env.ProgramData || 'C:\\ProgramData', 'Rokad');
  return facts.userData;
}

/** In the standard data folder: the folder the first-run screen chose instead, read at every start. */
export const DATA_FOLDER_CHOICE_FILE = 'data-folder.json';

const choiceSchema = z.object({ dataFolder: z.string().min(1) });

export interface StartFolder {
  dataDir: string;
  /** Where the choice is kept: the folder Rokad would use had nothing been chosen. */
  standardDir: string;
  /** False when ROKAD_DATA_DIR names the folder: the first-run screen then only shows it. */
  changeable: boolean;
}

/**
 * The data folder to open at this start: ROKAD_DATA_DIR, else the folder chosen on the first-run
 * screen (kept in the standard folder), else the standard one. A choice file that cannot be read
 * is left alone and the standard folder is used, so the screen can ask again.
 */
export function dataDirAtStart(facts: MachineFacts, readText: (path: string) => string | null = readIfThere): StartFolder {
  const standardDir = defaultDataDir({ ...facts, env: { ...facts.env, ROKAD_DATA_DIR: undefined } });
  if (facts.env.ROKAD_DATA_DIR) return { dataDir: facts.env.ROKAD_DATA_DIR, standardDir, changeable: false };
  const text = readText(join(standardDir, DATA_FOLDER_CHOICE_FILE));
  let chosen: string | undefined;
  try {
    chosen = text === null ? undefined : choiceSchema.parse(JSON.parse(text)).dataFolder;
  } catch {
    chosen = undefined;
  }
  return { dataDir: chosen ?? standardDir, standardDir, changeable: true };
}

/** Keeps the chosen folder for the next start: written aside and renamed, so a cut-off write never leaves half a file. */
export function rememberDataFolder(standardDir: string, dataFolder: string): void {
  mkdirSync(standardDir, { recursive: true });
  const file = join(standardDir, DATA_FOLDER_CHOICE_FILE);
  writeFileSync(`${file}.new`, `${JSON.stringify({ dataFolder }, null, 2)}\n`);
  renameSync(`${file}.new`, file);
}

function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Where a new cabin's backups go, outside the data folder, so that an uninstall that removes the
 * app's data cannot take them too: a second disk (D: to G:) when there is one, else the PC's
 * public Documents on Windows or the home folder on Linux. A supervisor can choose another folder.
 */
export function defaultBackupFolder(facts: MachineFacts, dataDir: string): string {
  if (facts.platform === 'win32') {
    const dataDrive = win32.parse(win32.resolve(dataDir)).root.toUpperCase();
    const second = ['D:\\', 'E:\\', 'F:\\', 'G:\\'].find((drive) => drive !== dataDrive && facts.exists(drive));
    if (second) return win32.join(second, 'Rokad backups');
    return win32.join(facts.env.PUBLIC || 'C:\\Users\\Public', 'Documents', 'Rokad backups');
  }
  return posix.join(facts.homeDir, 'Rokad backups');
}
