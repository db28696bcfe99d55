import type Database from 'better-sqlite3';
import { RokadError } from '../../../shared/errors';

/** One step of the schema. The array index + 1 is the user_version it leaves behind. */
export type Migration = (db: Database.Database) => void;

/**
 * Brings the schema up to date in one transaction keyed by PRAGMA user_version. A database
 * written by a newer Rokad is refused and left untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new RokadError(
      'DB_FROM_NEWER_VERSION',
      `This database was written by a newer Rokad (schema ${current}; this version knows ${migrations.length}). Install the newer Rokad; the database was not changed.`,
    );
  }
  if (current === migrations.length) return;
  db.transaction(() => {
    for (let version = current; version < migrations.length; version += 1) {
      migrations[version]!(db);
    }
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
