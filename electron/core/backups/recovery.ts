import { constants, copyFileSync, existsSync, renameSync } from 'node:fs';
import Database from '../../../shared/node/sqlite/database';
import type { BackupInfo, RestoreOutcome, StartupHealth } from '../../../shared/backups';
import { RokadError } from '../../../shared/errors';
import { createAuditLog } from '../audit/auditLog';
import { pinMatches } from '../auth/pinHash';
import type { UserRow } from '../auth/userStore';
import { openLedger } from '../db/openLedger';
import { indiaStamp } from './backupFiles';
import { cabinBackups } from './cabinBackups';
import { checkDatabaseFile } from './checkDatabaseFile';

export interface Recovery {
  health(): StartupHealth;
  restore(request: { backupName: string; supervisorId: string; pin: string }): RestoreOutcome;
  /** Whether a backup has been put in place this run: only then may Rokad start again on it. */
  restored(): boolean;
}

const MAX_WRONG_PINS = 5;

/** The supervisor, by the users table of the backup: the damaged database cannot be trusted to say who is who. */
function supervisorOfBackup(backup: BackupInfo, supervisorId: string, pin: string): boolean {
  const db = new Database(backup.path, { readonly: true, fileMustExist: true });
  try {
    const user = db.prepare('SELECT * FROM users WHERE user_id = ?').get(supervisorId) as UserRow | undefined;
    return user !== undefined && user.role === 'SUPERVISOR' && pinMatches(pin, user.pin_salt, user.pin_hash);
  } finally {
    db.close();
  }
}

/**
 * Start-up with a damaged database: nothing opens it for writing. The newest of the cabin's
 * backups that passes the same check is offered; a supervisor of that backup confirms with their
 * PIN, the damaged file (with its WAL) is renamed aside, never deleted, and the backup is copied in
 * its place.
 */
export function createRecovery(deps: { file: string; problem: string; backupFolder: string; cabinCode: string; now: () => Date }): Recovery {
  const backups = () => cabinBackups(deps.backupFolder, deps.cabinCode);
  const goodBackups = () => backups().filter((backup) => checkDatabaseFile(backup.path).ok);
  let newestGood = goodBackups()[0] ?? null;
  let wrongPins = 0;
  let restored: RestoreOutcome | null = null;

  return {
    restored: () => restored !== null,

    health: () => ({ damaged: true, problem: deps.problem, newestGoodBackup: newestGood, lastBackup: backups()[0] ?? null, lastBackupError: null }),

    restore({ backupName, supervisorId, pin }) {
      if (restored) throw new RokadError('RESTART_NEEDED', 'The backup is already restored. Close Rokad and start it again.');
      if (wrongPins >= MAX_WRONG_PINS) throw new RokadError('RESTORE_LOCKED', 'Too many wrong PINs. Close Rokad, start it again and have the supervisor try once more.');
      const backup = goodBackups().find((b) => b.name === backupName);
      if (!backup)
        throw new RokadError('NO_SUCH_BACKUP', `There is no sound backup named ${backupName} in ${deps.backupFolder}. Nothing was changed.`, {
          backupName,
          backupFolder: deps.backupFolder,
        });
      if (!supervisorOfBackup(backup, supervisorId, pin)) {
        wrongPins += 1;
        throw new RokadError('RESTORE_NOT_ALLOWED', 'Only a supervisor, with the PIN they had when the backup was taken, can restore it. Nothing was changed.');
      }

      const movedTo = `${deps.file}.damaged-${indiaStamp(deps.now())}`;
      if (existsSync(movedTo)) throw new RokadError('RESTORE_TRY_AGAIN', `${movedTo} already exists; wait a second and confirm again. Nothing was changed.`);
      // SQLite pairs a database with "<name>-wal" and "<name>-shm": moved together, the damaged copy stays readable as it was.
      for (const suffix of ['-wal', '-shm', '']) {
        if (existsSync(`${deps.file}${suffix}`)) renameSync(`${deps.file}${suffix}`, `${movedTo}${suffix}`);
      }
      copyFileSync(backup.path, deps.file, constants.COPYFILE_EXCL);
      const db = openLedger(deps.file);
      try {
        createAuditLog(db, deps.now).append(supervisorId, 'RESTORE', { backup: backup.path, damagedFileMovedTo: movedTo, problem: deps.problem });
      } finally {
        db.close();
      }
      newestGood = backup;
      restored = { restoredFrom: backup.path, damagedFileMovedTo: movedTo, restartNeeded: true };
      return restored;
    },
  };
}
