import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eachLedgerMigratedThrough, ledgerRows } from '../../testing/ledgerAtVersion';
import { heldForRecordSpeed } from './0011-held-for-record-speed';

describe('migration: the step held for the record-speed branch', () => {
  const ledger = eachLedgerMigratedThrough(heldForRecordSpeed);

  it('keeps the ledger, its chain and its backlog as they were', () => {
    const db = ledger();
    assert.equal(ledgerRows(db).length, 5);
    assert.equal(db.prepare("SELECT count(*) FROM outbox WHERE state = 'WAITING'").pluck().get(), 2);
  });
});
