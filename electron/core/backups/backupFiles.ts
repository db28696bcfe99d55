import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/backups';
import { indiaDate } from '../../../shared/time';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { backupInfo, cabinBackups } from './cabinBackups';

/** "20261124-153000": India wall-clock time, so the names sort in the order they were taken and read as the cabin's time. */
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

/**
 * Copies the live database with SQLite's online backup, which reads a consistent snapshot while
 * payments go on. It copies to a ".partial" name and renames when complete, so a half-written
 * file never looks like a backup; then only the newest `keep` of this cabin's backups stay.
 */
export async function takeBackup(db: Db, target: { folder: string; keep: number; cabinCode: string; now: Date }): Promise<BackupInfo> {
  mkdirSync(target.folder, { recursive: true });
  const stem = `rokad-${target.cabinCode}-${indiaStamp(target.now)}`;
  let name = `${stem}.sqlite`;
  for (let copy = 2; existsSync(join(target.folder, name)) || existsSync(join(target.folder, `${name}.partial`)); copy += 1) name = `${stem}-${copy}.sqlite`;
  const partial = join(target.folder, `${name}.partial`);
  try {
    await db.backup(partial);
    asSingleFile(partial);
    renameSync(partial, join(target.folder, name));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  for (const old of cabinBackups(target.folder, target.cabinCode).slice(target.keep)) rmSync(old.path);
  return backupInfo(target.folder, name);
}
