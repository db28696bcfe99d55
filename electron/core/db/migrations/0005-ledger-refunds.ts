import type { Migration } from '../../../../shared/node/sqlite/migrate';
import { rebuildTable } from '../../../../shared/node/sqlite/rebuildTable';

/**
 * Issue #6: a payment the gateway refused can be refunded to the consumer, a REFUND row in the
 * chain. SQLite cannot change a CHECK, so the ledger is rebuilt: every row copied as it is (the
 * hash chain covers the values, not the table), then its indexes and triggers, including the
 * append-only ones, re-created from their stored definitions.
 */
export const ledgerRefunds: Migration = {
  version: 5,
  name: 'refunds in the ledger',
  up: (db) => {
    // Every money event of the cabin, in one hash chain: payments, voids and refunds as rows of their own.
    // voids_entry_id names the payment a VOID cancels or a REFUND pays back: each at most once.
    // Written before rebuildTable, this step states the whole table as it shipped; later steps edit the current one.
    rebuildTable(
      db,
      'ledger',
      () => `
      CREATE TABLE ledger (
        seq INTEGER PRIMARY KEY,
        entry_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('PAYMENT', 'VOID', 'REFUND')),
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
          OR (kind = 'REFUND' AND receipt_no IS NOT NULL AND voids_entry_id IS NOT NULL AND reason IS NOT NULL
              AND approved_by IS NOT NULL AND tendered_paise = 0 AND change_paise = 0)
        )
      ) STRICT`,
    );
  },
};
