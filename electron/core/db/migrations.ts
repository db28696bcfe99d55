import type { Migration } from '../../../shared/node/sqlite/migrate';

/** Two triggers, `<name>_update` and `<name>_delete`, that make a table's rows permanent. */
function refuseChanges(name: string, table: string, message: string): string {
  return ['UPDATE', 'DELETE']
    .map((verb) => `CREATE TRIGGER ${name}_${verb.toLowerCase()} BEFORE ${verb} ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END;`)
    .join('\n');
}

/**
 * The schema, oldest first. Never edit a step that has shipped; add a new one.
 * Ledger rows are append-only: triggers refuse UPDATE and DELETE, so a void or a correction
 * can only ever be a new row.
 */
export const ledgerMigrations: readonly Migration[] = [
  {
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
  },
  // Issue #5: the upload outbox (one row per ledger payment, written in the payment's own
  // transaction), the refIds of online bill fetches (BBPS pays against them), the wallet as last
  // seen from the gateway, and bill search by name or mobile.
  {
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
  },
  {
    version: 3,
    name: 'receipt facts and print jobs',
    up: (db) => {
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
  },
  // The wallet check runs inside every payment's transaction; summing the upload backlog there
  // grew with the backlog (days offline). The sum is kept instead, by triggers, so it changes in
  // the same transaction as the outbox row or the void that changes it, and a crash cannot part them.
  {
    version: 4,
    name: 'running total of the upload backlog',
    up: (db) => {
    const waiting = (row: 'new' | 'old') =>
      `(${row}.state = 'PENDING' OR (${row}.state = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = ${row}.entry_id)))`;
    db.exec(`
      CREATE TABLE outbox_waiting (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL CHECK (count >= 0),
        paise INTEGER NOT NULL CHECK (paise >= 0)
      ) STRICT;
      INSERT INTO outbox_waiting (id, count, paise)
        SELECT 1, count(*), coalesce(sum(amount_paise), 0) FROM outbox WHERE ${waiting('new').replaceAll('new.', 'outbox.')};

      CREATE TRIGGER outbox_waiting_insert AFTER INSERT ON outbox WHEN ${waiting('new')} BEGIN
        UPDATE outbox_waiting SET count = count + 1, paise = paise + new.amount_paise WHERE id = 1;
      END;
      CREATE TRIGGER outbox_waiting_update AFTER UPDATE OF state ON outbox WHEN ${waiting('old')} <> ${waiting('new')} BEGIN
        UPDATE outbox_waiting SET
          count = count + (CASE WHEN ${waiting('new')} THEN 1 ELSE -1 END),
          paise = paise + (CASE WHEN ${waiting('new')} THEN new.amount_paise ELSE -old.amount_paise END)
        WHERE id = 1;
      END;
      CREATE TRIGGER outbox_waiting_void AFTER INSERT ON ledger WHEN new.kind = 'VOID' BEGIN
        UPDATE outbox_waiting SET count = count - 1, paise = paise - (SELECT amount_paise FROM outbox WHERE entry_id = new.voids_entry_id)
        WHERE id = 1 AND EXISTS (SELECT 1 FROM outbox WHERE entry_id = new.voids_entry_id AND state = 'WAITING');
      END;
    `);
    },
  },
  // Issue #6: a payment the gateway refused can be refunded to the consumer, a REFUND row in the
  // chain. SQLite cannot change a CHECK, so the ledger is rebuilt: every row copied as it is (the
  // hash chain covers the values, not the table), then its indexes and triggers, including the
  // append-only ones, re-created from their stored definitions.
  {
    version: 5,
    name: 'refunds in the ledger',
    up: (db) => {
    const dependents = db
      .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'ledger' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")
      .pluck()
      .all() as string[];
    const columns = (db.prepare("SELECT name FROM pragma_table_info('ledger') ORDER BY cid").pluck().all() as string[]).join(', ');
    // Legacy renaming leaves other tables' triggers naming "ledger" alone; they must reach the new table.
    db.pragma('legacy_alter_table = ON');
    db.exec(`
      ALTER TABLE ledger RENAME TO ledger_before_refunds;
      -- Every money event of the cabin, in one hash chain: payments, voids and refunds as rows of their own.
      -- voids_entry_id names the payment a VOID cancels or a REFUND pays back: each at most once.
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
      ) STRICT;
      INSERT INTO ledger (${columns}) SELECT ${columns} FROM ledger_before_refunds ORDER BY seq;
      DROP TABLE ledger_before_refunds;
      ${dependents.map((sql) => `${sql};`).join('\n')}
    `);
    db.pragma('legacy_alter_table = OFF');
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`The rebuilt ledger has ${broken.length} broken references; the database was not changed.`);
    },
  },
];
