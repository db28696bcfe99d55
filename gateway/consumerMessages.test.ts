import { cashPaymentFor } from './testing/cashPayment';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { GatewayBill, UploadPayment } from '../shared/gateway/schemas';
import { indiaDate } from '../shared/time';
import { createFileNotifier, type Notifier } from './notifier';
import { zoneConsumerNo } from './seed/generateZone';
import { protocolClient, type ProtocolClient } from './testing/protocolClient';
import { startTestGateway, TEST_AGENT, type TestGateway } from './testing/testGateway';

const NOW = new Date('2026-11-24T06:30:00Z');
const TODAY = indiaDate(NOW);

interface StandInLine {
  to: string;
  clientTxnId: string;
  text: string;
  standIn: boolean;
}

describe('a message to the consumer when the payment is accepted', () => {
  let dir: string;
  let gateway: TestGateway;
  let client: ProtocolClient;
  let file: string;
  let receipt = 0;
  let consumer = 0;

  async function start(options: { pendingPolls?: number; notifier?: Notifier } = {}) {
    file = join(dir, 'messages-stand-in.jsonl');
    gateway = await startTestGateway(dir, {
      today: TODAY,
      consumers: 60,
      topUpPaise: 5_000_000,
      now: () => NOW,
      ...(options.pendingPolls ? { pendingPolls: options.pendingPolls } : {}),
      server: { notifier: options.notifier ?? createFileNotifier(file, () => NOW) },
    });
    const registered = await protocolClient(gateway.url).register({ registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT), cabinCode: 'BPL-07', deviceName: 'PC' });
    client = protocolClient(gateway.url, registered.deviceToken);
  }

  /** A bill of the zone with a mobile number on it. */
  function billWithMobile(): GatewayBill {
    for (;;) {
      const { bill } = gateway.store.fetchBill(zoneConsumerNo(consumer++));
      if (bill.mobile) return bill;
    }
  }

  function paymentFor(bill: GatewayBill, overrides: Partial<UploadPayment> = {}): UploadPayment {
    return cashPaymentFor(bill, `BPL-07-${String((receipt += 1)).padStart(6, '0')}`, NOW, overrides);
  }

  /** Every message the stand-in wrote, once delivery has caught up. */
  async function delivered(): Promise<StandInLine[]> {
    await gateway.store.messages.deliverDue(createFileNotifier(file, () => NOW));
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as StandInLine);
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rokad-messages-'));
    receipt = 0;
    consumer = 0;
  });
  afterEach(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one message per accepted payment to the bill’s mobile, with the amount, the receipt and the approval reference, and none again after a retry', async () => {
    await start();
    const bill = billWithMobile();
    const payment = paymentFor(bill);
    const [result] = (await client.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results;
    assert.equal(result?.status, 'SUCCESS');
    await client.uploadBatch({ batchId: randomUUID(), payments: [payment] });
    await client.uploadBatch({ batchId: randomUUID(), payments: [payment, payment] });
    const lines = await delivered();
    assert.equal(lines.length, 1);
    const [line] = lines;
    assert.deepEqual([line?.to, line?.clientTxnId, line?.standIn], [bill.mobile, payment.clientTxnId, true]);
    for (const part of [payment.receiptNo, result!.approvalRefNumber!, '₹', 'कंपनी को मिल गया']) assert.ok(line?.text.includes(part), part);
    const row = gateway.store.db.prepare('SELECT sent_at, notifier FROM consumer_messages WHERE client_txn_id = ?').get(payment.clientTxnId) as {
      sent_at: string;
      notifier: string;
    };
    assert.ok(row.sent_at);
    assert.match(row.notifier, /^stand-in/);
  });

  it('writes none for a refused payment, and uses the mobile typed at the counter over the bill’s', async () => {
    await start();
    const bill = billWithMobile();
    const refused = paymentFor(bill, { amount: 1 });
    assert.equal((await client.uploadBatch({ batchId: randomUUID(), payments: [refused] })).results[0]?.status, 'FAILED');
    const typed = paymentFor(billWithMobile(), { consumerMobile: '9876543210' });
    await client.uploadBatch({ batchId: randomUUID(), payments: [typed] });
    const lines = await delivered();
    assert.deepEqual(
      lines.map((line) => [line.clientTxnId, line.to]),
      [[typed.clientTxnId, '9876543210']],
    );
  });

  it('refuses a malformed mobile number in the upload, and writes nothing', async () => {
    await start();
    const before = gateway.store.db.prepare('SELECT (SELECT count(*) FROM payments) + (SELECT count(*) FROM consumer_messages)').pluck().get();
    await assert.rejects(client.uploadBatch({ batchId: randomUUID(), payments: [paymentFor(billWithMobile(), { consumerMobile: '12345' })] }), /consumerMobile/);
    assert.equal(gateway.store.db.prepare('SELECT (SELECT count(*) FROM payments) + (SELECT count(*) FROM consumer_messages)').pluck().get(), before);
  });

  it('waits for a PENDING payment’s approval before writing, then writes it once', async () => {
    await start({ pendingPolls: 1 });
    const payment = paymentFor(billWithMobile());
    assert.equal((await client.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results[0]?.status, 'PENDING');
    assert.equal((await client.paymentStatus([payment.clientTxnId])).results[0]?.status, 'PENDING');
    assert.equal((await delivered()).length, 0);
    assert.equal((await client.paymentStatus([payment.clientTxnId])).results[0]?.status, 'SUCCESS');
    await client.paymentStatus([payment.clientTxnId]);
    assert.equal((await delivered()).length, 1);
  });

  it('sends nothing to a number that opted out, and keeps a message a provider did not take for a retry', async () => {
    let fail = true;
    const sent: string[] = [];
    const flaky: Notifier = {
      name: 'test provider',
      standIn: true,
      send: async (message) => {
        if (fail) throw new Error('provider down');
        sent.push(message.clientTxnId);
      },
    };
    await start({ notifier: flaky });
    const optedOut = billWithMobile();
    gateway.store.messages.optOut(optedOut.mobile);
    await client.uploadBatch({ batchId: randomUUID(), payments: [paymentFor(optedOut)] });
    const payment = paymentFor(billWithMobile());
    await client.uploadBatch({ batchId: randomUUID(), payments: [payment] });
    assert.equal(await gateway.store.messages.deliverDue(flaky), 0);
    const row = gateway.store.db.prepare('SELECT attempts, last_error, sent_at FROM consumer_messages WHERE client_txn_id = ?').get(payment.clientTxnId);
    assert.deepEqual(row, { attempts: 1, last_error: 'provider down', sent_at: null });
    gateway.store.db.prepare('UPDATE consumer_messages SET next_attempt_at = ?').run(NOW.toISOString());
    fail = false;
    assert.equal(await gateway.store.messages.deliverDue(flaky), 1);
    assert.deepEqual(sent, [payment.clientTxnId]);
    assert.throws(() => gateway.store.messages.optOut('0123'), /not a 10-digit Indian mobile/);
  });
});
