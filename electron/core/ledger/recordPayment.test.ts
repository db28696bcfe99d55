import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RokadError } from '../../../shared/errors';
import { createServices, type Services } from '../createServices';
import { tempDataDir } from '../testing/tempDataDir';
import { verifyChain } from './verifyChain';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');

function rowCount(services: Services): number {
  return (services.db.prepare('SELECT count(*) AS n FROM ledger').get() as { n: number }).n;
}

function rejectsWith(code: string) {
  return (error: unknown) => error instanceof RokadError && error.code === code && /Nothing was recorded/.test(error.message);
}

describe('recordPayment', () => {
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

  const exactCash = (overrides = {}) => ({
    clientTxnId: randomUUID(),
    consumerNo: 'N3330008565',
    billNumber: 'B2611-000451',
    amountPaise: 124_550,
    tenderedPaise: 124_550,
    ...overrides,
  });

  it('records a payment with the change, the India-time instant and the first receipt number of the cabin', () => {
    const recorded = services.recordPayment(exactCash({ tenderedPaise: 130_000 }));
    assert.equal(recorded.receiptNo, 'BPL-07-000001');
    assert.equal(recorded.changePaise, 5_450);
    assert.equal(recorded.recordedAt, '2026-11-24T06:30:00.000Z');
    assert.equal(recorded.replayed, false);
    assert.match(recorded.consumerName, /Ramesh Kumar Sharma/);
  });

  it('numbers receipts one after another without gaps', () => {
    const numbers = [1, 2, 3].map(() => services.recordPayment(exactCash()).receiptNo);
    assert.deepEqual(numbers, ['BPL-07-000001', 'BPL-07-000002', 'BPL-07-000003']);
  });

  it('returns the first result for the same id and writes nothing more', () => {
    const request = exactCash();
    const first = services.recordPayment(request);
    const again = services.recordPayment(request);
    assert.deepEqual({ ...again, replayed: false }, first);
    assert.equal(again.replayed, true);
    assert.equal(rowCount(services), 1);
  });

  it('refuses the same id with different details', () => {
    const request = exactCash();
    services.recordPayment(request);
    assert.throws(() => services.recordPayment({ ...request, tenderedPaise: 200_000 }), rejectsWith('IDEMPOTENCY_MISMATCH'));
    assert.equal(rowCount(services), 1);
  });

  it('refuses, writing nothing: an unknown consumer, a changed bill, a wrong amount, too little cash', () => {
    assert.throws(() => services.recordPayment(exactCash({ consumerNo: 'N9999999999' })), rejectsWith('NO_BILL'));
    assert.throws(() => services.recordPayment(exactCash({ billNumber: 'B-OLD' })), rejectsWith('BILL_CHANGED'));
    assert.throws(() => services.recordPayment(exactCash({ amountPaise: 100_000, tenderedPaise: 100_000 })), rejectsWith('AMOUNT_RULE'));
    assert.throws(() => services.recordPayment(exactCash({ tenderedPaise: 124_549 })), rejectsWith('CASH_SHORT'));
    assert.equal(rowCount(services), 0);
    assert.equal(services.db.prepare('SELECT count(*) AS n FROM receipt_counters').pluck().get(), 0);
  });

  it('collects the after-due amount once the due date has passed', () => {
    const recorded = services.recordPayment(
      exactCash({ consumerNo: 'N3330012277', billNumber: 'B2611-000452', amountPaise: 87_290, tenderedPaise: 90_000 }),
    );
    assert.equal(recorded.amountPaise, 87_290);
  });

  it('chains every row to the one before, and the chain verifies', () => {
    for (let i = 0; i < 5; i += 1) services.recordPayment(exactCash());
    const report = verifyChain(services.db);
    assert.equal(report.ok, true);
    assert.equal(report.rows, 5);
  });

  it('keeps ledger rows append-only: updates and deletes are refused by the database', () => {
    services.recordPayment(exactCash());
    assert.throws(() => services.db.prepare('UPDATE ledger SET amount_paise = 1').run(), /append-only/);
    assert.throws(() => services.db.prepare('DELETE FROM ledger').run(), /append-only/);
    assert.equal(rowCount(services), 1);
  });

  it('keeps the cabin code the folder was first opened with', () => {
    services.close();
    services = createServices({ dataDir: folder.dir, cabinCode: 'OTHER-1', demoBills: true, now: () => NOON_IN_BHOPAL });
    assert.equal(services.cabinCode, 'BPL-07');
  });
});
