import type { Migration } from '../../shared/node/sqlite/migrate';

/**
 * The reference gateway's own schema, oldest first. Wallet entries are append-only; the wallet
 * balance is a cached sum that every payment updates in the same transaction as its entries.
 */
export const gatewayMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'agents, wallets, bills, payments',
    up: (db) => {
      db.exec(`
      CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;

      CREATE TABLE agents (
        agent_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        balance_paise INTEGER NOT NULL,
        low_balance_threshold_paise INTEGER NOT NULL CHECK (low_balance_threshold_paise >= 0)
      ) STRICT;

      CREATE TABLE registration_codes (
        code TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (agent_id),
        used_at TEXT
      ) STRICT;

      CREATE TABLE devices (
        token_hash TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (agent_id),
        cabin_code TEXT NOT NULL,
        device_name TEXT NOT NULL,
        registered_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE bills (
        consumer_no TEXT PRIMARY KEY,
        consumer_name TEXT NOT NULL,
        address TEXT NOT NULL,
        mobile TEXT NOT NULL,
        bill_number TEXT NOT NULL UNIQUE,
        bill_month TEXT NOT NULL,
        bill_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        amount_by_due_paise INTEGER NOT NULL CHECK (amount_by_due_paise >= 0),
        amount_after_due_paise INTEGER NOT NULL CHECK (amount_after_due_paise >= 0),
        arrears_paise INTEGER NOT NULL CHECK (arrears_paise >= 0),
        paid_by_txn TEXT,
        version INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX bills_by_version ON bills (version);

      CREATE TABLE payments (
        client_txn_id TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (agent_id),
        body_hash TEXT NOT NULL,
        receipt_no TEXT NOT NULL,
        consumer_no TEXT NOT NULL,
        bill_number TEXT NOT NULL,
        amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
        commission_paise INTEGER NOT NULL CHECK (commission_paise >= 0),
        balance_after_paise INTEGER NOT NULL,
        txn_ref_id TEXT NOT NULL UNIQUE,
        approval_ref_number TEXT NOT NULL UNIQUE,
        collected_at TEXT NOT NULL,
        collected_on TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        pending_polls_left INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX payments_by_consumer_day ON payments (consumer_no, collected_on);

      CREATE TABLE wallet_entries (
        seq INTEGER PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents (agent_id),
        kind TEXT NOT NULL CHECK (kind IN ('TOPUP', 'DEBIT', 'COMMISSION', 'REVERSAL')),
        amount_paise INTEGER NOT NULL,
        closing_balance_paise INTEGER NOT NULL,
        client_txn_id TEXT,
        note TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX wallet_entries_by_agent ON wallet_entries (agent_id, seq);

      CREATE TABLE reversal_cases (
        case_id TEXT PRIMARY KEY,
        client_txn_id TEXT NOT NULL REFERENCES payments (client_txn_id),
        agent_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        opened_at TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER wallet_entries_append_only_update BEFORE UPDATE ON wallet_entries
      BEGIN SELECT RAISE(ABORT, 'wallet entries are append-only'); END;
      CREATE TRIGGER wallet_entries_append_only_delete BEFORE DELETE ON wallet_entries
      BEGIN SELECT RAISE(ABORT, 'wallet entries are append-only'); END;
    `);
    },
  },
  {
    version: 2,
    name: 'devices get an id and a last sync; payments their device and receipt sequence',
    up: (db) => {
      db.exec(`
      ALTER TABLE devices ADD COLUMN device_id TEXT;
      ALTER TABLE devices ADD COLUMN last_sync_at TEXT;
      ALTER TABLE payments ADD COLUMN device_id TEXT;
      ALTER TABLE payments ADD COLUMN receipt_seq INTEGER;
    `);
      const takeNumber = db.prepare("INSERT INTO counters (name, value) VALUES ('device', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value").pluck();
      const setDeviceId = db.prepare('UPDATE devices SET device_id = ? WHERE token_hash = ?');
      for (const token of db.prepare('SELECT token_hash FROM devices ORDER BY registered_at, token_hash').pluck().all() as string[]) {
        setDeviceId.run(`DEV-${String(takeNumber.get()).padStart(6, '0')}`, token);
      }
      db.exec('CREATE UNIQUE INDEX devices_by_id ON devices (device_id)');

      // A payment from before this step came from the device of its agent that was registered last
      // for the cabin its receipt number names, before the payment was accepted: a cabin
      // registered again continues its receipts on the new token.
      const devices = db.prepare('SELECT device_id, agent_id, cabin_code, registered_at FROM devices ORDER BY registered_at DESC').all() as Array<{
        device_id: string;
        agent_id: string;
        cabin_code: string;
        registered_at: string;
      }>;
      const setDevice = db.prepare('UPDATE payments SET device_id = ?, receipt_seq = ? WHERE client_txn_id = ?');
      const payments = db.prepare('SELECT client_txn_id, agent_id, receipt_no, accepted_at FROM payments').all() as Array<{
        client_txn_id: string;
        agent_id: string;
        receipt_no: string;
        accepted_at: string;
      }>;
      for (const payment of payments) {
        const sequence = /^(.+)-(\d{1,15})$/.exec(payment.receipt_no);
        const device = devices.find((d) => d.agent_id === payment.agent_id && d.cabin_code === sequence?.[1] && d.registered_at <= payment.accepted_at);
        if (device && sequence) setDevice.run(device.device_id, Number(sequence[2]), payment.client_txn_id);
      }
      db.exec('CREATE INDEX payments_by_device_receipt ON payments (device_id, receipt_seq)');
    },
  },
  {
    version: 3,
    name: 'reversal cases are decided (accepted: the wallet credited back, the bill due again; or refused); payments keep the cabin’s change rounding',
    up: (db) => {
      db.exec(`
      ALTER TABLE reversal_cases ADD COLUMN status TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACCEPTED', 'REFUSED'));
      ALTER TABLE reversal_cases ADD COLUMN decided_at TEXT;
      ALTER TABLE reversal_cases ADD COLUMN note TEXT;
      ALTER TABLE reversal_cases ADD COLUMN wallet_credit_paise INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX reversal_cases_by_payment ON reversal_cases (client_txn_id, opened_at);
      ALTER TABLE payments ADD COLUMN reversed_at TEXT;
      ALTER TABLE payments ADD COLUMN change_rounding_paise INTEGER NOT NULL DEFAULT 0;
      `);
    },
  },
  {
    version: 4,
    name: 'payments keep the receipt check code, found by receipt number',
    up: (db) => {
      db.exec(`
      ALTER TABLE payments ADD COLUMN receipt_code TEXT;
      CREATE INDEX payments_by_receipt_no ON payments (receipt_no);
    `);
    },
  },
  {
    version: 5,
    name: 'messages to consumers, once per accepted payment, and mobiles that opted out',
    up: (db) => {
      db.exec(`
      ALTER TABLE payments ADD COLUMN consumer_mobile TEXT;

      CREATE TABLE consumer_messages (
        client_txn_id TEXT PRIMARY KEY REFERENCES payments (client_txn_id),
        mobile TEXT NOT NULL,
        text TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        sent_at TEXT,
        notifier TEXT,
        last_error TEXT
      ) STRICT;
      CREATE INDEX consumer_messages_unsent ON consumer_messages (next_attempt_at) WHERE sent_at IS NULL;

      CREATE TABLE message_opt_outs (mobile TEXT PRIMARY KEY, at TEXT NOT NULL) STRICT;
    `);
    },
  },
  {
    version: 6,
    name: 'consumers’ complaints from the cabins, numbered by the company, closed at its desk',
    up: (db) => {
      db.exec(`
      CREATE TABLE complaints (
        complaint_no TEXT PRIMARY KEY,
        client_id TEXT NOT NULL UNIQUE,
        agent_id TEXT NOT NULL REFERENCES agents (agent_id),
        cabin_code TEXT NOT NULL,
        local_no TEXT NOT NULL,
        consumer_no TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        consumer_mobile TEXT,
        check_code TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        received_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        closed_at TEXT,
        close_note TEXT
      ) STRICT;
      CREATE INDEX complaints_by_local_no ON complaints (local_no);
      CREATE INDEX complaints_open ON complaints (received_at) WHERE status = 'OPEN';
    `);
    },
  },
];
