import { cashPaymentFor } from './testing/cashPayment';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { billToCollect } from '../shared/bills/billToCollect';
import type { GatewayBill, UploadPayment, WalletLedgerResponse } from '../shared/gateway/schemas';
import { openDatabase } from '../shared/node/sqlite/openDatabase';
import { indiaDate } from '../shared/time';
import { gatewayMigrations } from './db/gatewayMigrations';
import { zoneConsumerNo } from './seed/generateZone';
import { protocolClient, Refusal, type ProtocolClient } from './testing/protocolClient';
import { startTestGateway, TEST_AGENT, type TestGateway } from './testing/testGateway';

const NOW = new Date('2026-11-24T06:30:00Z');
const TODAY = indiaDate(NOW);

let lastReceipt = 0;
/** Cabin BPL-07's next receipt number. */
const nextReceiptNo = () => `BPL-07-${String((lastReceipt += 1)).padStart(6, '0')}`;

function paymentFor(bill: GatewayBill, overrides: Partial<UploadPayment> = {}): UploadPayment {
  return cashPaymentFor(bill, nextReceiptNo(), NOW, overrides);
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
    const payment = paymentFor(bill, { receiptNo: 'BPL-09-000001' });
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
    assert.deepEqual(changes, { bills: [], removed: [bill.consumerNo], nextCursor: changes.nextCursor, hasMore: false, remaining: 0 });
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

describe('the cabin’s clock: held to its own receipts, the bill and the gateway’s time', () => {
  const MINUTE = 60_000;
  let dir: string;
  let gateway: TestGateway;
  let gatewayTime = NOW.getTime();
  let cabins = 0;
  const used = new Set<string>();
  const balance = () => gateway.store.wallet(TEST_AGENT).balance;
  const indiaNoon = (day: string) => `${day}T12:00:00+05:30`;
  const shiftDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  /** An unpaid bill of the zone not used by another test, due before `TODAY` or not. */
  function bill(pastDue: boolean): GatewayBill {
    const consumers = gateway.store.db
      .prepare(
        `SELECT consumer_no FROM bills WHERE paid_by_txn IS NULL AND amount_after_due_paise > amount_by_due_paise AND due_date ${pastDue ? '<' : '>='} ? ORDER BY consumer_no`,
      )
      .pluck()
      .all(TODAY) as string[];
    const consumerNo = consumers.find((found) => !used.has(found))!;
    used.add(consumerNo);
    return gateway.store.fetchBill(consumerNo).bill;
  }

  /** A newly registered cabin of the test agent, with a receipt series of its own. */
  async function cabin() {
    cabins += 1;
    const cabinCode = `BPL-${20 + cabins}`;
    const { deviceToken } = await protocolClient(gateway.url).register({ registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT), cabinCode, deviceName: cabinCode });
    let last = 0;
    const client = protocolClient(gateway.url, deviceToken);
    return {
      cabinCode,
      client,
      receiptNo: (sequence = (last += 1)) => `${cabinCode}-${String(sequence).padStart(6, '0')}`,
      /** The payment as the cabin records it: the amount its own clock says is due. */
      pays: (paid: GatewayBill, receiptNo: string, collectedAt: string, overrides: Partial<UploadPayment> = {}) =>
        paymentFor(paid, { receiptNo, collectedAt, amount: billToCollect(paid, indiaDate(new Date(collectedAt))).amountToCollectPaise, ...overrides }),
      upload: async (...payments: UploadPayment[]) => (await client.uploadBatch({ batchId: randomUUID(), payments })).results,
    };
  }
  const outcome = (results: Array<{ status: string; error: { code: string } | null; retryable: boolean }>) => results.map((r) => [r.status, r.error?.code ?? null, r.retryable]);

  before(async () => {
    dir = tempDir();
    gateway = await startTestGateway(dir, { today: TODAY, consumers: 300, topUpPaise: 50_000_000, now: () => new Date(gatewayTime) });
  });
  beforeEach(() => {
    gatewayTime = NOW.getTime();
  });
  after(async () => {
    await gateway.close();
    removeDir(dir);
  });

  it('refuses a past-due bill paid its by-due amount with collectedAt set back to the due date, and debits nothing', async () => {
    const counter = await cabin();
    const [first] = await counter.upload(counter.pays(bill(false), counter.receiptNo(), NOW.toISOString()));
    assert.equal(first?.status, 'SUCCESS');
    const late = bill(true);
    const backDated = counter.pays(late, counter.receiptNo(), indiaNoon(late.dueDate));
    assert.equal(backDated.amount, late.amountByDuePaise, 'the set-back clock says the by-due amount');
    const before = balance();

    const [refused] = await counter.upload(backDated);
    assert.deepEqual(outcome([refused!]), [['FAILED', 'CLOCK_BEHIND', false]]);
    assert.match(refused?.error?.message ?? '', new RegExp(`before receipt ${counter.cabinCode}-000001 .*clock was set back.*refund the consumer`));
    assert.equal(balance(), before, 'the wallet is not debited');
    assert.equal(gateway.store.fetchBill(late.consumerNo).bill.billNumber, late.billNumber, 'the bill is still unpaid');
    assert.deepEqual(outcome(await counter.upload(backDated)), [['FAILED', 'CLOCK_BEHIND', false]], 'sent again, it is refused again');
    assert.equal(balance(), before);
  });

  it('refuses a payment collected in 1970, before its bill was issued, and one in 2099, past the gateway’s time', async () => {
    const counter = await cabin();
    const before = balance();
    const results = await counter.upload(
      counter.pays(bill(false), counter.receiptNo(), '1970-01-01T00:00:00.000Z'),
      counter.pays(bill(false), counter.receiptNo(), '2099-01-01T06:30:00.000Z'),
      counter.pays(bill(false), counter.receiptNo(), new Date(gatewayTime + 11 * MINUTE).toISOString()),
    );
    assert.deepEqual(outcome(results), [
      ['FAILED', 'CLOCK_BEHIND', false],
      ['FAILED', 'CLOCK_AHEAD', false],
      ['FAILED', 'CLOCK_AHEAD', false],
    ]);
    assert.match(results[0]?.error?.message ?? '', /taken on 1970-01-01, before bill .* was issued/);
    assert.match(results[1]?.error?.message ?? '', /later than the gateway’s time .* by more than 10 minutes/);
    assert.equal(balance(), before);
    const [drifted] = await counter.upload(counter.pays(bill(false), counter.receiptNo(), new Date(gatewayTime + 9 * MINUTE).toISOString()));
    assert.equal(drifted?.status, 'SUCCESS', 'a clock a few minutes ahead is within the allowed skew');
  });

  it('refuses a biller id other than the one the gateway serves the cabin’s rules for', async () => {
    const counter = await cabin();
    const before = balance();
    const [refused] = await counter.upload(counter.pays(bill(false), counter.receiptNo(), NOW.toISOString(), { billerId: 'OTHER0000XX01' }));
    assert.deepEqual(outcome([refused!]), [['FAILED', 'WRONG_BILLER', false]]);
    assert.match(refused?.error?.message ?? '', /collects for MPCZ00000MP01/);
    assert.equal(balance(), before);
  });

  it('refuses a receipt number of another series, or one already accepted from the cabin', async () => {
    const counter = await cabin();
    const [accepted] = await counter.upload(counter.pays(bill(false), counter.receiptNo(), NOW.toISOString()));
    assert.equal(accepted?.status, 'SUCCESS');
    const before = balance();
    const results = await counter.upload(
      counter.pays(bill(false), `TRN-${counter.receiptNo(7)}`, NOW.toISOString()),
      counter.pays(bill(false), 'BPL-07-000008', NOW.toISOString()),
      counter.pays(bill(false), counter.receiptNo(1), NOW.toISOString()),
    );
    assert.deepEqual(outcome(results), [
      ['FAILED', 'BAD_RECEIPT_NO', false],
      ['FAILED', 'BAD_RECEIPT_NO', false],
      ['FAILED', 'BAD_RECEIPT_NO', false],
    ]);
    assert.match(results[2]?.error?.message ?? '', /already accepted for another payment/);
    assert.equal(balance(), before);
  });

  it('accepts an honest offline payment collected before the due date and uploaded after it, at the by-due amount; a retry answers the same', async () => {
    const counter = await cabin();
    const dueLater = bill(false);
    const offline = counter.pays(dueLater, counter.receiptNo(), NOW.toISOString());
    assert.equal(offline.amount, dueLater.amountByDuePaise);
    // The cabin stays offline past the due date, takes another bill, then comes back: the later receipt goes first.
    gatewayTime = Date.parse(indiaNoon(shiftDays(dueLater.dueDate, 2)));
    const afterDue = bill(true);
    const today = counter.pays(afterDue, counter.receiptNo(), new Date(gatewayTime - MINUTE).toISOString());
    assert.equal(today.amount, afterDue.amountAfterDuePaise);
    const before = balance();

    const results = await counter.upload(today, offline);
    assert.deepEqual(outcome(results), [
      ['SUCCESS', null, false],
      ['SUCCESS', null, false],
    ]);
    assert.deepEqual(
      results.map((r) => r.walletDebit),
      [afterDue.amountAfterDuePaise, dueLater.amountByDuePaise],
    );
    assert.equal(balance(), before - afterDue.amountAfterDuePaise - dueLater.amountByDuePaise + 2 * 500);

    const again = await counter.upload(offline, today);
    assert.deepEqual(
      again.map((r) => [r.status, r.txnRefId, r.approvalRefNumber]),
      [
        ['DUPLICATE', results[1]?.txnRefId, results[1]?.approvalRefNumber],
        ['DUPLICATE', results[0]?.txnRefId, results[0]?.approvalRefNumber],
      ],
    );
    assert.equal(balance(), before - afterDue.amountAfterDuePaise - dueLater.amountByDuePaise + 2 * 500, 'never debited twice');
  });

  it('refuses a lower receipt number that carries a later time than a higher one already accepted', async () => {
    const counter = await cabin();
    const [third] = await counter.upload(counter.pays(bill(false), counter.receiptNo(3), NOW.toISOString()));
    assert.equal(third?.status, 'SUCCESS');
    const results = await counter.upload(
      counter.pays(bill(false), counter.receiptNo(2), new Date(NOW.getTime() + 5 * MINUTE).toISOString()),
      counter.pays(bill(false), counter.receiptNo(1), new Date(NOW.getTime() - 60 * MINUTE).toISOString()),
    );
    assert.deepEqual(outcome(results), [
      ['FAILED', 'CLOCK_AHEAD', false],
      ['SUCCESS', null, false],
    ]);
    assert.match(results[0]?.error?.message ?? '', new RegExp(`after receipt ${counter.cabinCode}-000003`));
  });

  it('keeps each cabin’s last sync at the gateway’s time, beside the newest receipt accepted from it', async () => {
    const counter = await cabin();
    const [accepted] = await counter.upload(counter.pays(bill(false), counter.receiptNo(), NOW.toISOString()));
    assert.equal(accepted?.status, 'SUCCESS');
    gatewayTime += 30_000;
    await counter.client.wallet();
    const record = gateway.store.cabins().find((found) => found.cabinCode === counter.cabinCode);
    assert.deepEqual(
      [record?.lastSyncAt, record?.lastReceipt?.receiptNo, record?.lastReceipt?.collectedAt],
      [new Date(gatewayTime).toISOString(), counter.receiptNo(1), NOW.toISOString()],
    );
  });
});

