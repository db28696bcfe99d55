import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { verifyChain } from '../../ledger/verifyChain';
import { AT, appendRows, openLedgerAt, payment, seedPeopleAndShift, voidOf } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';

describe('migration 1: the first ledger', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    db = openLedgerAt(join(folder.dir, 'ledger.sqlite'), 1);
    seedPeopleAndShift(db);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  it('takes a new file to version 1, where payments and voids chain', () => {
    assert.equal(db.pragma('user_version', { simple: true }), 1);
    const rows = appendRows(db, [payment(1, 10_000), payment(2, 25_050), voidOf(3, 1, 10_000, 'Wrong consumer')]);
    assert.deepEqual(verifyChain(db), { ok: true, rows: 3, headHash: rows.at(-1)!.hash });
  });

  it('keeps money rows for ever: the ledger, audit, cash moves, shifts and closed shifts refuse UPDATE and DELETE', () => {
    appendRows(db, [payment(1, 10_000)]);
    db.exec(`
      INSERT INTO audit_log (at, user_id, action, detail) VALUES ('${AT}', 'ravi.k', 'SIGN_IN', '{}');
      INSERT INTO cash_moves VALUES ('move-1', 'shift-1', 'OUT', 50000, 'Cash bag to the bank', 'ravi.k', '${AT}');
      INSERT INTO shift_closes (shift_id, closed_at, closed_by, counted_paise, counted, expected_paise, difference_paise)
        VALUES ('shift-1', '${AT}', 'ravi.k', 60000, '{}', 60000, 0);`);
    const kept = { ledger: /append-only/, audit_log: /append-only/, cash_moves: /append-only/, shifts: /append-only/, shift_closes: /stays closed/ };
    for (const [table, message] of Object.entries(kept)) {
      assert.throws(() => db.prepare(`UPDATE ${table} SET rowid = rowid`).run(), message, table);
      assert.throws(() => db.prepare(`DELETE FROM ${table}`).run(), message, table);
    }
  });

  it('refuses a void without an approver and a payment whose change does not add up', () => {
    appendRows(db, [payment(1, 10_000)]);
    assert.throws(() => appendRows(db, [{ ...voidOf(2, 1, 10_000, 'Wrong consumer'), approved_by: null }]), /CHECK constraint/);
    assert.throws(() => appendRows(db, [{ ...payment(2, 10_000), change_paise: 40 }]), /CHECK constraint/);
  });
});
