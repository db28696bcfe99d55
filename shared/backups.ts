import { z } from 'zod';
import { pinSchema, userIdSchema } from './domain';

export interface BackupInfo {
  name: string;
  path: string;
  /** When the copy was finished (UTC ISO). */
  takenAt: string;
  bytes: number;
  /**
   * Its place among the cabin's backups: each is numbered one past the newest before it, so the
   * order never rests on the PC's clock. 0 for backups from before Rokad numbered them.
   */
  number: number;
}

/**
 * How the database was found at start-up. When `damaged`, only this and `backups.restore`
 * answer: everything else waits for a supervisor to restore `newestGoodBackup`.
 */
export interface StartupHealth {
  damaged: boolean;
  problem: string | null;
  newestGoodBackup: BackupInfo | null;
  lastBackup: BackupInfo | null;
  /** The last backup that failed since start-up, for the supervisor to see; null once one succeeds. */
  lastBackupError: string | null;
  /** A new data folder waits for its cabin code on the first-run screen. */
  needsCabinCode?: boolean;
  /** With needsCabinCode: the data folder the ledger will be made in, and whether the first-run screen may change it. */
  dataFolder?: { folder: string; changeable: boolean };
}

export const backupNameSchema = z
  .string({ error: 'Choose a backup.' })
  .regex(/^rokad-[A-Z0-9-]+-\d{8}-\d{6}(-\d+)?\.sqlite$/, { error: 'That is not the name of a Rokad backup.' });

export const restoreRequestSchema = z.object({ backupName: backupNameSchema, supervisorId: userIdSchema, pin: pinSchema }).strict();

export interface RestoreOutcome {
  restoredFrom: string;
  /** The damaged database, renamed beside the new one: it is never deleted. */
  damagedFileMovedTo: string;
  /** Rokad must start again to open the restored database. */
  restartNeeded: true;
}

/** Where backups are written and how many of the cabin's newest are kept; its older ones are removed after each backup. */
export interface BackupSettings {
  folder: string;
  keep: number;
}

export const backupSettingsSchema = z
  .object({
    folder: z.string({ error: 'Choose a folder for the backups.' }).trim().min(1, { error: 'Choose a folder for the backups.' }).max(1000),
    keep: z
      .number({ error: 'Enter how many backups to keep.' })
      .int({ error: 'Enter how many backups to keep as a whole number.' })
      .min(1, { error: 'Keep at least 1 backup.' })
      .max(365, { error: 'Keep at most 365 backups.' }),
  })
  .strict();