describe('a gateway database from before the clock rule', () => {
  it('numbers its devices and ties each payment to its device and receipt number, so the cabin’s time goes on from them', async () => {
    const dir = tempDir();
    const file = join(dir, 'gateway.sqlite');
    const token = 'a-device-token-registered-before-the-upgrade';
    const earlier = openDatabase(file, gatewayMigrations.slice(0, 1));
    earlier.exec(`INSERT INTO agents VALUES ('${TEST_AGENT}', 'Ramesh', 1000000, 200000)`);
    earlier
      .prepare('INSERT INTO devices VALUES (?, ?, ?, ?, ?)')
      .run(createHash('sha256').update(token).digest('hex'), TEST_AGENT, 'BPL-07', 'Cabin 7', '2026-11-01T04:00:00.000Z');
    earlier
      .prepare(
        `INSERT INTO payments (client_txn_id, agent_id, body_hash, receipt_no, consumer_no, bill_number, amount_paise, commission_paise,
        balance_after_paise, txn_ref_id, approval_ref_number, collected_at, collected_on, accepted_at) VALUES (?, ?, 'h', ?, 'N3330999999', 'B-OLD', 10000, 500, 990500, 'T1', 'A1', ?, ?, ?)`,
      )
      .run(randomUUID(), TEST_AGENT, 'BPL-07-000041', NOW.toISOString(), TODAY, NOW.toISOString());
    earlier.close();

    const gateway = await startTestGateway(dir, { today: TODAY, consumers: 20, now: () => NOW });
    try {
      const db = gateway.store.db;
      assert.deepEqual(db.prepare('SELECT device_id, cabin_code FROM devices').all(), [{ device_id: 'DEV-000001', cabin_code: 'BPL-07' }]);
      assert.deepEqual(db.prepare('SELECT device_id, receipt_seq FROM payments').all(), [{ device_id: 'DEV-000001', receipt_seq: 41 }]);
      const bill = gateway.store.fetchBill(zoneConsumerNo(0)).bill;
      const backDated = paymentFor(bill, { receiptNo: 'BPL-07-000042', collectedAt: new Date(NOW.getTime() - 3_600_000).toISOString() });
      const [refused] = (await protocolClient(gateway.url, token).uploadBatch({ batchId: randomUUID(), payments: [backDated] })).results;
      assert.deepEqual([refused?.status, refused?.error?.code], ['FAILED', 'CLOCK_BEHIND']);
      await protocolClient(gateway.url).register({ registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT), cabinCode: 'BPL-08', deviceName: 'Cabin 8' });
      assert.deepEqual(
        db.prepare('SELECT device_id FROM devices ORDER BY device_id').pluck().all(),
        ['DEV-000001', 'DEV-000002'],
        'a device registered after the upgrade is numbered after those before it',
      );
    } finally {
      await gateway.close();
      removeDir(dir);
    }
  });
});
