import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createServices, type Services } from '../createServices';
import { followUpPayments } from '../ledger/followUpPayments';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { walletStatus } from '../wallet/wallet';
import { tempDataDir } from '../testing/tempDataDir';
import { backoffDelayMs, duePayments, markAccepted, markPending, markRefused, markWaitingAgain, outboxCounts, uploadStatus } from './outbox';

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

  it('queues every recorded payment for upload once, at its follow-up, and nothing for a refused one; it waits from the moment it is recorded', () => {
    const payment = pay();
    assert.deepEqual(services.db.prepare('SELECT entry_id FROM outbox').all(), []);
    assert.deepEqual([uploadStatus(services.db, payment.clientTxnId)?.state, outboxCounts(services.db).waiting], ['WAITING', 1]);
    assert.equal(walletStatus(services.db, NOON_IN_BHOPAL).waitingPaise, 124_550);
    assert.equal(followUpPayments(services.db), 1);
    pay({ clientTxnId: payment.clientTxnId });
    assert.throws(() => pay({ amountPaise: 1 }));
    assert.equal(followUpPayments(services.db), 0);
    assert.deepEqual(services.db.prepare('SELECT entry_id, state, amount_paise FROM outbox').all(), [{ entry_id: payment.clientTxnId, state: 'WAITING', amount_paise: 124_550 }]);
    assert.deepEqual([uploadStatus(services.db, payment.clientTxnId)?.state, outboxCounts(services.db).waiting], ['WAITING', 1]);
    assert.equal(walletStatus(services.db, NOON_IN_BHOPAL).waitingPaise, 124_550);
    assert.equal(uploadStatus(services.db, payment.clientTxnId)?.approvalRefNumber, null);
  });

  it('never uploads a training payment, nor one voided before upload; neither waits against the wallet, before its follow-up or after', () => {
    const counter = openCounter(services);
    const training = services.recordPayment(
      { clientTxnId: randomUUID(), consumerNo: '1234567890', billNumber: 'B2611-000453', amountPaise: 41_000, tenderedPaise: 41_000 },
      { ...counter, training: true },
    );
    const voided = pay();
    const supervisor = { userId: PEOPLE.supervisor.userId, name: PEOPLE.supervisor.name, role: PEOPLE.supervisor.role, language: 'en' as const };
    services.voidPayment({ receiptNo: voided.receiptNo, reason: 'Wrong consumer' }, counter.user, supervisor);
    const waiting = () => [outboxCounts(services.db).waiting, walletStatus(services.db, NOON_IN_BHOPAL).waitingPaise, uploadStatus(services.db, training.clientTxnId)];
    assert.deepEqual(waiting(), [0, 0, undefined]);
    followUpPayments(services.db);
    assert.deepEqual(services.db.prepare('SELECT entry_id FROM outbox').pluck().all(), [voided.clientTxnId]);
    assert.deepEqual(duePayments(services.db, NOON_IN_BHOPAL, 10), []);
    assert.deepEqual(waiting(), [0, 0, undefined]);
  });

  it("keeps the wallet's waiting total equal to a recount of the ledger and the outbox through its follow-up, every change of state and every void", () => {
    const counter = openCounter(services);
    const supervisor = { userId: PEOPLE.supervisor.userId, name: PEOPLE.supervisor.name, role: PEOPLE.supervisor.role, language: 'en' as const };
    // Every real payment not voided that the gateway holds as PENDING, or has not seen (its outbox row WAITING, or none yet).
    const recount = () =>
      services.db
        .prepare(
          `SELECT count(*) AS count, coalesce(sum(l.amount_paise), 0) AS paise FROM ledger l LEFT JOIN outbox o USING (entry_id)
           WHERE l.kind = 'PAYMENT' AND l.training = 0
             AND (o.state = 'PENDING' OR (coalesce(o.state, 'WAITING') = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger v WHERE v.kind = 'VOID' AND v.voids_entry_id = l.entry_id)))`,
        )
        .get();
    const kept = () => {
      const wallet = walletStatus(services.db, NOON_IN_BHOPAL);
      return { count: wallet.waitingCount, paise: wallet.waitingPaise };
    };
    const payments = [0, 1, 2, 3, 4, 5].map(() => pay({ confirmRepeat: true }));
    const [, pending, voidedPending, accepted, refused, backToWaiting] = payments.map((p) => p.clientTxnId);
    const steps: Array<() => void> = [
      () => services.voidPayment({ receiptNo: payments[0]!.receiptNo, reason: 'Wrong consumer' }, counter.user, supervisor),
      () => followUpPayments(services.db),
      () => [pending, voidedPending, backToWaiting].forEach((id) => markPending(services.db, id!, 0, NOON_IN_BHOPAL)),
      () => services.voidPayment({ receiptNo: payments[2]!.receiptNo, reason: 'Consumer asked' }, counter.user, supervisor),
      () => markAccepted(services.db, accepted!, { txnRefId: 'T1', approvalRefNumber: 'A1', walletDebit: 124_550, commission: 500 }, NOON_IN_BHOPAL),
      () => markAccepted(services.db, pending!, { txnRefId: 'T2', approvalRefNumber: 'A2', walletDebit: 124_550, commission: 500 }, NOON_IN_BHOPAL),
      () => markRefused(services.db, refused!, { code: 'BILL_ALREADY_PAID', message: 'paid' }, NOON_IN_BHOPAL),
      () => markWaitingAgain(services.db, backToWaiting!, NOON_IN_BHOPAL),
    ];
    assert.deepEqual(kept(), recount());
    for (const step of steps) {
      step();
      assert.deepEqual(kept(), recount());
    }
    assert.deepEqual(kept(), { count: 2, paise: 2 * 124_550 }, 'the PENDING payment voided after upload still waits, and so does the one sent again');
  });

  it('keeps the payment recorded and waiting when its follow-up cannot be written, and writes it at the next one', () => {
    const payment = pay();
    services.db.exec("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    assert.throws(() => followUpPayments(services.db), /disk full/);
    assert.deepEqual([services.db.prepare('SELECT count(*) FROM print_jobs').pluck().get(), uploadStatus(services.db, payment.clientTxnId)?.state], [0, 'WAITING']);
    services.db.exec('DROP TRIGGER refuse_outbox');
    assert.equal(followUpPayments(services.db), 1);
    assert.deepEqual(services.db.prepare('SELECT state FROM outbox').pluck().all(), ['WAITING']);
  });

  it('backs off exponentially with jitter, up to a ceiling', () => {
    const at = (attempts: number, random: number) => backoffDelayMs(attempts, { baseMs: 1_000, maxMs: 60_000, random: () => random });
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => at(n, 1)),
      [1_000, 2_000, 4_000, 8_000],
    );
    assert.equal(at(3, 0), 2_000);
    assert.equal(at(50, 1), 60_000);
  });
});
