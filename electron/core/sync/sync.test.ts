import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { RokadError } from '../../../shared/errors';
import { indiaDate } from '../../../shared/time';
import { createCore } from '../createCore';
import { callCore } from '../testing/callCore';
import { encodePng } from '../printing/bitmap';
import { layoutReceipt } from '../printing/layoutReceipt';
import type { ReceiptRecord } from '../printing/receiptRecord';
import { NARROW_DOTS, renderReceipt } from '../printing/renderReceipt';
import { ARTIFACTS_DIR, FONTS_DIR } from '../printing/testing/paths';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, serverWallet, type TestCabin } from '../testing/testCabin';
import { walletStatus } from '../wallet/wallet';
import { uploadStatus } from './outbox';
import { syncStatus } from './syncCycle';

/** The record of the DUPLICATE a reprint queued, as the printer will get it. */
function queuedCopy(cabin: TestCabin, receiptNo: string, reprint: number): ReceiptRecord {
  const job = cabin.services.receipts.pending().find((queued) => queued.receiptNo === receiptNo && queued.reprint === reprint);
  assert.ok(job, `no queued copy ${reprint} of ${receiptNo}`);
  return cabin.services.receipts.jobRecord(job.id);
}

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');
const MINUTE = 60_000;

function localWallet(cabin: TestCabin): { fromOutbox: number; mirror: number | null } {
  const accepted = cabin.services.db
    .prepare("SELECT coalesce(sum(wallet_debit_paise), 0) AS debits, coalesce(sum(commission_paise), 0) AS commissions FROM outbox WHERE state = 'SUCCESS'")
    .get() as { debits: number; commissions: number };
  return { fromOutbox: accepted.commissions - accepted.debits, mirror: walletStatus(cabin.services.db, cabin.clock.now()).balancePaise };
}

