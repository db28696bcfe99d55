import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { migrateKeepingTheLedger, openLedgerAt, seedBacklog } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';
import { billMasterLeavesLedger } from './0009-bill-master-leaves-ledger';

describe('migration: the bill master leaves the ledger', () => {
  const step = billMasterLeavesLedger.version;
  let folder: ReturnType<typeof tempDataDir>;
  let file: string;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, step - 1);
    seedBacklog(before);
    before.exec(`
      INSERT INTO bills (consumer_no, consumer_name, address, bill_number, bill_month, bill_date, due_date, amount_by_due_paise, amount_after_due_paise, arrears_paise, mobile)
        VALUES ('N333000001', 'अनीता शर्मा / Anita Sharma', 'Bhopal', 'B2611-000001', '2026-11', '2026-11-01', '2026-11-20', 10000, 10500, 0, '9876543210');
      INSERT INTO settings (key, value) VALUES ('bill_master_cursor', '42'), ('bill_master_synced_at', '2026-11-24T06:00:00.000Z'), ('agent_id', 'AGT-0001');`);
    before.close();
  });
  afterEach(() => {
    db?.close();
    folder.remove();
  });

  it('drops the bills, their name index and their triggers, and forgets the pull cursor, so the next sync refills the new file', () => {
    db = migrateKeepingTheLedger(file, step);
    const billObjects = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'bills%'").pluck().all();
    assert.deepEqual(billObjects, []);
    assert.deepEqual(db.prepare('SELECT key FROM settings ORDER BY key').pluck().all(), ['agent_id']);
  });

  it('leaves the ledger rows, their hash chain (checked by migrateKeepingTheLedger) and the upload outbox as they were', () => {
    const before = openLedgerAt(file, step - 1);
    const outbox = before.prepare('SELECT * FROM outbox ORDER BY entry_id').all();
    before.close();
    db = migrateKeepingTheLedger(file, step);
    assert.deepEqual(db.prepare('SELECT * FROM outbox ORDER BY entry_id').all(), outbox);
  });
});
