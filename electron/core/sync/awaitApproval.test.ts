import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startFaultProxy } from '../../../gateway/testing/faultProxy';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { indiaDate } from '../../../shared/time';
import { createGatewayClient } from './gatewayClient';
import { setSetting } from '../settings/settings';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';
import { approvalWaitMs, awaitApproval, paymentOwingOriginal } from './awaitApproval';
import { uploadStatus } from './outbox';
import { uploadRound } from './uploadRound';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');

function originalRecord(cabin: TestCabin, receiptNo: string) {
  const job = cabin.services.receipts.pending().find((queued) => queued.receiptNo === receiptNo && queued.copy === 'ORIGINAL');
  assert.ok(job, `no original of ${receiptNo} owed`);
  return cabin.services.receipts.jobRecord(job.id);
}

describe('the original receipt waits a moment for the approval reference', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;

  beforeEach(async () => {
    folder = tempDataDir('rokad-approval-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(NOON_IN_BHOPAL), consumers: 20, topUpPaise: 3_000_000, now: () => NOON_IN_BHOPAL });
    cabin = await startTestCabin(folder.dir, gateway, NOON_IN_BHOPAL);
  });
  afterEach(async () => {
    cabin.close();
    await gateway.close();
    folder.remove();
  });

  it('uploads the payment at once when online, so the original carries the approval reference', async () => {
    const payment = cabin.pay(zoneConsumerNo(1));
    assert.equal(paymentOwingOriginal(cabin.services.db, payment.receiptNo), payment.clientTxnId);
    assert.equal(originalRecord(cabin, payment.receiptNo).approvalFollows, true);
    const outcome = await awaitApproval({ db: cabin.services.db, uploadNow: cabin.services.sync.uploadNow }, payment.clientTxnId);
    assert.equal(outcome, 'APPROVED');
    const onServer = gateway.store.db.prepare('SELECT approval_ref_number FROM payments WHERE client_txn_id = ?').pluck().get(payment.clientTxnId);
    const record = originalRecord(cabin, payment.receiptNo);
    assert.deepEqual([record.copy, record.approvalRef, record.approvalFollows], ['ORIGINAL', onServer, false]);
  });

  it('does not wait at all when the cabin was last seen offline: the receipt says the reference follows', async () => {
    await gateway.stop();
    await cabin.sync();
    const payment = cabin.pay(zoneConsumerNo(2));
    let asked = 0;
    const started = Date.now();
    const outcome = await awaitApproval({ db: cabin.services.db, uploadNow: async () => (asked += 1) }, payment.clientTxnId);
    assert.deepEqual([outcome, asked], ['FOLLOWS', 0]);
    assert.ok(Date.now() - started < 200);
    assert.equal(originalRecord(cabin, payment.receiptNo).approvalFollows, true);
    await gateway.restart();
  });

  it('stops waiting at the configured limit when the gateway is slow, and the upload still lands later', async () => {
    const proxy = await startFaultProxy(Number(new URL(gateway.url).port), 1_200);
    try {
      setSetting(cabin.services.db, 'approval_wait_ms', '300');
      const client = createGatewayClient({ baseUrl: proxy.url, deviceToken: cabin.services.deviceToken.load()!, timeoutMs: 5_000 });
      const payment = cabin.pay(zoneConsumerNo(3));
      proxy.plan(['slow']);
      let upload: Promise<unknown> = Promise.resolve();
      const started = Date.now();
      const outcome = await awaitApproval(
        {
          db: cabin.services.db,
          uploadNow: () => (upload = uploadRound({ db: cabin.services.db, billMaster: cabin.services.billMaster, bills: cabin.services.bills, client, now: cabin.clock.now })),
        },
        payment.clientTxnId,
      );
      const waited = Date.now() - started;
      assert.equal(outcome, 'FOLLOWS');
      assert.ok(waited >= 290 && waited < 1_000, `waited ${waited} ms`);
      assert.equal(originalRecord(cabin, payment.receiptNo).approvalFollows, true);
      await upload;
      assert.equal(uploadStatus(cabin.services.db, payment.clientTxnId)?.state, 'SUCCESS', 'the late answer is kept');
      assert.match(originalRecord(cabin, payment.receiptNo).approvalRef ?? '', /^AP/, 'a copy printed after the answer carries the reference');
    } finally {
      await proxy.close();
    }
  });

  it('reads the wait from the settings, bounded, and does not wait for a payment that is never uploaded (training)', async () => {
    assert.equal(approvalWaitMs(cabin.services.db), 2_000);
    setSetting(cabin.services.db, 'approval_wait_ms', '60000');
    assert.equal(approvalWaitMs(cabin.services.db), 5_000);
    setSetting(cabin.services.db, 'approval_wait_ms', 'soon');
    assert.equal(approvalWaitMs(cabin.services.db), 2_000);
    const notQueued = await awaitApproval({ db: cabin.services.db, uploadNow: () => assert.fail('nothing to upload') }, randomUUID());
    assert.equal(notQueued, 'NOT_UPLOADED');
  });
});
