import { join } from 'node:path';
import type { BackupInfo, BackupSettings } from '../../../shared/backups';
import { RokadError } from '../../../shared/errors';
import type { AuditLog } from '../audit/auditLog';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { folderProblem } from '../files/folderProblem';
import { getSetting, setSetting } from '../settings/settings';
import { backedUpOn, takeBackup } from './backupFiles';
import { cabinBackups } from './cabinBackups';

export const DEFAULT_KEEP = 30;

/** Where backups go and how many stay: the settings `backup_folder` and `backup_keep`, else `<dataDir>/backups` and 30. */
export function backupSettings(db: Db, dataDir: string): BackupSettings {
  const keep = Number(getSetting(db, 'backup_keep'));
  return { folder: getSetting(db, 'backup_folder') || join(dataDir, 'backups'), keep: Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_KEEP };
}

export type BackupReason = 'SHIFT_CLOSE' | 'DAILY' | 'SUPERVISOR';

export interface Backups {
  folder(): string;
  settings(): BackupSettings;
  /**
   * Sends later backups to another folder, which must be there and take a file, and keeps
   * `keep` of them. Backups already taken stay where they are; the next backup prunes to `keep`.
   */
  saveSettings(settings: BackupSettings, userId: string): BackupSettings;
  /** This cabin's backups in the folder, newest first (see cabinBackups). */
  list(): BackupInfo[];
  /** Takes one now and logs it; a failure is logged and thrown. */
  take(reason: BackupReason, userId?: string | null): Promise<BackupInfo>;
  /** Takes one after whatever is running; a failure is logged and kept for `lastError`, never thrown. */
  inBackground(reason: BackupReason): void;
  /** The day's backup, unless the folder has one of this cabin's from this India day already. */
  dailyIfDue(): void;
  /** Resolves when no backup is running. */
  idle(): Promise<void>;
  lastError(): string | null;
}

/**
 * Backups of the live database: at every shift close, once a day, and when a supervisor asks.
 * A failed backup never fails what triggered it; it is written to the audit log and shown.
 */
export function createBackups(deps: { db: Db; dataDir: string; cabinCode: string; now: () => Date; audit: AuditLog }): Backups {
  const { db, audit } = deps;
  let queue: Promise<unknown> = Promise.resolve();
  let lastError: string | null = null;
  const settings = () => backupSettings(db, deps.dataDir);

  async function take(reason: BackupReason, userId: string | null = null): Promise<BackupInfo> {
    const { folder, keep } = settings();
    try {
      const backup = await takeBackup(db, { folder, keep, cabinCode: deps.cabinCode, now: deps.now() });
      lastError = null;
      audit.append(userId, 'BACKUP', { reason, file: backup.path, bytes: backup.bytes, number: backup.number });
      return backup;
    } catch (error) {
      lastError = `The ${reason.toLowerCase().replace('_', ' ')} backup to ${folder} failed: ${(error as Error).message}`;
      // Rokad may be shutting down with a backup still running; then there is nothing left to log to.
      if (db.open) audit.append(userId, 'BACKUP_FAILED', { reason, folder, error: (error as Error).message });
      throw error;
    }
  }

  function saveSettings(next: BackupSettings, userId: string): BackupSettings {
    const problem = folderProblem(next.folder);
    if (problem === 'missing') {
      throw new RokadError('BACKUP_FOLDER_MISSING', `The folder ${next.folder} is not there. Plug in the drive or choose another folder. The backup settings were not changed.`, {
        folder: next.folder,
      });
    }
    if (problem === 'not-writable') {
      throw new RokadError(
        'BACKUP_FOLDER_READ_ONLY',
        `Rokad cannot write to ${next.folder}; it may be read-only, locked or full. Choose another folder. The backup settings were not changed.`,
        { folder: next.folder },
      );
    }
    db.transaction(() => {
      const before = settings();
      setSetting(db, 'backup_folder', next.folder);
      setSetting(db, 'backup_keep', String(next.keep));
      audit.append(userId, 'SETTINGS_CHANGE', { backups: next, before });
    }).immediate();
    return settings();
  }

  const inBackground = (reason: BackupReason) => {
    queue = queue.then(() => take(reason)).catch(() => undefined);
  };

  return {
    folder: () => settings().folder,
    settings,
    saveSettings,
    list: () => cabinBackups(settings().folder, deps.cabinCode),
    take: (reason, userId) => {
      const run = queue.then(() => take(reason, userId));
      queue = run.catch(() => undefined);
      return run;
    },
    inBackground,
    dailyIfDue: () => {
      if (!backedUpOn(settings().folder, deps.cabinCode, deps.now())) inBackground('DAILY');
    },
    idle: () => queue.then(() => undefined),
    lastError: () => lastError,
  };
}
