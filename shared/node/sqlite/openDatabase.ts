import type BetterSqlite3 from 'better-sqlite3';
import Database from './database';
import { migrate, type Migration } from './migrate';

export type Db = BetterSqlite3.Database;

/**
 * Opens a SQLite database with the pragmas every connection needs and brings its schema up to
 * date. better-sqlite3 reopens WAL databases with synchronous=NORMAL, which can lose the last
 * commits on power loss, so FULL is set on every open.
 */
export function openDatabase(file: string, migrations: readonly Migration[]): Db {
  const db = new Database(file);
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`SQLite refused WAL mode for ${file} (got ${String(mode)})`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
