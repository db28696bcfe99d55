import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { RokadError } from '../../../shared/errors';
import { indiaDate } from '../../../shared/time';
import { billToCollect } from '../../../shared/bills/billToCollect';
import { createCore } from '../createCore';
import { callCore } from '../testing/callCore';
import { verifyChain } from '../ledger/verifyChain';
import { encodePng } from '../printing/bitmap';
import { layoutReceipt } from '../printing/layoutReceipt';
import { NARROW_DOTS, renderReceipt } from '../printing/renderReceipt';
import { ARTIFACTS_DIR, FONTS_DIR } from '../printing/testing/paths';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { uploadStatus } from '../sync/outbox';
import { syncStatus } from '../sync/syncCycle';
import { serverWallet, startTestCabin, type TestCabin } from '../testing/testCabin';
import { walletStatus } from '../wallet/wallet';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');
const TODAY = indiaDate(NOON_IN_BHOPAL);
const APPROVAL = { supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin };
const COMMISSION = 500;

const refusedWith = (code: string) => (error: unknown) => error instanceof RokadError && error.code === code;

describe('exceptions resolved by the supervisor, against the reference gateway', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;
  /** Another counter of the same agent, sharing its wallet and its bills. */
  let other: TestCabin;

  beforeEach(async () => {
    folder = tempDataDir('rokad-exceptions-');
    gateway = await startTestGateway(folder.dir, { today: TODAY, consumers: 60, now: () => NOON_IN_BHOPAL });
    cabin = await startTestCabin(join(folder.dir, 'one'), gateway, NOON_IN_BHOPAL);
    other = await startTestCabin(join(folder.dir, 'two'), gateway, NOON_IN_BHOPAL);
  });
  afterEach(async () => {
    cabin.close();
    other.close();
    await gateway.close();
    folder.remove();
  });

  const amountOf = (consumer: number) => billToCollect(cabin.services.bills.find(zoneConsumerNo(consumer))!, TODAY).amountToCollectPaise;
  const ledgerCount = () => cabin.services.db.prepare('SELECT count(*) FROM ledger').pluck().get() as number;

  it('retries a payment refused for the wallet after a top-up: accepted once, and both wallets agree to the paisa', async () => {
    const [first, second] = [amountOf(1), amountOf(2)];
    const deposit = first + second - COMMISSION - 1;
    gateway.store.topUp(TEST_AGENT, deposit, 'Opening deposit');
    await cabin.sync();
    await other.sync();
    other.pay(zoneConsumerNo(1));
    await other.sync();
    // This counter's wallet is a round behind: it still sees the other counter's bill as money in hand.
    const payment = cabin.pay(zoneConsumerNo(2));
    assert.equal((await cabin.sync()).refused, 1);
    const core = createCore(cabin.services);
    const [exception] = await callCore(core, 'sync.exceptions', {});
    assert.deepEqual([exception?.clientTxnId, exception?.failureCode], [payment.clientTxnId, 'INSUFFICIENT_BALANCE']);

    assert.equal((await cabin.sync()).accepted, 0);
    assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.state, 'FAILED', 'a refused payment is not sent again by itself');

    const wrongPin = { clientTxnId: payment.clientTxnId, approval: { ...APPROVAL, pin: '0000' } };
    await assert.rejects(async () => callCore(core, 'exceptions.retry', wrongPin), refusedWith('APPROVAL_WRONG_PIN'));
    assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.state, 'FAILED');

    gateway.store.topUp(TEST_AGENT, 100_000, 'Top-up at the zone office');
    const retried = await callCore(core, 'exceptions.retry', { clientTxnId: payment.clientTxnId, approval: APPROVAL });
    assert.deepEqual([retried.state, retried.failureCode], ['WAITING', null]);
    assert.deepEqual(await callCore(core, 'sync.exceptions', {}), [], 'a retried exception is no longer open');
    await assert.rejects(async () => callCore(core, 'exceptions.retry', { clientTxnId: payment.clientTxnId, approval: APPROVAL }), refusedWith('EXCEPTION_RESOLVED'));

    assert.equal((await cabin.sync()).accepted, 1);
    assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.state, 'SUCCESS');
    await assert.rejects(
      async () => callCore(core, 'exceptions.refund', { clientTxnId: payment.clientTxnId, reason: 'Consumer asked', approval: APPROVAL }),
      refusedWith('EXCEPTION_RESOLVED'),
    );

    const server = serverWallet(gateway);
    assert.equal(server.balance, deposit + 100_000 - first - second + 2 * COMMISSION);
    assert.equal(server.fromEntries, server.balance);
    assert.equal(server.debits, 2, 'one debit per payment: the refusal left nothing behind and the retry was applied once');
    assert.equal(walletStatus(cabin.services.db, cabin.clock.now()).balancePaise, server.balance);
    const audit = cabin.services.db.prepare("SELECT user_id, detail FROM audit_log WHERE action = 'EXCEPTION_RETRY'").all() as Array<{ user_id: string; detail: string }>;
    assert.deepEqual(
      audit.map((row) => [row.user_id, JSON.parse(row.detail).approvedBy, JSON.parse(row.detail).failureCode]),
      [[PEOPLE.agent.userId, PEOPLE.supervisor.userId, 'INSUFFICIENT_BALANCE']],
    );
  });

  it('refunds a payment refused because the bill was already paid: a REFUND row, its slip queued, the drawer expects less, the chain verifies', async () => {
    gateway.store.topUp(TEST_AGENT, 5_000_000, 'Opening deposit');
    await cabin.sync();
    await other.sync();
    const payment = cabin.pay(zoneConsumerNo(9));
    other.pay(zoneConsumerNo(9));
    await other.sync();
    assert.equal((await cabin.sync()).refused, 1);
    assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.failureCode, 'BILL_ALREADY_PAID');

    const counter = openCounter(cabin.services);
    const core = createCore(cabin.services);
    const drawerBefore = cabin.services.shifts.report(counter.shiftId).expectedPaise;
    const refund = { clientTxnId: payment.clientTxnId, reason: 'Bill already paid at another counter', approval: APPROVAL };

    cabin.services.shifts.moveCash(
      counter.user,
      { moveId: randomUUID(), direction: 'OUT', amountPaise: drawerBefore - payment.amountPaise + 1, reason: 'Deposit at the bank' },
      cabin.services.sessions.approve(APPROVAL, 'countersign'),
    );
    const rowsBefore = ledgerCount();
    await assert.rejects(async () => callCore(core, 'exceptions.refund', refund), refusedWith('NOT_IN_DRAWER'));
    assert.equal(ledgerCount(), rowsBefore, 'nothing was written');
    cabin.services.shifts.moveCash(counter.user, { moveId: randomUUID(), direction: 'IN', amountPaise: drawerBefore - payment.amountPaise + 1, reason: 'Deposit cancelled' }, null);

    const slip = await callCore(core, 'exceptions.refund', refund);
    assert.deepEqual([slip.slipNo, slip.receiptNo, slip.amountPaise], ['RFD-BPL-07-000001', payment.receiptNo, payment.amountPaise]);
    const row = cabin.services.db.prepare("SELECT * FROM ledger WHERE kind = 'REFUND'").get() as Record<string, unknown>;
    assert.deepEqual(
      [row.receipt_no, row.voids_entry_id, row.amount_paise, row.shift_id, row.approved_by, row.reason],
      [slip.slipNo, payment.clientTxnId, payment.amountPaise, counter.shiftId, PEOPLE.supervisor.userId, refund.reason],
    );
    assert.deepEqual(verifyChain(cabin.services.db).ok, true);

    const report = cabin.services.shifts.report(counter.shiftId);
    assert.equal(report.expectedPaise, drawerBefore - payment.amountPaise);
    assert.deepEqual(report.refunds, { count: 1, totalPaise: payment.amountPaise });

    const job = cabin.services.receipts.pending().find((queued) => queued.receiptNo === slip.slipNo);
    assert.deepEqual([job?.copy, job?.status], ['ORIGINAL', 'QUEUED'], 'the refund slip waits to print');
    const record = cabin.services.receipts.jobRecord(job!.id);
    assert.deepEqual(record.refund, { forReceiptNo: payment.receiptNo, reason: refund.reason, approvedBy: PEOPLE.supervisor.name });
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'refund-slip-384.png'), encodePng(renderReceipt(layoutReceipt(record), { widthDots: NARROW_DOTS, fontsDir: FONTS_DIR })));

    assert.deepEqual(await callCore(core, 'sync.exceptions', {}), []);
    assert.equal(syncStatus(cabin.services.db, cabin.services.billMaster).exceptionCount, 0);
    const rowsAfter = ledgerCount();
    await assert.rejects(
      async () => callCore(core, 'exceptions.refund', refund),
      (error: unknown) => refusedWith('EXCEPTION_RESOLVED')(error) && /already refunded/.test((error as Error).message),
    );
    await assert.rejects(async () => callCore(core, 'exceptions.retry', { clientTxnId: payment.clientTxnId, approval: APPROVAL }), refusedWith('EXCEPTION_RESOLVED'));
    const voidIt = { receiptNo: payment.receiptNo, reason: 'Wrong consumer', approval: APPROVAL };
    await assert.rejects(async () => callCore(core, 'payments.void', voidIt), refusedWith('ALREADY_REFUNDED'));
    assert.equal(ledgerCount(), rowsAfter, 'a second refund, or a void of the refunded payment, writes nothing');
    assert.equal(cabin.services.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'REFUND'").pluck().get(), 1);

    const reprint = await callCore(core, 'payments.reprint', { receiptNo: payment.receiptNo });
    const copy = cabin.services.receipts.pending().find((queued) => queued.receiptNo === payment.receiptNo && queued.reprint === reprint.copy);
    assert.equal(cabin.services.receipts.jobRecord(copy!.id).refunded, true, 'a reprint of the refunded receipt says so');
  });

  it('refuses to resolve what is not an open exception', async () => {
    gateway.store.topUp(TEST_AGENT, 5_000_000, 'Opening deposit');
    await cabin.sync();
    const payment = cabin.pay(zoneConsumerNo(3));
    const core = createCore(cabin.services);
    await assert.rejects(async () => callCore(core, 'exceptions.retry', { clientTxnId: payment.clientTxnId, approval: APPROVAL }), refusedWith('EXCEPTION_RESOLVED'));
    const unknown = { clientTxnId: '8a6e0804-2bd0-4672-b79f-d8fe3ef5e7a1', reason: 'No such payment', approval: APPROVAL };
    await assert.rejects(async () => callCore(core, 'exceptions.refund', unknown), refusedWith('NO_EXCEPTION'));
  });
});
