import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from '../../../shared/node/sqlite/database';
import type { BackupInfo } from '../../../shared/backups';

const AFTER_CABIN_CODE = /^\d{8}-\d{6}(?:-\d+)?\.sqlite$/;

/** "rokad-<cabin>-<India time>[-<copy>].sqlite": the names this cabin's backups are given. */
function hasCabinBackupName(name: string, cabinCode: string): boolean {
  const prefix = `rokad-${cabinCode}-`;
  return name.startsWith(prefix) && AFTER_CABIN_CODE.test(name.slice(prefix.length));
}

/** A `backup_number` setting as stored: none (a backup from before they were numbered) is 0; anything but a whole number is not Rokad's. */
export function parseBackupNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return 0;
  return /^[1-9]\d{0,14}$/.test(value) ? Number(value) : null;
}

interface Holds {
  cabinCode: string | undefined;
  number: number | null;
  lastAuditSeq: number;
}

/** What a file says of itself, opened read-only; null when it is no Rokad database SQLite can read. */
function whatItHolds(file: string): Holds | null {
  let db: Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const setting = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
    return {
      cabinCode: setting.get('cabin_code') as string | undefined,
      number: parseBackupNumber(setting.get('backup_number') as string | undefined),
      lastAuditSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get() as number,
    };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

export function backupInfo(folder: string, name: string, number: number): BackupInfo {
  const path = join(folder, name);
  const stat = statSync(path);
  return { name, path, takenAt: stat.mtime.toISOString(), bytes: stat.size, number };
}

/**
 * This cabin's backups in a folder, newest first: the one source for the list the supervisor
 * sees, for pruning and for the backup the recovery screen offers. A file counts only when its
 * name carries the cabin code and its own settings say the same cabin, so another cabin's
 * backups, or any other file, in a shared folder are never listed, counted or pruned.
 *
 * The order is by what each backup holds, never by the PC's clock, which may have been set back:
 * its backup number, then (for backups from before they were numbered, which all hold 0) the
 * length of its audit log, which every backup lengthens by logging itself.
 */
export function cabinBackups(folder: string, cabinCode: string): BackupInfo[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  const found = readdirSync(folder)
    .filter((name) => hasCabinBackupName(name, cabinCode))
    .flatMap((name) => {
      const holds = whatItHolds(join(folder, name));
      if (!holds || holds.cabinCode !== cabinCode || holds.number === null) return [];
      return [{ info: backupInfo(folder, name, holds.number), lastAuditSeq: holds.lastAuditSeq }];
    });
  return found.sort((a, b) => b.info.number - a.info.number || b.lastAuditSeq - a.lastAuditSeq).map((backup) => backup.info);
}
