import Database from 'better-sqlite3';
import { migrate, type Migration } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

/**
 * Opens a Rokad database with the pragmas every connection needs. better-sqlite3 reopens WAL
 * databases with synchronous=NORMAL, which can lose the last commits on power loss, so FULL is
 * set on every open, and checked.
 */
export function openDatabase(file: string, schema: readonly Migration[] = migrations): Db {
  const db = new Database(file);
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`SQLite refused WAL mode for ${file} (got ${String(mode)})`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, schema);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
