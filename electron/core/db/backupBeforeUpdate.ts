import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from '../../../shared/node/sqlite/database';

export const PRE_UPDATE_FOLDER = 'pre-update';

/**
 * A copy of the ledger as the older version left it, taken before this version's first migration
 * runs on it: a consistent snapshot (VACUUM INTO) in the data folder's pre-update/, named by the
 * schema it holds. An update that goes wrong can then be undone with that version's installer
 * and this file. Returns the copy's path, or null when there was nothing to migrate.
 */
export function backupBeforeUpdate(file: string, schemaVersion: number, now: Date = new Date()): string | null {
  if (!existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current === 0 || current >= schemaVersion) return null;
    const folder = join(dirname(file), PRE_UPDATE_FOLDER);
    mkdirSync(folder, { recursive: true });
    const copy = join(folder, `ledger-schema-${current}-${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}.sqlite`);
    db.prepare('VACUUM INTO ?').run(copy);
    return copy;
  } finally {
    db.close();
  }
}
