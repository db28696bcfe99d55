import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createPaymentQueries } from '../../ledger/paymentQueries';
import { enqueuePayment } from '../../sync/outbox';
import { appendRows, migrateKeepingTheLedger, openLedgerAt, payment, seedBacklog, voidOf } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';
import { fewerPagesAPayment } from './0011-fewer-pages-a-payment';

describe('migration: fewer pages written for each payment', () => {
  const step = fewerPagesAPayment.version;
  let folder: ReturnType<typeof tempDataDir>;
  let before: { outbox: unknown[]; backlog: unknown };
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    const old = openLedgerAt(file, step - 1);
    seedBacklog(old);
    before = { outbox: old.prepare('SELECT * FROM outbox ORDER BY entry_id').all(), backlog: old.prepare('SELECT * FROM outbox_waiting').get() };
    old.close();
    db = migrateKeepingTheLedger(file, step);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('; ');

  it('keeps every outbox row and the upload backlog as they were, in an outbox keyed on the payment id alone', () => {
    assert.deepEqual(db.prepare('SELECT * FROM outbox ORDER BY entry_id').all(), before.outbox);
    assert.deepEqual(db.prepare('SELECT * FROM outbox_waiting').get(), before.backlog);
    assert.throws(() => db.prepare('SELECT rowid FROM outbox').get(), /no such column: rowid/);
  });

  it('still counts a new payment into the backlog and a void of it out, through the triggers it kept', () => {
    const backlog = () => db.prepare('SELECT count, paise FROM outbox_waiting').get();
    const start = backlog() as { count: number; paise: number };
    db.transaction(() => appendRows(db, [payment(6, 12_300)]).forEach((row) => enqueuePayment(db, row)))();
    assert.deepEqual(backlog(), { count: start.count + 1, paise: start.paise + 12_300 });
    appendRows(db, [voidOf(7, 6, 12_300, 'Wrong consumer')]);
    assert.deepEqual(backlog(), start);
    assert.throws(() => enqueuePayment(db, { ...payment(8, 100), seq: 8, prev_hash: '', hash: '', entry_id: 'pay-6' }), /UNIQUE constraint failed: outbox.entry_id/);
  });

  it('finds the earlier payments of a bill through the consumer’s index, not by reading the ledger', () => {
    assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ledger_by_bill'").pluck().get(), 0);
    assert.match(
      plan("SELECT receipt_no FROM ledger p WHERE p.kind = 'PAYMENT' AND p.bill_number = 'B2611-000002' AND p.consumer_no = 'N333000002' AND p.training = 0"),
      /USING INDEX ledger_by_consumer/,
    );
    assert.deepEqual(
      createPaymentQueries(db)
        .earlierForBill('N333000002', 'B2611-000002', false)
        .map((earlier) => earlier.receiptNo),
      ['BPL-07-000002'],
    );
  });
});
