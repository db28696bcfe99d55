import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createLedgerAppender, type NewLedgerRow } from '../ledger/appendLedgerRow';
import type { LedgerRow } from '../ledger/ledgerRow';
import { verifyChain } from '../ledger/verifyChain';
import { enqueuePayment } from '../sync/outbox';
import { tempDataDir } from '../testing/tempDataDir';
import { walletStatus } from '../wallet/wallet';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { openLedger } from './openLedger';
import { openDatabase } from '../../../shared/node/sqlite/openDatabase';
import { ledgerMigrations } from './migrations';

const AT = '2026-11-24T06:30:00.000Z';

const payment = (n: number, amountPaise: number): NewLedgerRow => ({
  entry_id: `pay-${n}`,
  kind: 'PAYMENT',
  receipt_no: `BPL-07-${String(n).padStart(6, '0')}`,
  cabin_code: 'BPL-07',
  shift_id: 'shift-1',
  user_id: 'ravi.k',
  training: 0,
  consumer_no: `N33300000${n}`,
  consumer_name: 'अनीता शर्मा / Anita Sharma',
  bill_number: `B2611-00000${n}`,
  amount_paise: amountPaise,
  tendered_paise: amountPaise + 50,
  change_paise: 50,
  cash_received: null,
  voids_entry_id: null,
  reason: null,
  approved_by: null,
  recorded_at: AT,
});

/** A cabin's ledger as the version before the upload total (schema 3) left it: payments, a void, an upload backlog. */
function schema3Ledger(file: string): void {
  const db = openDatabase(file, ledgerMigrations.slice(0, 3));
  db.exec(`
    INSERT INTO users (user_id, name, role, pin_salt, pin_hash, created_at) VALUES
      ('ravi.k', 'Ravi', 'AGENT', 's', 'h', '${AT}'), ('meena.s', 'Meena', 'SUPERVISOR', 's', 'h', '${AT}');
    INSERT INTO shifts VALUES ('shift-1', 'ravi.k', 'BPL-07', '${AT}', 100000, '{}');`);
  const append = createLedgerAppender(db);
  db.transaction(() => {
    const rows = [1, 2, 3, 4].map((n) => append(payment(n, 10_000 * n)));
    rows.forEach((row) => enqueuePayment(db, row));
    append({ ...payment(5, 1), entry_id: 'void-1', kind: 'VOID', receipt_no: null, amount_paise: 10_000, tendered_paise: 0, change_paise: 0, voids_entry_id: 'pay-1', reason: 'Wrong consumer', approved_by: 'meena.s' });
    db.prepare("UPDATE outbox SET state = 'PENDING' WHERE entry_id = 'pay-2'").run();
    db.prepare("UPDATE outbox SET state = 'SUCCESS' WHERE entry_id = 'pay-3'").run();
  })();
  db.close();
}

describe('migrations of an existing ledger', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    schema3Ledger(join(folder.dir, 'ledger.sqlite'));
  });
  afterEach(() => {
    db?.close();
    folder.remove();
  });

  it('starts the kept upload total from the backlog already waiting', () => {
    db = openLedger(join(folder.dir, 'ledger.sqlite'));
    const wallet = walletStatus(db, new Date(AT));
    assert.deepEqual([wallet.waitingCount, wallet.waitingPaise], [2, 20_000 + 40_000], 'the PENDING one and the WAITING one; not the voided nor the accepted');
  });

  it('keeps every ledger row as it was, and the chain verifies', () => {
    const before = openDatabase(join(folder.dir, 'ledger.sqlite'), ledgerMigrations.slice(0, 3));
    const rows = before.prepare('SELECT * FROM ledger ORDER BY seq').all() as LedgerRow[];
    before.close();
    db = openLedger(join(folder.dir, 'ledger.sqlite'));
    assert.deepEqual(db.prepare('SELECT * FROM ledger ORDER BY seq').all(), rows);
    assert.deepEqual(verifyChain(db), { ok: true, rows: 5, headHash: rows.at(-1)!.hash });
  });

  it('rebuilds the ledger for refunds with the same indexes and triggers: rows stay append-only, a void still leaves the upload total', () => {
    const dependents = (of: Db) => of.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'ledger' AND type <> 'table' ORDER BY name").all();
    const before = openDatabase(join(folder.dir, 'ledger.sqlite'), ledgerMigrations.slice(0, 4));
    const expected = dependents(before);
    before.close();
    db = openLedger(join(folder.dir, 'ledger.sqlite'));
    assert.deepEqual(dependents(db), expected);
    assert.throws(() => db.prepare("UPDATE ledger SET amount_paise = 1 WHERE seq = 1").run(), /append-only/);
    assert.throws(() => db.prepare('DELETE FROM ledger WHERE seq = 5').run(), /append-only/);

    const append = createLedgerAppender(db);
    db.transaction(() => {
      append({ ...payment(6, 1), entry_id: 'void-4', kind: 'VOID', receipt_no: null, amount_paise: 40_000, tendered_paise: 0, change_paise: 0, voids_entry_id: 'pay-4', reason: 'Wrong bill', approved_by: 'meena.s' });
      append({ ...payment(7, 1), entry_id: 'refund-3', kind: 'REFUND', receipt_no: 'RFD-BPL-07-000001', amount_paise: 30_000, tendered_paise: 0, change_paise: 0, voids_entry_id: 'pay-3', reason: 'Refused by the gateway', approved_by: 'meena.s' });
    })();
    assert.equal(walletStatus(db, new Date(AT)).waitingPaise, 20_000);
    assert.throws(() => db.transaction(() => append({ ...payment(8, 1), kind: 'REFUND', voids_entry_id: 'pay-2', reason: 'no approver' }))(), /CHECK constraint/);
    assert.equal(verifyChain(db).ok, true);
  });
});
