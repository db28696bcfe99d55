import type { Migration } from './migrate';

/**
 * The schema, oldest first. Never edit a step that has shipped; add a new one.
 * Ledger rows are append-only: triggers refuse UPDATE and DELETE, so a void or a correction
 * can only ever be a new row.
 */
export const migrations: readonly Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

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
        arrears_paise INTEGER NOT NULL CHECK (arrears_paise >= 0)
      ) STRICT;

      CREATE TABLE receipt_counters (
        cabin_code TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL CHECK (last_number >= 0)
      ) STRICT;

      CREATE TABLE ledger (
        seq INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        receipt_no TEXT NOT NULL UNIQUE,
        cabin_code TEXT NOT NULL,
        consumer_no TEXT NOT NULL,
        consumer_name TEXT NOT NULL,
        bill_number TEXT NOT NULL,
        amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
        tendered_paise INTEGER NOT NULL,
        change_paise INTEGER NOT NULL CHECK (change_paise >= 0 AND tendered_paise = amount_paise + change_paise),
        recorded_at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE INDEX ledger_by_consumer ON ledger (consumer_no, recorded_at);

      CREATE TRIGGER ledger_is_append_only_update BEFORE UPDATE ON ledger
      BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
      CREATE TRIGGER ledger_is_append_only_delete BEFORE DELETE ON ledger
      BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
    `);
  },
  (db) => {
    // Print jobs are not money: their status changes, but rows stay, so every reprint is on record.
    // No foreign keys to the ledger: verifyChain must still see a ledger row deleted behind the
    // triggers' back, rather than the database hiding it by refusing the delete.
    db.exec(`
      CREATE TABLE receipt_facts (
        ledger_seq INTEGER PRIMARY KEY,
        bill_month TEXT NOT NULL
      ) STRICT;

      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        ledger_seq INTEGER NOT NULL,
        receipt_no TEXT NOT NULL,
        copy TEXT NOT NULL CHECK (copy IN ('ORIGINAL', 'DUPLICATE')),
        reprint INTEGER NOT NULL CHECK (reprint >= 0 AND (copy = 'ORIGINAL') = (reprint = 0)),
        status TEXT NOT NULL CHECK (status IN ('QUEUED', 'PRINTED', 'FAILED')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error TEXT,
        queued_at TEXT NOT NULL,
        printed_at TEXT,
        UNIQUE (ledger_seq, reprint)
      ) STRICT;

      CREATE INDEX print_jobs_unprinted ON print_jobs (id) WHERE status <> 'PRINTED';

      CREATE TRIGGER print_jobs_are_kept BEFORE DELETE ON print_jobs
      BEGIN SELECT RAISE(ABORT, 'print jobs are kept as the record of every copy printed'); END;
    `);
  },
];
