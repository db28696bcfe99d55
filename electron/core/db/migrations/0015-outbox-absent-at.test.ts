import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eachLedgerMigratedThrough } from '../../testing/ledgerAtVersion';
import { outboxAbsentAt } from './0015-outbox-absent-at';

describe('migration: payments the gateway said it never got', () => {
  const ledger = eachLedgerMigratedThrough(outboxAbsentAt);

  it('leaves every outbox row as it was, none of them marked absent', () => {
    const db = ledger();
    assert.deepEqual(db.prepare('SELECT DISTINCT absent_at FROM outbox').pluck().all(), [null]);
    assert.equal(db.prepare('SELECT count(*) FROM outbox').pluck().get(), 4);
  });
});
