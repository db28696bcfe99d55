import type { Migration } from '../../../../shared/node/sqlite/migrate';

/** Two triggers, `<name>_update` and `<name>_delete`, that make a table's rows permanent. */
function refuseChanges(name: string, table: string, message: string): string {
  return ['UPDATE', 'DELETE'].map((verb) => `CREATE TRIGGER ${name}_${verb.toLowerCase()} BEFORE ${verb} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END;`).join('\n');
}

/**
 * Ledger rows are append-only: triggers refuse UPDATE and DELETE, so a void or a correction
 * can only ever be a new row.
 */
export const firstLedger: Migration = {
  version: 1,
  name: 'the first ledger: settings, bills, people, shifts, cash moves, the hash-chained ledger, audit',
  up: (db) => {
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

      CREATE TABLE users (
        user_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('AGENT', 'SUPERVISOR')),
        pin_salt TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        failed_pins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'hi')),
        created_at TEXT NOT NULL,
        created_by TEXT
      ) STRICT;

      CREATE TABLE shifts (
        shift_id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (user_id),
        cabin_code TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        opening_float_paise INTEGER NOT NULL CHECK (opening_float_paise >= 0),
        opening_count TEXT NOT NULL
      ) STRICT;
      CREATE INDEX shifts_by_user ON shifts (user_id, opened_at);

      CREATE TABLE cash_moves (
        move_id TEXT PRIMARY KEY,
        shift_id TEXT NOT NULL REFERENCES shifts (shift_id),
        direction TEXT NOT NULL CHECK (direction IN ('IN', 'OUT')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
        reason TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users (user_id),
        at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE shift_closes (
        shift_id TEXT PRIMARY KEY REFERENCES shifts (shift_id),
        closed_at TEXT NOT NULL,
        closed_by TEXT NOT NULL REFERENCES users (user_id),
        counted_paise INTEGER NOT NULL CHECK (counted_paise >= 0),
        counted TEXT NOT NULL,
        expected_paise INTEGER NOT NULL,
        difference_paise INTEGER NOT NULL,
        note TEXT,
        approved_by TEXT REFERENCES users (user_id)
      ) STRICT;

      -- Every money event of the cabin, in one hash chain: payments, and voids as rows of their own.
      CREATE TABLE ledger (
        seq INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('PAYMENT', 'VOID')),
        receipt_no TEXT UNIQUE,
        cabin_code TEXT NOT NULL,
        shift_id TEXT NOT NULL REFERENCES shifts (shift_id),
        user_id TEXT NOT NULL REFERENCES users (user_id),
        training INTEGER NOT NULL CHECK (training IN (0, 1)),
        consumer_no TEXT NOT NULL,
        consumer_name TEXT NOT NULL,
        bill_number TEXT NOT NULL,
        amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
        tendered_paise INTEGER NOT NULL,
        change_paise INTEGER NOT NULL CHECK (change_paise >= 0),
        cash_received TEXT,
        voids_entry_id TEXT UNIQUE REFERENCES ledger (entry_id),
        reason TEXT,
        approved_by TEXT REFERENCES users (user_id),
        recorded_at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        CHECK (
          (kind = 'PAYMENT' AND receipt_no IS NOT NULL AND voids_entry_id IS NULL AND tendered_paise = amount_paise + change_paise)
          OR (kind = 'VOID' AND receipt_no IS NULL AND voids_entry_id IS NOT NULL AND reason IS NOT NULL
              AND approved_by IS NOT NULL AND tendered_paise = 0 AND change_paise = 0)
        )
      ) STRICT;

      CREATE INDEX ledger_by_consumer ON ledger (consumer_no, recorded_at);
      CREATE INDEX ledger_by_shift ON ledger (shift_id, kind);
      CREATE INDEX ledger_by_bill ON ledger (bill_number, kind);

      -- Who did what, when: append-only like the ledger.
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id TEXT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_action ON audit_log (action, at);

      ${refuseChanges('ledger_is_append_only', 'ledger', 'ledger rows are append-only')}
      ${refuseChanges('audit_is_append_only', 'audit_log', 'audit rows are append-only')}
      ${refuseChanges('cash_moves_are_append_only', 'cash_moves', 'cash moves are append-only')}
      ${refuseChanges('shifts_are_append_only', 'shifts', 'shifts are append-only')}
      ${refuseChanges('shift_closes_are_final', 'shift_closes', 'a closed shift stays closed')}
    `);
  },
};
