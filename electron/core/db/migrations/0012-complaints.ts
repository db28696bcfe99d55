import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Issue #12: a consumer's complaint at the counter. The complaint itself is written once and never
 * changed or deleted; its trip to the company goes through its own outbox (retried with backoff,
 * idempotent by the complaint's id), which keeps the company's number once it answers; the
 * company closing it is a new row. The local number (`<cabin>-C<sequence>`) is given at once,
 * gap-free, from the count of complaints, since none is ever deleted.
 */
export const complaints: Migration = {
  version: 12,
  name: 'complaints at the counter, their outbox and their closing',
  up: (db) => {
    db.exec(`
      CREATE TABLE complaints (
        complaint_id TEXT PRIMARY KEY,
        local_no TEXT NOT NULL UNIQUE,
        consumer_no TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('WRONG_AMOUNT', 'PAYMENT_NOT_REFLECTED', 'METER', 'SUPPLY', 'OTHER')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        mobile TEXT,
        check_code TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users (user_id),
        shift_id TEXT NOT NULL REFERENCES shifts (shift_id),
        training INTEGER NOT NULL CHECK (training IN (0, 1)),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX complaints_by_time ON complaints (recorded_at);
      CREATE TRIGGER complaints_never_change BEFORE UPDATE ON complaints BEGIN SELECT RAISE(ABORT, 'a complaint is never changed'); END;
      CREATE TRIGGER complaints_never_deleted BEFORE DELETE ON complaints BEGIN SELECT RAISE(ABORT, 'a complaint is never deleted'); END;

      CREATE TABLE complaint_outbox (
        complaint_id TEXT PRIMARY KEY REFERENCES complaints (complaint_id),
        state TEXT NOT NULL DEFAULT 'WAITING' CHECK (state IN ('WAITING', 'SENT', 'REFUSED')),
        gateway_no TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX complaint_outbox_by_state ON complaint_outbox (state, next_attempt_at);

      CREATE TABLE complaint_closings (
        complaint_id TEXT PRIMARY KEY REFERENCES complaints (complaint_id),
        note TEXT,
        closed_at TEXT NOT NULL,
        learned_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