describe('sync with the reference gateway', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;
  const TOP_UP = 3_000_000;

  beforeEach(async () => {
    folder = tempDataDir('rokad-sync-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(NOON_IN_BHOPAL), consumers: 150, topUpPaise: TOP_UP, now: () => NOON_IN_BHOPAL });
    cabin = await startTestCabin(folder.dir, gateway, NOON_IN_BHOPAL);
  });
  afterEach(async () => {
    cabin.close();
    await gateway.close();
    folder.remove();
  });

  it('pulls the bill master and the wallet on the first round', () => {
    assert.equal(cabin.services.bills.count(), 150);
    assert.equal(walletStatus(cabin.services.db, cabin.clock.now()).balancePaise, TOP_UP);
    const status = syncStatus(cabin.services.db, cabin.services.billMaster);
    assert.equal(status.online, true);
    assert.ok(status.billMasterSyncedAt);
  });

  it('uploads payments, stores the approval references, and both wallets agree to the paisa', async () => {
    const paid = [0, 1, 2, 3, 4].map((i) => cabin.pay(zoneConsumerNo(i)));
    assert.equal(syncStatus(cabin.services.db, cabin.services.billMaster).waitingCount, 5);
    const report = await cabin.sync();
    assert.equal(report.accepted, 5);
    for (const payment of paid) assert.match(uploadStatus(cabin.services.db, payment.clientTxnId)?.approvalRefNumber ?? '', /^AP/);
    const server = serverWallet(gateway);
    const total = paid.reduce((sum, p) => sum + p.amountPaise, 0);
    assert.equal(server.balance, TOP_UP - total + 5 * 500);
    assert.equal(server.fromEntries, server.balance);
    assert.deepEqual(localWallet(cabin), { fromOutbox: server.balance - TOP_UP, mirror: server.balance });
    assert.equal(walletStatus(cabin.services.db, cabin.clock.now()).commissionTodayPaise, 2_500);
    assert.equal(cabin.services.bills.find(zoneConsumerNo(0)), undefined, 'a paid bill leaves the bill master');
  });

  it('keeps a payment taken while the gateway is down, uploads it when the gateway is back, and its reprint shows the approval reference', async () => {
    await gateway.stop();
    const payment = cabin.pay(zoneConsumerNo(7));
    const offline = await cabin.sync();
    assert.equal(offline.online, false);
    assert.equal(syncStatus(cabin.services.db, cabin.services.billMaster).online, false);
    assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.state, 'WAITING');
    assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.approvalRefNumber, null);
    const core = createCore(cabin.services);
    const reprintOffline = await callCore(core, 'payments.reprint', { receiptNo: payment.receiptNo });
    assert.equal(reprintOffline.approvalRefNumber, null);
    const before = queuedCopy(cabin, payment.receiptNo, reprintOffline.copy);
    assert.deepEqual([before.copy, before.approvalRef, before.txnRefId], ['DUPLICATE', null, null]);

    await gateway.restart();
    cabin.clock.advance(MINUTE);
    const back = await cabin.sync();
    assert.equal(back.online, true);
    const status = uploadStatus(cabin.services.db, payment.clientTxnId);
    assert.equal(status?.state, 'SUCCESS');
    const onServer = gateway.store.db.prepare('SELECT approval_ref_number, txn_ref_id FROM payments WHERE client_txn_id = ?').get(payment.clientTxnId) as {
      approval_ref_number: string;
      txn_ref_id: string;
    };
    assert.equal(status?.approvalRefNumber, onServer.approval_ref_number);
    const reprint = await callCore(core, 'payments.reprint', { receiptNo: payment.receiptNo });
    assert.deepEqual([reprint.copy, reprint.approvalRefNumber], [2, onServer.approval_ref_number], 'the reprint carries the approval reference');
    const after = queuedCopy(cabin, payment.receiptNo, reprint.copy);
    assert.deepEqual([after.copy, after.approvalRef, after.txnRefId], ['DUPLICATE', onServer.approval_ref_number, onServer.txn_ref_id]);

    const drawn = (record: ReceiptRecord) => renderReceipt(layoutReceipt(record), { widthDots: NARROW_DOTS, fontsDir: FONTS_DIR });
    const withRef = drawn(after);
    const withoutRef = drawn({ ...before, reprint: after.reprint });
    assert.ok(withRef.height > withoutRef.height, 'the approval and transaction references add lines to the paper');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'duplicate-with-approval-384.png'), encodePng(withRef));
  });

  it('refuses a payment above the available wallet before anything is written, and warns when low', async () => {
    const core = createCore(cabin.services);
    cabin.services.db.prepare('UPDATE wallet_mirror SET balance_paise = ?, low_balance_threshold_paise = ?').run(50_000, 40_000);
    const bill = cabin.services.bills.find(zoneConsumerNo(3))!;
    const before = cabin.services.db.prepare('SELECT count(*) FROM ledger').pluck().get();
    assert.throws(
      () => cabin.pay(bill.consumerNo),
      (error: unknown) => error instanceof RokadError && error.code === 'WALLET_TOO_LOW' && /Do not take the cash/.test(error.message),
    );
    assert.equal(cabin.services.db.prepare('SELECT count(*) FROM ledger').pluck().get(), before);
    await assert.rejects(
      async () => callCore(core, 'bills.lookup', { consumerNo: bill.consumerNo }),
      (error: unknown) => error instanceof RokadError && error.code === 'WALLET_TOO_LOW',
    );
    const wallet = await callCore(core, 'wallet.status', {});
    assert.equal(wallet.lowBalance, false);
    assert.equal(wallet.availablePaise, 50_000);
    cabin.services.db.prepare('UPDATE wallet_mirror SET balance_paise = ?').run(30_000);
    assert.equal((await callCore(core, 'wallet.status', {})).lowBalance, true);
  });

  it('turns a payment the gateway refuses for good into an exception for the supervisor', async () => {
    const payment = cabin.pay(zoneConsumerNo(9));
    const other = await startTestCabin(tempDataDir('rokad-other-').dir, gateway, NOON_IN_BHOPAL);
    other.pay(zoneConsumerNo(9));
    await other.sync();
    other.close();
    const report = await cabin.sync();
    assert.equal(report.refused, 1);
    assert.deepEqual(
      [uploadStatus(cabin.services.db, payment.clientTxnId)?.state, uploadStatus(cabin.services.db, payment.clientTxnId)?.failureCode],
      ['FAILED', 'BILL_ALREADY_PAID'],
    );
    assert.equal(syncStatus(cabin.services.db, cabin.services.billMaster).exceptionCount, 1);
    const [exception] = await callCore(createCore(cabin.services), 'sync.exceptions', {});
    assert.deepEqual([exception?.receiptNo, exception?.failureCode], [payment.receiptNo, 'BILL_ALREADY_PAID']);
    assert.equal(walletStatus(cabin.services.db, cabin.clock.now()).waitingCount, 0);
  });

  it('looks a bill up online when connected and in the bill master when not, saying which', async () => {
    openCounter(cabin.services);
    const core = createCore(cabin.services);
    const online = await callCore(core, 'bills.lookup', { consumerNo: zoneConsumerNo(20) });
    assert.equal(online.source, 'ONLINE');
    const payment = cabin.pay(zoneConsumerNo(20));
    await cabin.sync();
    const uploaded = gateway.store.db.prepare('SELECT count(*) FROM payments WHERE client_txn_id = ?').pluck().get(payment.clientTxnId);
    assert.equal(uploaded, 1, 'a payment against an online fetch is uploaded');
    assert.match(cabin.services.db.prepare('SELECT ref_id FROM bill_fetches WHERE consumer_no = ?').pluck().get(zoneConsumerNo(20)) as string, /^REF/);
    await gateway.stop();
    const offline = await callCore(core, 'bills.lookup', { consumerNo: zoneConsumerNo(21) });
    assert.equal(offline.source, 'MASTER');
    assert.equal(offline.freshAsOf, syncStatus(cabin.services.db, cabin.services.billMaster).billMasterSyncedAt);
    await gateway.restart();
  });

  it('finds bills by name or mobile as well as by consumer number', async () => {
    openCounter(cabin.services);
    const core = createCore(cabin.services);
    const bill = cabin.services.bills.find(zoneConsumerNo(11))!;
    const surname = bill.consumerName.split(' ').at(-1)!;
    const byName = await callCore(core, 'bills.search', { text: surname.toLowerCase() });
    assert.ok(byName.some((found) => found.consumerNo === bill.consumerNo));
    assert.ok(byName.every((found) => found.consumerName.toLowerCase().includes(surname.toLowerCase())));
    const hindi = bill.consumerName.split(' / ')[0]!.split(' ')[0]!;
    assert.ok((await callCore(core, 'bills.search', { text: hindi })).some((found) => found.consumerNo === bill.consumerNo));
    const withMobile = cabin.services.billMaster.prepare("SELECT consumer_no, mobile FROM bills WHERE mobile <> '' LIMIT 1").get() as { consumer_no: string; mobile: string };
    assert.deepEqual(
      (await callCore(core, 'bills.search', { text: withMobile.mobile })).map((found) => found.consumerNo),
      [withMobile.consumer_no],
    );
  });
});
