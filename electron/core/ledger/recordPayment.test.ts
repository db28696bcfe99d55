import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RokadError } from '../../../shared/errors';
import { createServices, type Services } from '../createServices';
import { saveBillerRules } from '../rules/billerRulesStore';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import type { Collector } from '../../../shared/ipc/access';
import type { PaymentRequest } from './recordPayment';
import { verifyChain } from './verifyChain';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');

function exactCash(overrides: Partial<PaymentRequest> = {}): PaymentRequest {
  return {
    clientTxnId: randomUUID(),
    consumerNo: 'N3330008565',
    billNumber: 'B2611-000451',
    amountPaise: 124_550,
    tenderedPaise: 124_550,
    confirmRepeat: true,
    ...overrides,
  };
}

function refusedWith(code: string) {
  return (error: unknown) => error instanceof RokadError && error.code === code && /Nothing was recorded\.$/.test(error.message);
}

describe('recordPayment', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let counter: Collector;
  const record = (request: PaymentRequest, by: Collector = counter) => services.recordPayment(request, by);
  const rowCount = () => services.db.prepare('SELECT count(*) FROM ledger').pluck().get() as number;

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => NOON_IN_BHOPAL });
    counter = openCounter(services);
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('records a payment with the change, the instant, the agent, the shift and the first receipt number of the cabin', () => {
    const recorded = record(exactCash({ tenderedPaise: 130_000 }));
    assert.equal(recorded.receiptNo, 'BPL-07-000001');
    assert.equal(recorded.changePaise, 5_450);
    assert.equal(recorded.recordedAt, '2026-11-24T06:30:00.000Z');
    assert.equal(recorded.userId, PEOPLE.agent.userId);
    assert.equal(recorded.shiftId, counter.shiftId);
    assert.equal(recorded.replayed, false);
    assert.match(recorded.consumerName, /Ramesh Kumar Sharma/);
  });

  it('numbers receipts one after another without gaps', () => {
    const numbers = [1, 2, 3].map(() => record(exactCash()).receiptNo);
    assert.deepEqual(numbers, ['BPL-07-000001', 'BPL-07-000002', 'BPL-07-000003']);
  });

  it('returns the first result for the same id and writes nothing more', () => {
    const request = exactCash();
    const first = record(request);
    const again = record(request);
    assert.deepEqual({ ...again, replayed: false }, first);
    assert.equal(again.replayed, true);
    assert.equal(rowCount(), 1);
  });

  it('refuses the same id with different details', () => {
    const request = exactCash();
    record(request);
    assert.throws(() => record({ ...request, tenderedPaise: 200_000 }), refusedWith('IDEMPOTENCY_MISMATCH'));
    assert.equal(rowCount(), 1);
  });

  it('refuses, writing nothing: an unknown consumer, a changed bill, a wrong amount, too little cash, miscounted notes', () => {
    assert.throws(() => record(exactCash({ consumerNo: 'N9999999999' })), refusedWith('NO_BILL'));
    assert.throws(() => record(exactCash({ billNumber: 'B-OLD' })), refusedWith('BILL_CHANGED'));
    assert.throws(() => record(exactCash({ amountPaise: 100_000, tenderedPaise: 100_000 })), refusedWith('AMOUNT_RULE'));
    assert.throws(() => record(exactCash({ tenderedPaise: 124_549 })), refusedWith('CASH_SHORT'));
    assert.throws(() => record(exactCash({ tenderedPaise: 130_000, cashReceived: { N500: 2 } })), refusedWith('CASH_COUNT_MISMATCH'));
    assert.equal(rowCount(), 0);
    assert.equal(services.db.prepare('SELECT count(*) FROM receipt_counters').pluck().get(), 0);
  });

  it('keeps the notes and coins received when the cashier tapped them', () => {
    record(exactCash({ tenderedPaise: 130_000, cashReceived: { N500: 2, N200: 1, N100: 1 } }));
    assert.equal(services.db.prepare('SELECT cash_received FROM ledger').pluck().get(), '{"N500":2,"N200":1,"N100":1}');
  });

  it('collects the after-due amount once the due date has passed', () => {
    const recorded = record(exactCash({ consumerNo: 'N3330012277', billNumber: 'B2611-000452', amountPaise: 87_290, tenderedPaise: 90_000 }));
    assert.equal(recorded.amountPaise, 87_290);
  });

  it('asks before a second payment for the same bill, naming the first receipt', () => {
    record(exactCash());
    assert.throws(
      () => record(exactCash({ confirmRepeat: false })),
      (error: unknown) => refusedWith('REPEAT_PAYMENT')(error) && /receipt BPL-07-000001/.test((error as Error).message),
    );
    assert.equal(record(exactCash({ confirmRepeat: true })).receiptNo, 'BPL-07-000002');
  });

  it('applies the biller rules in force: the per-payment cash limit and the daily limit per consumer', () => {
    saveBillerRules(services.db, { exactness: 'EXACT', minPaise: 100, maxPaise: 200_000, dailyLimitPaise: 200_000 });
    assert.throws(() => record(exactCash({ consumerNo: 'N3330099001', billNumber: 'B2611-000454', amountPaise: 312_075, tenderedPaise: 312_075 })), refusedWith('CASH_LIMIT'));
    record(exactCash());
    assert.throws(() => record(exactCash()), refusedWith('DAILY_LIMIT'));
  });

  it('numbers training payments apart, so real receipt numbers stay gap-free', () => {
    const training = record(exactCash(), { ...counter, training: true });
    const real = record(exactCash());
    assert.equal(training.receiptNo, 'TRN-BPL-07-000001');
    assert.equal(training.training, true);
    assert.equal(real.receiptNo, 'BPL-07-000001');
  });

  it('voids a payment as a new chained row naming it, approved by a supervisor; a second void is refused', () => {
    const paid = record(exactCash());
    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'void');
    services.voidPayment({ receiptNo: paid.receiptNo, reason: 'Wrong consumer number' }, counter.user, supervisor);
    assert.throws(
      () => services.voidPayment({ receiptNo: paid.receiptNo, reason: 'again' }, counter.user, supervisor),
      (error: unknown) => error instanceof RokadError && error.code === 'ALREADY_VOID',
    );
    const rows = services.db.prepare('SELECT kind, receipt_no, voids_entry_id, approved_by FROM ledger ORDER BY seq').all();
    assert.deepEqual(rows, [
      { kind: 'PAYMENT', receipt_no: 'BPL-07-000001', voids_entry_id: null, approved_by: null },
      { kind: 'VOID', receipt_no: null, voids_entry_id: paid.clientTxnId, approved_by: PEOPLE.supervisor.userId },
    ]);
    assert.ok(verifyChain(services.db).ok);
    assert.equal(services.payments.earlierForBill('N3330008565', 'B2611-000451', false).length, 0, 'a voided payment no longer counts');
  });

  it('chains every row to the one before, and the chain verifies', () => {
    for (let i = 0; i < 5; i += 1) record(exactCash());
    const report = verifyChain(services.db);
    assert.equal(report.ok, true);
    assert.equal(report.rows, 5);
  });

  it('keeps ledger rows append-only: updates and deletes are refused by the database', () => {
    record(exactCash());
    assert.throws(() => services.db.prepare('UPDATE ledger SET amount_paise = 1').run(), /append-only/);
    assert.throws(() => services.db.prepare('DELETE FROM ledger').run(), /append-only/);
    assert.equal(rowCount(), 1);
  });

  it('keeps the cabin code the folder was first opened with', () => {
    services.close();
    services = createServices({ dataDir: folder.dir, cabinCode: 'OTHER-1', demoBills: true, now: () => NOON_IN_BHOPAL });
    assert.equal(services.cabinCode, 'BPL-07');
  });
});
