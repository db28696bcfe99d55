-- table settings on settings
CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

-- index sqlite_autoindex_settings_1 on settings, made by SQLite

-- table bills on bills
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
      , mobile TEXT NOT NULL DEFAULT '') STRICT;

-- index sqlite_autoindex_bills_1 on bills, made by SQLite

-- table receipt_counters on receipt_counters
CREATE TABLE receipt_counters (
        cabin_code TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL CHECK (last_number >= 0)
      ) STRICT;

-- index sqlite_autoindex_receipt_counters_1 on receipt_counters, made by SQLite

-- table users on users
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

-- index sqlite_autoindex_users_1 on users, made by SQLite

-- table shifts on shifts
CREATE TABLE shifts (
        shift_id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (user_id),
        cabin_code TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        opening_float_paise INTEGER NOT NULL CHECK (opening_float_paise >= 0),
        opening_count TEXT NOT NULL
      ) STRICT;

-- index sqlite_autoindex_shifts_1 on shifts, made by SQLite

-- index shifts_by_user on shifts
CREATE INDEX shifts_by_user ON shifts (user_id, opened_at);

-- table cash_moves on cash_moves
CREATE TABLE cash_moves (
        move_id TEXT PRIMARY KEY,
        shift_id TEXT NOT NULL REFERENCES shifts (shift_id),
        direction TEXT NOT NULL CHECK (direction IN ('IN', 'OUT')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
        reason TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users (user_id),
        at TEXT NOT NULL
      ) STRICT;

-- index sqlite_autoindex_cash_moves_1 on cash_moves, made by SQLite

-- table shift_closes on shift_closes
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

-- index sqlite_autoindex_shift_closes_1 on shift_closes, made by SQLite

-- table audit_log on audit_log
CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_id TEXT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;

-- index audit_by_action on audit_log
CREATE INDEX audit_by_action ON audit_log (action, at);

-- trigger audit_is_append_only_update on audit_log
CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;

-- trigger audit_is_append_only_delete on audit_log
CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;

-- trigger cash_moves_are_append_only_update on cash_moves
CREATE TRIGGER cash_moves_are_append_only_update BEFORE UPDATE ON cash_moves BEGIN SELECT RAISE(ABORT, 'cash moves are append-only'); END;

-- trigger cash_moves_are_append_only_delete on cash_moves
CREATE TRIGGER cash_moves_are_append_only_delete BEFORE DELETE ON cash_moves BEGIN SELECT RAISE(ABORT, 'cash moves are append-only'); END;

-- trigger shifts_are_append_only_update on shifts
CREATE TRIGGER shifts_are_append_only_update BEFORE UPDATE ON shifts BEGIN SELECT RAISE(ABORT, 'shifts are append-only'); END;

-- trigger shifts_are_append_only_delete on shifts
CREATE TRIGGER shifts_are_append_only_delete BEFORE DELETE ON shifts BEGIN SELECT RAISE(ABORT, 'shifts are append-only'); END;

-- trigger shift_closes_are_final_update on shift_closes
CREATE TRIGGER shift_closes_are_final_update BEFORE UPDATE ON shift_closes BEGIN SELECT RAISE(ABORT, 'a closed shift stays closed'); END;

-- trigger shift_closes_are_final_delete on shift_closes
CREATE TRIGGER shift_closes_are_final_delete BEFORE DELETE ON shift_closes BEGIN SELECT RAISE(ABORT, 'a closed shift stays closed'); END;

-- table outbox on outbox
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

-- index sqlite_autoindex_outbox_1 on outbox, made by SQLite

-- index outbox_by_state on outbox
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);

-- table bill_fetches on bill_fetches
CREATE TABLE bill_fetches (
        consumer_no TEXT NOT NULL,
        bill_number TEXT NOT NULL,
        ref_id TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (consumer_no, bill_number)
      ) STRICT;

-- index sqlite_autoindex_bill_fetches_1 on bill_fetches, made by SQLite

-- table wallet_mirror on wallet_mirror
CREATE TABLE wallet_mirror (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        balance_paise INTEGER NOT NULL,
        low_balance_threshold_paise INTEGER NOT NULL,
        commission_today_paise INTEGER NOT NULL,
        commission_month_paise INTEGER NOT NULL,
        as_of TEXT NOT NULL
      ) STRICT;

-- index bills_by_mobile on bills
CREATE INDEX bills_by_mobile ON bills (mobile) WHERE mobile <> '';

-- table bills_by_name on bills_by_name
CREATE VIRTUAL TABLE bills_by_name USING fts5 (consumer_name, content = 'bills', content_rowid = 'rowid', tokenize = 'trigram');

