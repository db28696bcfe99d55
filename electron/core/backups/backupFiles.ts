import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from '../../../shared/node/sqlite/database';
import type { BackupInfo } from '../../../shared/backups';
import { indiaDate } from '../../../shared/time';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { getSetting, setSetting } from '../settings/settings';
import { backupInfo, cabinBackups, parseBackupNumber } from './cabinBackups';

/** "20261124-153000": India wall-clock time, so a name reads as the cabin's time. */
export function indiaStamp(at: Date): string {
  const wall = new Date(at.getTime() + 330 * 60_000).toISOString();
  return `${wall.slice(0, 10).replace(/-/g, '')}-${wall.slice(11, 19).replace(/:/g, '')}`;
}

/** Whether this cabin has a backup in the folder named for the India day of `now`. */
export function backedUpOn(folder: string, cabinCode: string, now: Date): boolean {
  const prefix = `rokad-${cabinCode}-${indiaDate(now).replace(/-/g, '')}-`;
  return cabinBackups(folder, cabinCode).some((backup) => backup.name.startsWith(prefix));
}

/**
 * A copy in WAL mode would grow a "-wal" and a "-shm" file beside it every time it is opened
 * read-only (to list it, or check it at start-up), so the copy keeps its journal inside instead.
 * The restored ledger goes back to WAL when it is opened.
 */
function asSingleFile(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** A backup from before they were single files may still have its "-wal" and "-shm" beside it: they go with it. */
function removeBackup(backup: BackupInfo): void {
  rmSync(backup.path);
  for (const suffix of ['-wal', '-shm']) rmSync(`${backup.path}${suffix}`, { force: true });
}

/**
 * Copies the live database with SQLite's online backup, which reads a consistent snapshot while
 * payments go on. The copy holds its number, one past any this cabin has taken, whether in this
 * folder or by this database. It copies to a ".partial" name and renames when complete, so a
 * half-written file never looks like a backup; then only the newest `keep` of this cabin's
 * backups stay, the one just written always among them.
 */
export async function takeBackup(db: Db, target: { folder: string; keep: number; cabinCode: string; now: Date }): Promise<BackupInfo> {
  mkdirSync(target.folder, { recursive: true });
  const newestInFolder = cabinBackups(target.folder, target.cabinCode)[0]?.number ?? 0;
  const number = Math.max(parseBackupNumber(getSetting(db, 'backup_number')) ?? 0, newestInFolder) + 1;
  setSetting(db, 'backup_number', String(number));

  const stem = `rokad-${target.cabinCode}-${indiaStamp(target.now)}`;
  let name = `${stem}.sqlite`;
  for (let copy = 2; existsSync(join(target.folder, name)) || existsSync(join(target.folder, `${name}.partial`)); copy += 1) name = `${stem}-${copy}.sqlite`;
  const path = join(target.folder, name);
  const partial = `${path}.partial`;
  try {
    await db.backup(partial);
    asSingleFile(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const older = cabinBackups(target.folder, target.cabinCode).filter((backup) => backup.path !== path);
  for (const old of older.slice(target.keep - 1)) removeBackup(old);
  return backupInfo(target.folder, name, number);
}
