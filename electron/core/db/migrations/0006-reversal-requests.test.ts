import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enqueueReversal, reversalOf, sweepReversals } from '../../sync/reversals';
import { appendRows, AT, eachLedgerMigratedThrough, voidOf } from '../../testing/ledgerAtVersion';
import { reversalRequests } from './0006-reversal-requests';

describe('migration: reversal requests for payments voided after upload', () => {
  const ledger = eachLedgerMigratedThrough(reversalRequests);

  it('keeps the ledger and its chain, and starts with no request', () => {
    const db = ledger();
    assert.equal(db.prepare('SELECT count(*) FROM reversal_requests').pluck().get(), 0);
  });

  it('queues a request for the void of an accepted or a PENDING payment, once; never for one the gateway never had', () => {
    const db = ledger();
    const [voidOfAccepted, voidOfPending] = appendRows(db, [voidOf(6, 3, 30_000, 'Paid twice'), voidOf(7, 2, 20_000, 'Wrong bill')]);
    assert.equal(enqueueReversal(db, voidOfAccepted!.entry_id, AT), true);
    assert.equal(enqueueReversal(db, voidOfAccepted!.entry_id, AT), false, 'the same void asks once');
    assert.equal(sweepReversals(db, AT), 1, 'the PENDING one, whose request the sweep finds missing');
    assert.equal(sweepReversals(db, AT), 0);
    assert.equal(enqueueReversal(db, 'void-1', AT), false, 'pay-1 was voided before its upload: nothing to reverse');
    assert.deepEqual(db.prepare('SELECT client_txn_id, void_entry_id, reason, requested_by, state FROM reversal_requests ORDER BY client_txn_id').all(), [
      { client_txn_id: 'pay-2', void_entry_id: voidOfPending!.entry_id, reason: 'Wrong bill', requested_by: 'meena.s', state: 'WAITING' },
      { client_txn_id: 'pay-3', void_entry_id: voidOfAccepted!.entry_id, reason: 'Paid twice', requested_by: 'meena.s', state: 'WAITING' },
    ]);
    assert.deepEqual(reversalOf(db, 'pay-3'), { state: 'WAITING', caseId: null, walletCreditPaise: 0, note: null, decidedAt: null });
  });
});