-- table bills_by_name_data on bills_by_name_data
CREATE TABLE 'bills_by_name_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table bills_by_name_idx on bills_by_name_idx
CREATE TABLE 'bills_by_name_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table bills_by_name_docsize on bills_by_name_docsize
CREATE TABLE 'bills_by_name_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table bills_by_name_config on bills_by_name_config
CREATE TABLE 'bills_by_name_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- trigger bills_by_name_insert on bills
CREATE TRIGGER bills_by_name_insert AFTER INSERT ON bills BEGIN
        INSERT INTO bills_by_name (rowid, consumer_name) VALUES (new.rowid, new.consumer_name);
      END;

-- trigger bills_by_name_delete on bills
CREATE TRIGGER bills_by_name_delete AFTER DELETE ON bills BEGIN
        INSERT INTO bills_by_name (bills_by_name, rowid, consumer_name) VALUES ('delete', old.rowid, old.consumer_name);
      END;

-- trigger bills_by_name_update on bills
CREATE TRIGGER bills_by_name_update AFTER UPDATE OF consumer_name ON bills BEGIN
        INSERT INTO bills_by_name (bills_by_name, rowid, consumer_name) VALUES ('delete', old.rowid, old.consumer_name);
        INSERT INTO bills_by_name (rowid, consumer_name) VALUES (new.rowid, new.consumer_name);
      END;

-- table receipt_facts on receipt_facts
CREATE TABLE receipt_facts (
        ledger_seq INTEGER PRIMARY KEY,
        bill_month TEXT NOT NULL
      ) STRICT;

-- table print_jobs on print_jobs
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

-- index sqlite_autoindex_print_jobs_1 on print_jobs, made by SQLite

-- index print_jobs_unprinted on print_jobs
CREATE INDEX print_jobs_unprinted ON print_jobs (id) WHERE status <> 'PRINTED';

-- trigger print_jobs_are_kept on print_jobs
CREATE TRIGGER print_jobs_are_kept BEFORE DELETE ON print_jobs
      BEGIN SELECT RAISE(ABORT, 'print jobs are kept as the record of every copy printed'); END;

-- table outbox_waiting on outbox_waiting
CREATE TABLE outbox_waiting (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL CHECK (count >= 0),
        paise INTEGER NOT NULL CHECK (paise >= 0)
      ) STRICT;

-- trigger outbox_waiting_insert on outbox
CREATE TRIGGER outbox_waiting_insert AFTER INSERT ON outbox WHEN (new.state = 'PENDING' OR (new.state = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = new.entry_id))) BEGIN
        UPDATE outbox_waiting SET count = count + 1, paise = paise + new.amount_paise WHERE id = 1;
      END;

-- trigger outbox_waiting_update on outbox
CREATE TRIGGER outbox_waiting_update AFTER UPDATE OF state ON outbox WHEN (old.state = 'PENDING' OR (old.state = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = old.entry_id))) <> (new.state = 'PENDING' OR (new.state = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = new.entry_id))) BEGIN
        UPDATE outbox_waiting SET
          count = count + (CASE WHEN (new.state = 'PENDING' OR (new.state = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = new.entry_id))) THEN 1 ELSE -1 END),
          paise = paise + (CASE WHEN (new.state = 'PENDING' OR (new.state = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = new.entry_id))) THEN new.amount_paise ELSE -old.amount_paise END)
        WHERE id = 1;
      END;

-- table ledger on ledger
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

-- index sqlite_autoindex_ledger_1 on ledger, made by SQLite

-- index sqlite_autoindex_ledger_2 on ledger, made by SQLite

-- index sqlite_autoindex_ledger_3 on ledger, made by SQLite

-- index sqlite_autoindex_ledger_4 on ledger, made by SQLite

-- index ledger_by_bill on ledger
CREATE INDEX ledger_by_bill ON ledger (bill_number, kind);

-- index ledger_by_consumer on ledger
CREATE INDEX ledger_by_consumer ON ledger (consumer_no, recorded_at);

-- index ledger_by_shift on ledger
CREATE INDEX ledger_by_shift ON ledger (shift_id, kind);

-- trigger ledger_is_append_only_delete on ledger
CREATE TRIGGER ledger_is_append_only_delete BEFORE DELETE ON ledger BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;

-- trigger ledger_is_append_only_update on ledger
CREATE TRIGGER ledger_is_append_only_update BEFORE UPDATE ON ledger BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;

-- trigger outbox_waiting_void on ledger
CREATE TRIGGER outbox_waiting_void AFTER INSERT ON ledger WHEN new.kind = 'VOID' BEGIN
        UPDATE outbox_waiting SET count = count - 1, paise = paise - (SELECT amount_paise FROM outbox WHERE entry_id = new.voids_entry_id)
        WHERE id = 1 AND EXISTS (SELECT 1 FROM outbox WHERE entry_id = new.voids_entry_id AND state = 'WAITING');
      END;
