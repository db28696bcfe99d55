import type { Migration } from '../../../shared/node/sqlite/migrate';
import { openDatabase, type Db } from '../../../shared/node/sqlite/openDatabase';
import type { BillMasterRowsPage } from '../../../shared/gateway/schemas';
import type { BillStore } from './billStore';

/**
 * The zone's bills live in a file of their own beside the ledger: a cache the gateway can refill
 * at any time, so the ledger, its backups and its verifier hold the money alone.
 */
export const BILL_MASTER_FILE = 'bill-master.sqlite';

/**
 * The bills table as migration 1 creates it; the benchmark's raw inserts use it too, so they
 * measure the same table. A later change to the table is a new migration, not an edit here.
 */
export const BILLS_TABLE = `
  CREATE TABLE bills (
    consumer_no TEXT PRIMARY KEY,
    consumer_name TEXT NOT NULL,
    address TEXT NOT NULL,
    bill_number TEXT NOT NULL,
    bill_month TEXT NOT NULL,
    bill_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    amount_by_due_paise INTEGER NOT NULL CHECK (amount_by_due_paise >= 0),
    amount_after_due_paise INTEGER NOT NULL CHECK (amount_after_due_paise >= 0),
    arrears_paise INTEGER NOT NULL CHECK (arrears_paise >= 0),
    mobile TEXT NOT NULL DEFAULT ''
  ) STRICT;`;

const MOBILE_INDEX = `CREATE INDEX bills_by_mobile ON bills (mobile) WHERE mobile <> '';`;

const NAME_INDEX_TRIGGERS = `
  CREATE TRIGGER bills_by_name_insert AFTER INSERT ON bills BEGIN
    INSERT INTO bills_by_name (rowid, consumer_name) VALUES (new.rowid, new.consumer_name);
  END;
  CREATE TRIGGER bills_by_name_delete AFTER DELETE ON bills BEGIN
    INSERT INTO bills_by_name (bills_by_name, rowid, consumer_name) VALUES ('delete', old.rowid, old.consumer_name);
  END;
  CREATE TRIGGER bills_by_name_update AFTER UPDATE OF consumer_name ON bills BEGIN
    INSERT INTO bills_by_name (bills_by_name, rowid, consumer_name) VALUES ('delete', old.rowid, old.consumer_name);
    INSERT INTO bills_by_name (rowid, consumer_name) VALUES (new.rowid, new.consumer_name);
  END;`;

/** The bill master file's own schema steps, numbered apart from the ledger's. */
export const billMasterMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'bills, their search by name and mobile, and the gateway cursor they were pulled to',
    up: (db) => {
      db.exec(`
        ${BILLS_TABLE}
        ${MOBILE_INDEX}
        CREATE VIRTUAL TABLE bills_by_name USING fts5 (consumer_name, content = 'bills', content_rowid = 'rowid', tokenize = 'trigram');
        ${NAME_INDEX_TRIGGERS}
        CREATE TABLE pull_state (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          cursor TEXT NOT NULL,
          synced_at TEXT
        ) STRICT;
        INSERT INTO pull_state (id, cursor, synced_at) VALUES (1, '', NULL);
      `);
    },
  },
];

/**
 * Opens (or creates) the bill master file. It is a cache kept in step with its own cursor in the
 * same transactions, so synchronous=NORMAL is enough: a power cut can lose the last pages and
 * their cursor together, and the next pull fetches them again.
 */
export function openBillMaster(file: string): Db {
  const db = openDatabase(file, billMasterMigrations);
  db.pragma('synchronous = NORMAL');
  return db;
}

export interface PullState {
  cursor: string;
  /** When the last pull reached the end of the gateway's changes (UTC ISO); null until one has. */
  syncedAt: string | null;
}

export function pullState(db: Db): PullState {
  const row = db.prepare('SELECT cursor, synced_at FROM pull_state WHERE id = 1').get() as { cursor: string; synced_at: string | null };
  return { cursor: row.cursor, syncedAt: row.synced_at };
}

const searchIndexesKept = (db: Db) => db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'bills_by_name_insert'").pluck().get() === 1;

/**
 * Saves one page of the gateway's bill master and the cursor after it, in one transaction. A
 * pull from the start (a new or emptied file: 550,000 rows) does not keep the search indexes row
 * by row: the name index's triggers and the mobile index are dropped with the first page, and
 * both are built in one step with the last (the name index by FTS5's 'rebuild'), which is about
 * twice as fast. If the pull stops half way, they stay dropped until a later pull reaches the
 * end, so neither is ever half kept; until then a search by mobile reads the whole table.
 */
export function saveBillMasterPage(db: Db, bills: BillStore, page: BillMasterRowsPage, now: Date): void {
  db.transaction(() => {
    if (pullState(db).cursor === '' && searchIndexesKept(db)) {
      db.exec('DROP INDEX bills_by_mobile; DROP TRIGGER bills_by_name_insert; DROP TRIGGER bills_by_name_delete; DROP TRIGGER bills_by_name_update;');
    }
    bills.saveRows(page.rows);
    bills.remove(page.removed);
    db.prepare('UPDATE pull_state SET cursor = ? WHERE id = 1').run(page.nextCursor);
    if (!page.hasMore) {
      if (!searchIndexesKept(db)) db.exec(`${MOBILE_INDEX} INSERT INTO bills_by_name (bills_by_name) VALUES ('rebuild'); ${NAME_INDEX_TRIGGERS}`);
      db.prepare('UPDATE pull_state SET synced_at = ? WHERE id = 1').run(now.toISOString());
    }
  }).immediate();
}
