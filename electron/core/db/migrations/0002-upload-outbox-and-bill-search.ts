import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Issue #5: the upload outbox (one row per ledger payment, written in the payment's own
 * transaction), the refIds of online bill fetches (BBPS pays against them), the wallet as last
 * seen from the gateway, and bill search by name or mobile.
 */
export const uploadOutboxAndBillSearch: Migration = {
  version: 2,
  name: 'upload outbox, bill fetches, wallet mirror, bill search',
  up: (db) => {
    db.exec(`
      CREATE TABLE outbox (
        entry_id TEXT PRIMARY KEY,
        amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
        state TEXT NOT NULL DEFAULT 'WAITING' CHECK (state IN ('WAITING', 'PENDING', 'SUCCESS', 'FAILED')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        failure_code TEXT,
        failure_message TEXT,
        txn_ref_id TEXT,
        approval_ref_number TEXT,
        wallet_debit_paise INTEGER,
        commission_paise INTEGER,
        accepted_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);

      CREATE TABLE bill_fetches (
        consumer_no TEXT NOT NULL,
        bill_number TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (consumer_no, bill_number)
      ) STRICT;

      CREATE TABLE wallet_mirror (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        balance_paise INTEGER NOT NULL,
        low_balance_threshold_paise INTEGER NOT NULL,
        commission_today_paise INTEGER NOT NULL,
        commission_month_paise INTEGER NOT NULL,
        as_of TEXT NOT NULL
      ) STRICT;

      ALTER TABLE bills ADD COLUMN mobile TEXT NOT NULL DEFAULT '';
      CREATE INDEX bills_by_mobile ON bills (mobile) WHERE mobile <> '';
      CREATE VIRTUAL TABLE bills_by_name USING fts5 (consumer_name, content = 'bills', content_rowid = 'rowid', tokenize = 'trigram');
      INSERT INTO bills_by_name (bills_by_name) VALUES ('rebuild');
      CREATE TRIGGER bills_by_name_insert AFTER INSERT ON bills BEGIN
        INSERT INTO bills_by_name (rowid, consumer_name) VALUES (new.rowid, new.consumer_name);
      END;
      CREATE TRIGGER bills_by_name_delete AFTER DELETE ON bills BEGIN
        INSERT INTO bills_by_name (bills_by_name, rowid, consumer_name) VALUES ('delete', old.rowid, old.consumer_name);
      END;
      CREATE TRIGGER bills_by_name_update AFTER UPDATE OF consumer_name ON bills BEGIN
        INSERT INTO bills_by_name (bills_by_name, rowid, consumer_name) VALUES ('delete', old.rowid, old.consumer_name);
        INSERT INTO bills_by_name (rowid, consumer_name) VALUES (new.rowid, new.consumer_name);
      END;
    `);
  },
};
