import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { billToCollect } from '../shared/bills/billToCollect';
import type { GatewayBill, UploadPayment, WalletLedgerResponse } from '../shared/gateway/schemas';
import { indiaDate } from '../shared/time';
import { zoneConsumerNo } from './seed/generateZone';
import { protocolClient, Refusal, type ProtocolClient } from './testing/protocolClient';
import { startTestGateway, TEST_AGENT, type TestGateway } from './testing/testGateway';

const NOW = new Date('2026-11-24T06:30:00Z');
const TODAY = indiaDate(NOW);

function paymentFor(bill: GatewayBill, overrides: Partial<UploadPayment> = {}): UploadPayment {
  return {
    clientTxnId: randomUUID(),
    receiptNo: `BPL-07-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    consumerNo: bill.consumerNo,
    billNumber: bill.billNumber,
    billerId: 'MPCZ00000MP01',
    amount: billToCollect(bill, TODAY).amountToCollectPaise,
    currency: 'INR',
    paymentMode: 'Cash',
    initChannel: 'AGT',
    collectedAt: NOW.toISOString(),
    offline: true,
    billSource: 'MASTER',
    refId: null,
    shiftId: null,
    ...overrides,
  };
}

const rejects = (code: string) => (error: unknown) => error instanceof Refusal && error.code === code;

const tempDir = () => mkdtempSync(join(tmpdir(), 'rokad-gateway-'));
const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

describe('reference gateway', () => {
  let dir: string;
  let gateway: TestGateway;
  let client: ProtocolClient;
  let nextConsumer = 0;
  const freshBill = () => gateway.store.fetchBill(zoneConsumerNo(nextConsumer++)).bill;
  const balance = () => gateway.store.wallet(TEST_AGENT).balance;

  before(async () => {
    dir = tempDir();
    gateway = await startTestGateway(dir, { today: TODAY, consumers: 300, topUpPaise: 5_000_000, now: () => NOW });
    const registered = await protocolClient(gateway.url).register({
      registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
      cabinCode: 'BPL-07',
      deviceName: 'Cabin 7 PC',
    });
    client = protocolClient(gateway.url, registered.deviceToken);
  });
  after(async () => {
    await gateway.close();
    removeDir(dir);
  });

  it('registers a device once per code, and refuses requests without a valid token', async () => {
    const code = gateway.store.issueRegistrationCode(TEST_AGENT);
    const anonymous = protocolClient(gateway.url);
    await anonymous.register({ registrationCode: code, cabinCode: 'BPL-08', deviceName: 'Cabin 8' });
    await assert.rejects(anonymous.register({ registrationCode: code, cabinCode: 'BPL-08', deviceName: 'Cabin 8' }), rejects('BAD_REGISTRATION_CODE'));
    await assert.rejects(protocolClient(gateway.url, 'x'.repeat(43)).wallet(), rejects('UNAUTHORIZED'));
  });

  it('serves the biller rules', async () => {
    const config = await client.config();
    assert.equal(config.paymentAmountExactness, 'EXACT');
    assert.equal(config.commissionPerBillPaise, 500);
  });

  it('accepts a payment: debits the amount, credits the commission, returns the references', async () => {
    const before = balance();
    const payment = paymentFor(freshBill());
    const response = await client.uploadBatch({ batchId: randomUUID(), payments: [payment] });
    const [result] = response.results;
    assert.equal(result?.status, 'SUCCESS');
    assert.match(result?.approvalRefNumber ?? '', /^AP[0-9A-F]{10}$/);
    assert.equal(result?.walletDebit, payment.amount);
    assert.equal(response.walletBalance, before - payment.amount + 500);
    assert.equal(balance(), response.walletBalance);
  });

  it('answers a duplicate upload with the original references and never debits twice', async () => {
    const payment = paymentFor(freshBill());
    const first = (await client.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results[0]!;
    const afterFirst = balance();
    const again = (await client.uploadBatch({ batchId: randomUUID(), payments: [payment, payment] })).results;
    assert.deepEqual(
      again.map((r) => [r.status, r.txnRefId, r.approvalRefNumber]),
      [
        ['DUPLICATE', first.txnRefId, first.approvalRefNumber],
        ['DUPLICATE', first.txnRefId, first.approvalRefNumber],
      ],
    );
    assert.equal(balance(), afterFirst);
  });

  it('refuses the same id with a changed body, without applying it', async () => {
    const payment = paymentFor(freshBill());
    await client.uploadBatch({ batchId: randomUUID(), payments: [payment] });
    const before = balance();
    const [result] = (await client.uploadBatch({ batchId: randomUUID(), payments: [{ ...payment, receiptNo: 'BPL-07-999999' }] })).results;
    assert.equal(result?.status, 'FAILED');
    assert.equal(result?.error?.code, 'IDEMPOTENCY_MISMATCH');
    assert.equal(result?.retryable, false);
    assert.equal(balance(), before);
  });

  it('refuses a bill already paid, an unknown consumer, a wrong amount and cash above the limit', async () => {
    const bill = freshBill();
    await client.uploadBatch({ batchId: randomUUID(), payments: [paymentFor(bill)] });
    const other = freshBill();
    const large = freshBill();
    gateway.store.saveBills([{ ...large, amountByDuePaise: 1_200_000, amountAfterDuePaise: 1_215_000 }]);
    const results = (
      await client.uploadBatch({
        batchId: randomUUID(),
        payments: [
          paymentFor(bill),
          paymentFor(other, { consumerNo: 'N9999999999' }),
          paymentFor(other, { amount: 100 }),
          paymentFor({ ...large, amountByDuePaise: 1_200_000, amountAfterDuePaise: 1_215_000 }),
        ],
      })
    ).results;
    assert.deepEqual(
      results.map((r) => [r.status, r.error?.code, r.retryable]),
      [
        ['FAILED', 'BILL_ALREADY_PAID', false],
        ['FAILED', 'UNKNOWN_CONSUMER', false],
        ['FAILED', 'AMOUNT_RULE', false],
        ['FAILED', 'CASH_LIMIT', false],
      ],
    );
  });

  it('refuses a payment above the wallet balance as retryable; after a top-up the same id goes through', async () => {
    const bill = freshBill();
    const payment = paymentFor(bill);
    gateway.store.ensureAgent('AGT-POOR', 'Poor Agent');
    gateway.store.topUp('AGT-POOR', payment.amount - 1, 'Small deposit');
    const poor = await protocolClient(gateway.url).register({
      registrationCode: gateway.store.issueRegistrationCode('AGT-POOR'),
      cabinCode: 'BPL-09',
      deviceName: 'Cabin 9',
    });
    const poorClient = protocolClient(gateway.url, poor.deviceToken);
    const [refused] = (await poorClient.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results;
    assert.deepEqual([refused?.status, refused?.error?.code, refused?.retryable], ['FAILED', 'INSUFFICIENT_BALANCE', true]);
    assert.equal((await poorClient.wallet()).balance, payment.amount - 1);

    gateway.store.topUp('AGT-POOR', 1, 'One paisa more');
    const [accepted] = (await poorClient.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results;
    assert.equal(accepted?.status, 'SUCCESS');
    assert.equal((await poorClient.wallet()).balance, 500);
    const [again] = (await poorClient.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results;
    assert.deepEqual([again?.status, again?.approvalRefNumber], ['DUPLICATE', accepted?.approvalRefNumber], 'once accepted, the id is bound: never debited twice');
    assert.equal((await poorClient.wallet()).balance, 500);

    // A token acts only on its own agent's wallet: the other agent cannot see or reverse this payment.
    assert.equal((await client.paymentStatus([payment.clientTxnId])).results[0]?.status, 'NOT_FOUND');
    await assert.rejects(client.requestReversal(payment.clientTxnId, { reason: 'wrong bill', requestedBy: 'SUP-1' }), rejects('UNKNOWN_PAYMENT'));
    const reversal = await poorClient.requestReversal(payment.clientTxnId, { reason: 'Consumer paid twice', requestedBy: 'SUP-1' });
    assert.equal(reversal.status, 'OPEN');
    assert.equal((await poorClient.wallet()).balance, 500, 'a reversal request never reverses by itself');
  });

  it('keeps the wallet equal to top-ups − debits + commissions, to the paisa', async () => {
    const entries: WalletLedgerResponse['entries'] = [];
    let cursor = '';
    for (let page = 0; page < 100; page += 1) {
      const result = await client.walletLedger({ cursor, limit: 5 });
      entries.push(...result.entries);
      cursor = result.nextCursor;
      if (!result.hasMore) break;
    }
    const sum = (kind: string) => entries.filter((e) => e.kind === kind).reduce((total, e) => total + e.amount, 0);
    assert.ok(sum('DEBIT') < 0);
    assert.equal(sum('TOPUP') + sum('DEBIT') + sum('COMMISSION'), (await client.wallet()).balance);
    assert.equal(entries.at(-1)?.closingBalance, (await client.wallet()).balance);
  });

  it('pages the bill master by cursor, and lists a paid bill as removed', async () => {
    const seen = new Map<string, string>();
    let cursor = '';
    for (let page = 0; page < 100; page += 1) {
      const result = await client.billMaster(cursor, 64);
      for (const bill of result.bills) seen.set(bill.consumerNo, bill.billNumber);
      cursor = result.nextCursor;
      if (!result.hasMore) break;
    }
    assert.equal(seen.size, gateway.store.db.prepare('SELECT count(*) FROM bills WHERE paid_by_txn IS NULL').pluck().get());
    assert.ok(seen.size > 250 && seen.size < 300);
    const bill = freshBill();
    await client.uploadBatch({ batchId: randomUUID(), payments: [paymentFor(bill)] });
    const changes = await client.billMaster(cursor, 64);
    assert.deepEqual(changes, { bills: [], removed: [bill.consumerNo], nextCursor: changes.nextCursor, hasMore: false });
    await assert.rejects(client.fetchBill(bill.consumerNo), rejects('BILL_ALREADY_PAID'));
  });

  it('answers malformed requests with an error body, not a crash', async () => {
    const response = await fetch(`${gateway.url}/v1/payments/batch`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: '{' });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'INVALID_REQUEST');
    const bad = await client.uploadBatch({ batchId: 'not-a-uuid', payments: [] }).catch((error: unknown) => error);
    assert.ok(bad instanceof Refusal && bad.code === 'INVALID_REQUEST' && bad.status === 400);
  });
});

describe('reference gateway with a biller that confirms later', () => {
  it('reports PENDING until the status poll finds the payment confirmed', async () => {
    const dir = tempDir();
    const gateway = await startTestGateway(dir, { today: TODAY, consumers: 20, topUpPaise: 1_000_000, now: () => NOW, pendingPolls: 1 });
    try {
      const { deviceToken } = await protocolClient(gateway.url).register({
        registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
        cabinCode: 'BPL-07',
        deviceName: 'Cabin 7',
      });
      const client = protocolClient(gateway.url, deviceToken);
      const payment = paymentFor(gateway.store.fetchBill(zoneConsumerNo(0)).bill);
      assert.equal((await client.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results[0]?.status, 'PENDING');
      assert.equal((await client.paymentStatus([payment.clientTxnId])).results[0]?.status, 'PENDING');
      const settled = (await client.paymentStatus([payment.clientTxnId])).results[0];
      assert.equal(settled?.status, 'SUCCESS');
      assert.ok(settled?.approvalRefNumber);
    } finally {
      await gateway.close();
      removeDir(dir);
    }
  });
});
