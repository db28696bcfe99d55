import { mkdirSync } from 'node:fs';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { setSetting } from '../settings/settings';

/**
 * Sends a new cabin's backups to `folder` if it can be made; else they stay in the data
 * folder's backups/ and the supervisor's backup screen shows where, to choose another.
 */
export function useBackupFolder(db: Db, folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    return;
  }
  setSetting(db, 'backup_folder', folder);
}
