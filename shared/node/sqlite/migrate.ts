import type Database from 'better-sqlite3';
import { RokadError } from '../../errors';

/** One step of a schema: `up` takes a database at `version - 1` to `version`. */
export interface Migration {
  version: number;
  /** What the step is for, in a few words; shown when a chain is out of order. */
  name: string;
  up(db: Database.Database): void;
}

/**
 * A chain must number its steps 1, 2, 3… with none missing or repeated: the user_version a
 * database carries is the number of the last step it ran, so a gap would skip a step for ever.
 */
export function checkMigrationChain(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" is numbered ${migration.version} but stands at place ${index + 1}; number the steps 1, 2, 3… in order.`);
    }
  });
}

/**
 * Brings the schema up to date in one transaction keyed by PRAGMA user_version. A database
 * written by a newer version is refused and left untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  checkMigrationChain(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new RokadError(
      'DB_FROM_NEWER_VERSION',
      `This ledger was written by a newer Rokad (schema ${current}; this version knows only ${migrations.length}), so this older Rokad will not open it, and nothing in it was changed. Install the newer Rokad again and the cabin carries on. To go back to this version on purpose, a technician restores a backup taken before the update from the backup folder (rokad-<cabin>-<date>.sqlite), with this version's restore.`,
    );
  }
  if (current === migrations.length) return;
  db.transaction(() => {
    for (const migration of migrations.slice(current)) migration.up(db);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
