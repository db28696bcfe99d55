import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AT, eachLedgerMigratedThrough } from '../../testing/ledgerAtVersion';
import { complaints } from './0012-complaints';

describe('migration: complaints at the counter', () => {
  const ledger = eachLedgerMigratedThrough(complaints);

  const insert = (db: ReturnType<typeof ledger>, id: string, text: string) =>
    db
      .prepare(
        `INSERT INTO complaints (complaint_id, local_no, consumer_no, kind, text, check_code, recorded_by, shift_id, training, recorded_at)
         VALUES (?, ?, 'N333000001', 'METER', ?, 'ABCDE23456', 'ravi.k', 'shift-1', 0, ?)`,
      )
      .run(id, `BPL-07-C${id}`, text, AT);

  it('keeps the ledger and its chain, and starts with no complaint', () => {
    const db = ledger();
    assert.equal(db.prepare('SELECT count(*) FROM complaints').pluck().get(), 0);
  });

  it('never takes an empty complaint, and never lets one be changed or deleted', () => {
    const db = ledger();
    assert.throws(() => insert(db, '1', '   '), /CHECK constraint/);
    insert(db, '2', 'The meter runs backwards');
    assert.throws(() => db.prepare("UPDATE complaints SET text = 'x'").run(), /never changed/);
    assert.throws(() => db.prepare('DELETE FROM complaints').run(), /never deleted/);
    assert.equal(db.prepare('SELECT text FROM complaints').pluck().get(), 'The meter runs backwards');
  });
});
