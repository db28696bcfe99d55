import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AT, appendRows, migrateKeepingTheLedger, openLedgerAt, payment, seedPeopleAndShift } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';

const bill = (consumerNo: string, name: string) => `('${consumerNo}', '${name}', 'Bhopal', 'B-${consumerNo}', '2026-11', '2026-11-01', '2026-11-20', 81000, 82500, 0)`;

describe('migration 2: upload outbox, bill fetches, wallet mirror, bill search', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  const byName = (text: string) =>
    db.prepare('SELECT bills.consumer_no FROM bills_by_name JOIN bills ON bills.rowid = bills_by_name.rowid WHERE bills_by_name MATCH ? ORDER BY 1').pluck().all(`"${text}"`);
  beforeEach(() => {
    folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, 1);
    seedPeopleAndShift(before);
    before.exec(`INSERT INTO bills VALUES ${bill('N333000001', 'अनीता शर्मा / Anita Sharma')}, ${bill('N333000002', 'Mohan Lal')}`);
    appendRows(before, [payment(1, 81_000), payment(2, 82_500)]);
    before.close();
    db = migrateKeepingTheLedger(file, 2);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  it('keeps the bills, with no mobile, and finds them by a part of the name, in Hindi or English', () => {
    assert.deepEqual(db.prepare('SELECT consumer_no, mobile, amount_by_due_paise FROM bills ORDER BY 1').all(), [
      { consumer_no: 'N333000001', mobile: '', amount_by_due_paise: 81_000 },
      { consumer_no: 'N333000002', mobile: '', amount_by_due_paise: 81_000 },
    ]);
    assert.deepEqual(byName('शर्मा'), ['N333000001']);
    assert.deepEqual(byName('han L'), ['N333000002']);
  });

  it('keeps the name index up to date as bills come and change, and finds a bill by mobile', () => {
    db.exec(`INSERT INTO bills (consumer_no, consumer_name, address, bill_number, bill_month, bill_date, due_date, amount_by_due_paise,
      amount_after_due_paise, arrears_paise) VALUES ${bill('N333000003', 'Sunita Verma')}`);
    db.prepare("UPDATE bills SET mobile = '9876543210' WHERE consumer_no = 'N333000003'").run();
    db.prepare("UPDATE bills SET consumer_name = 'Mohan Prasad' WHERE consumer_no = 'N333000002'").run();
    assert.deepEqual(byName('Verma'), ['N333000003']);
    assert.deepEqual(byName('Lal'), []);
    assert.deepEqual(byName('Prasad'), ['N333000002']);
    assert.deepEqual(db.prepare("SELECT consumer_no FROM bills WHERE mobile = '9876543210'").pluck().all(), ['N333000003']);
  });

  it('queues an upload as WAITING with no attempts, and keeps a single wallet mirror row', () => {
    db.prepare('INSERT INTO outbox (entry_id, amount_paise, next_attempt_at, updated_at) VALUES (?, ?, ?, ?)').run('pay-1', 81_000, AT, AT);
    assert.deepEqual(db.prepare('SELECT state, attempts FROM outbox').get(), { state: 'WAITING', attempts: 0 });
    const mirror = db.prepare('INSERT INTO wallet_mirror VALUES (?, 500000, 100000, 0, 0, ?)');
    mirror.run(1, AT);
    assert.throws(() => mirror.run(2, AT), /CHECK constraint/);
  });
});
