import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { defaultBillerRules } from '../../../shared/amountRules';
import { RokadError } from '../../../shared/errors';
import { createServices, type Services } from '../createServices';
import { followUpPayments } from '../ledger/followUpPayments';
import { saveBillerRules } from '../rules/billerRulesStore';
import { markRefused, refusedPayments } from '../sync/outbox';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');

describe('the refund of a payment whose change was rounded', () => {
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

  it('pays back what the consumer paid net, checks the drawer for that much, and takes that much out of it', () => {
    saveBillerRules(services.db, { ...defaultBillerRules, changeRounding: { stepPaise: 100, direction: 'DOWN' } });
    const counter = openCounter(services);
    // ₹1,245.50 paid from ₹1,300: the exact change ₹54.50 is handed back as ₹54, so the drawer kept 50 paise.
    const payment = services.recordPayment(
      { clientTxnId: randomUUID(), consumerNo: 'N3330008565', billNumber: 'B2611-000451', amountPaise: 124_550, tenderedPaise: 130_000 },
      counter,
    );
    assert.equal(payment.changeRoundingPaise, 50);
    followUpPayments(services.db);
    markRefused(services.db, payment.clientTxnId, { code: 'BILL_ALREADY_PAID', message: 'Bill already paid' }, NOON_IN_BHOPAL);
    assert.deepEqual(
      refusedPayments(services.db).map((refused) => [refused.amountPaise, refused.refundCashPaise]),
      [[124_550, 124_600]],
      'the supervisor is asked to refund the cash, not the bill amount',
    );

    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');
    const drawer = () => services.shifts.report(counter.shiftId).expectedPaise;
    // Leave the bill amount in the drawer and 1 paisa more, but not the ₹1,246 the consumer paid net.
    const outPaise = drawer() - 124_551;
    services.shifts.moveCash(counter.user, { moveId: randomUUID(), direction: 'OUT', amountPaise: outPaise, reason: 'Deposit at the bank' }, supervisor);
    const request = { clientTxnId: payment.clientTxnId, reason: 'Bill already paid at another counter' };
    assert.throws(
      () => services.exceptions.refund(request, counter.user, supervisor),
      (error: unknown) => error instanceof RokadError && error.code === 'NOT_IN_DRAWER' && /refund of ₹1,246\.00/.test(error.message),
    );
    services.shifts.moveCash(counter.user, { moveId: randomUUID(), direction: 'IN', amountPaise: outPaise, reason: 'Deposit cancelled' }, null);

    const before = drawer();
    const slip = services.exceptions.refund(request, counter.user, supervisor);
    assert.deepEqual([slip.amountPaise, slip.cashPaise], [124_550, 124_600]);
    assert.equal(drawer(), before - slip.cashPaise);
  });
});
