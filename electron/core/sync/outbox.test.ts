import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createServices, type Services } from '../createServices';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { walletStatus } from '../wallet/wallet';
import { tempDataDir } from '../testing/tempDataDir';
import { backoffDelayMs, duePayments, outboxCounts, uploadStatus } from './outbox';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');

describe('outbox', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => NOON_IN_BHOPAL });
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const pay = (overrides = {}) =>
    services.recordPayment(
      { clientTxnId: randomUUID(), consumerNo: 'N3330008565', billNumber: 'B2611-000451', amountPaise: 124_550, tenderedPaise: 124_550, ...overrides },
      openCounter(services),
    );

  it('queues every recorded payment for upload in the same transaction, once, and nothing for a refused one', () => {
    const payment = pay();
    pay({ clientTxnId: payment.clientTxnId });
    assert.throws(() => pay({ amountPaise: 1 }));
    assert.deepEqual(services.db.prepare('SELECT entry_id, state, amount_paise FROM outbox').all(), [
      { entry_id: payment.clientTxnId, state: 'WAITING', amount_paise: 124_550 },
    ]);
    assert.equal(uploadStatus(services.db, payment.clientTxnId)?.approvalRefNumber, null);
  });

  it('never uploads a training payment, nor one voided before upload; neither waits against the wallet', () => {
    const counter = openCounter(services);
    services.recordPayment(
      { clientTxnId: randomUUID(), consumerNo: '1234567890', billNumber: 'B2611-000453', amountPaise: 41_000, tenderedPaise: 41_000 },
      { ...counter, training: true },
    );
    const voided = pay();
    const supervisor = { userId: PEOPLE.supervisor.userId, name: PEOPLE.supervisor.name, role: PEOPLE.supervisor.role, language: 'en' as const };
    services.voidPayment({ receiptNo: voided.receiptNo, reason: 'Wrong consumer' }, counter.user, supervisor);
    assert.deepEqual(services.db.prepare('SELECT entry_id FROM outbox').pluck().all(), [voided.clientTxnId]);
    assert.deepEqual(duePayments(services.db, NOON_IN_BHOPAL, 10), []);
    assert.equal(outboxCounts(services.db).waiting, 0);
    assert.equal(walletStatus(services.db, NOON_IN_BHOPAL).waitingPaise, 0);
  });

  it('rolls the ledger row back when the outbox row cannot be written', () => {
    services.db.exec("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    assert.throws(() => pay(), /disk full/);
    assert.equal(services.db.prepare('SELECT count(*) FROM ledger').pluck().get(), 0);
  });

  it('backs off exponentially with jitter, up to a ceiling', () => {
    const at = (attempts: number, random: number) => backoffDelayMs(attempts, { baseMs: 1_000, maxMs: 60_000, random: () => random });
    assert.deepEqual([1, 2, 3, 4].map((n) => at(n, 1)), [1_000, 2_000, 4_000, 8_000]);
    assert.equal(at(3, 0), 2_000);
    assert.equal(at(50, 1), 60_000);
  });
});
