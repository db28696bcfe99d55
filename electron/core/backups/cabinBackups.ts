import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/backups';

const AFTER_CABIN_CODE = /^(\d{8}-\d{6})(?:-(\d+))?\.sqlite$/;

/** "rokad-<cabin>-<India time>[-<copy>].sqlite": the names this cabin's backups are given. */
function hasCabinBackupName(name: string, cabinCode: string): boolean {
  const prefix = `rokad-${cabinCode}-`;
  return name.startsWith(prefix) && AFTER_CABIN_CODE.test(name.slice(prefix.length));
}

/** The cabin a file's own settings name, opened read-only; null when it is no Rokad database SQLite can read. */
function cabinCodeHeld(file: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.prepare("SELECT value FROM settings WHERE key = 'cabin_code'").pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export function backupInfo(folder: string, name: string): BackupInfo {
  const path = join(folder, name);
  const stat = statSync(path);
  return { name, path, takenAt: stat.mtime.toISOString(), bytes: stat.size };
}

/**
 * This cabin's backups in a folder, newest first (by the time in the name, then the copy
 * number): the one source for the list the supervisor sees, for pruning and for the backup the
 * recovery screen offers. A file counts only when its name carries the cabin code and its own
 * settings say the same cabin, so another cabin's backups, or any other file, in a shared folder
 * are never listed, counted or pruned.
 */
export function cabinBackups(folder: string, cabinCode: string): BackupInfo[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  const key = (name: string) => {
    const match = AFTER_CABIN_CODE.exec(name.slice(`rokad-${cabinCode}-`.length))!;
    return `${match[1]}-${(match[2] ?? '1').padStart(4, '0')}`;
  };
  return readdirSync(folder)
    .filter((name) => hasCabinBackupName(name, cabinCode) && cabinCodeHeld(join(folder, name)) === cabinCode)
    .sort((a, b) => key(b).localeCompare(key(a)))
    .map((name) => backupInfo(folder, name));
}
