import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { createCore } from '../createCore';
import { callCore } from '../testing/callCore';
import { tempDataDir } from '../testing/tempDataDir';
import { manualClock, serverWallet, startTestCabin, type TestCabin } from '../testing/testCabin';
import { uploadStatus } from './outbox';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');
const TODAY = indiaDate(NOON_IN_BHOPAL);
const DAY = 86_400_000;

describe('the cabin’s clock, held by the reference gateway', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gatewayClock: ReturnType<typeof manualClock>;
  let gateway: TestGateway;
  let cabin: TestCabin;

  /** Unpaid bills of the zone whose surcharge applies after a due date before `TODAY`, or on or after it. */
  const consumers = (pastDue: boolean) =>
    gateway.store.db
      .prepare(`SELECT consumer_no FROM bills WHERE amount_after_due_paise > amount_by_due_paise AND due_date ${pastDue ? '<' : '>='} ? ORDER BY consumer_no`)
      .pluck()
      .all(TODAY) as string[];
  const paidOnServer = (clientTxnId: string) => gateway.store.db.prepare('SELECT amount_paise FROM payments WHERE client_txn_id = ?').pluck().get(clientTxnId);
  /** Moves a clock to noon in Bhopal on `day` (India calendar), forward or back. */
  const setTo = (clock: TestCabin['clock'], day: string) => clock.advance(Date.parse(`${day}T12:00:00+05:30`) - clock.now().getTime());

  beforeEach(async () => {
    folder = tempDataDir('rokad-clock-');
    gatewayClock = manualClock(NOON_IN_BHOPAL);
    gateway = await startTestGateway(folder.dir, { today: TODAY, consumers: 150, topUpPaise: 5_000_000, now: gatewayClock.now });
    cabin = await startTestCabin(folder.dir, gateway, NOON_IN_BHOPAL);
  });
  afterEach(async () => {
    cabin.close();
    await gateway.close();
    folder.remove();
  });

  it('refuses a past-due bill taken at its by-due amount with the PC’s clock set back: an exception that says so, and no debit', async () => {
    const [honest] = consumers(false);
    const [late] = consumers(true);
    cabin.pay(honest!);
    assert.equal((await cabin.sync()).accepted, 1);

    const bill = cabin.services.bills.find(late!)!;
    setTo(cabin.clock, bill.dueDate);
    const payment = cabin.pay(late!);
    assert.equal(payment.amountPaise, bill.amountByDuePaise, 'the set-back clock asked for the by-due amount');
    const before = serverWallet(gateway).balance;

    assert.equal((await cabin.sync()).refused, 1);
    assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.failureCode, 'CLOCK_BEHIND');
    const [exception] = await callCore(createCore(cabin.services), 'sync.exceptions', {});
    assert.equal(exception?.receiptNo, payment.receiptNo);
    assert.equal(exception?.failureCode, 'CLOCK_BEHIND');
    assert.match(exception?.failureMessage ?? '', /the PC’s clock was set back\. Set the PC’s date, time and time zone .* refund the consumer and take the bill again/);
    assert.equal(serverWallet(gateway).balance, before, 'the company’s wallet is not debited');
    assert.equal(paidOnServer(payment.clientTxnId), undefined);
  });

  it('accepts a payment taken offline before the due date and uploaded after it, at the by-due amount', async () => {
    const [dueLater] = consumers(false);
    const bill = cabin.services.bills.find(dueLater!)!;
    await gateway.stop();
    const offline = cabin.pay(dueLater!);
    assert.equal(offline.amountPaise, bill.amountByDuePaise);
    assert.equal((await cabin.sync()).online, false);

    const twoDaysLate = indiaDate(new Date(Date.parse(`${bill.dueDate}T12:00:00+05:30`) + 2 * DAY));
    setTo(cabin.clock, twoDaysLate);
    setTo(gatewayClock, twoDaysLate);
    await gateway.restart();
    const report = await cabin.sync();
    assert.deepEqual([report.accepted, report.refused], [1, 0]);
    assert.equal(uploadStatus(cabin.services.db, offline.clientTxnId)?.state, 'SUCCESS');
    assert.equal(paidOnServer(offline.clientTxnId), bill.amountByDuePaise, 'the gateway took the by-due amount the cabin collected');
  });
});
