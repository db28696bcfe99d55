import { cashPaymentFor } from './testing/cashPayment';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { UploadPayment } from '../shared/gateway/schemas';
import { indiaDate } from '../shared/time';
import { zoneConsumerNo } from './seed/generateZone';
import { protocolClient, type ProtocolClient } from './testing/protocolClient';
import { startTestGateway, TEST_AGENT, type TestGateway } from './testing/testGateway';

const NOW = new Date('2026-11-24T06:30:00Z');
const TODAY = indiaDate(NOW);

describe('reversal cases on the reference gateway', () => {
  let dir: string;
  let gateway: TestGateway;
  let client: ProtocolClient;
  let receipt = 0;
  let consumer = 0;

  async function uploadedPayment(): Promise<UploadPayment> {
    const { bill } = gateway.store.fetchBill(zoneConsumerNo(consumer++));
    const payment = cashPaymentFor(bill, `BPL-09-${String((receipt += 1)).padStart(6, '0')}`, NOW);
    const [result] = (await client.uploadBatch({ batchId: randomUUID(), payments: [payment] })).results;
    assert.equal(result?.status, 'SUCCESS');
    return payment;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rokad-gateway-'));
    gateway = await startTestGateway(dir, { today: TODAY, consumers: 50, topUpPaise: 5_000_000, now: () => NOW });
    const registered = await protocolClient(gateway.url).register({
      registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
      cabinCode: 'BPL-09',
      deviceName: 'Cabin 9',
    });
    client = protocolClient(gateway.url, registered.deviceToken);
  });
  after(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens one case per payment, however often it is asked', async () => {
    const payment = await uploadedPayment();
    const first = await client.requestReversal(payment.clientTxnId, { reason: 'Consumer paid twice', requestedBy: 'meena.s' });
    const again = await client.requestReversal(payment.clientTxnId, { reason: 'Consumer paid twice', requestedBy: 'meena.s' });
    assert.deepEqual(again, first);
    assert.equal(gateway.store.db.prepare('SELECT count(*) FROM reversal_cases WHERE client_txn_id = ?').pluck().get(payment.clientTxnId), 1);
    assert.deepEqual((await client.reversalStatus([payment.clientTxnId])).results[0], {
      clientTxnId: payment.clientTxnId,
      status: 'OPEN',
      caseId: first.caseId,
      walletCredit: 0,
      note: null,
      decidedAt: null,
    });
  });

  it('an accepted case credits the debit back less the commission, and the bill falls due again', async () => {
    const payment = await uploadedPayment();
    const before = gateway.store.wallet(TEST_AGENT).balance;
    const { caseId } = await client.requestReversal(payment.clientTxnId, { reason: 'Wrong consumer number', requestedBy: 'meena.s' });
    gateway.store.decideReversal(caseId, 'ACCEPTED', 'Cash returned at the cabin');
    assert.equal(gateway.store.wallet(TEST_AGENT).balance, before + payment.amount - 500);
    const [status] = (await client.reversalStatus([payment.clientTxnId])).results;
    assert.deepEqual([status?.status, status?.walletCredit, status?.note], ['ACCEPTED', payment.amount - 500, 'Cash returned at the cabin']);
    assert.equal((await client.fetchBill(payment.consumerNo)).bill.billNumber, payment.billNumber, 'the bill can be paid again');
    const reversals = (await client.walletLedger()).entries.filter((entry) => entry.kind === 'REVERSAL' && entry.clientTxnId === payment.clientTxnId);
    assert.deepEqual(
      reversals.map((entry) => entry.amount),
      [payment.amount, -500],
    );
    assert.throws(() => gateway.store.decideReversal(caseId, 'REFUSED', null), /already accepted/);
  });

  it('a refused case moves nothing, and another agent sees no case', async () => {
    const payment = await uploadedPayment();
    const before = gateway.store.wallet(TEST_AGENT).balance;
    const { caseId } = await client.requestReversal(payment.clientTxnId, { reason: 'Consumer changed mind', requestedBy: 'meena.s' });
    gateway.store.decideReversal(caseId, 'REFUSED', 'The bill was already posted to the consumer account');
    assert.equal(gateway.store.wallet(TEST_AGENT).balance, before);
    assert.equal((await client.reversalStatus([payment.clientTxnId])).results[0]?.status, 'REFUSED');

    gateway.store.ensureAgent('AGT-OTHER', 'Other');
    const other = await protocolClient(gateway.url).register({ registrationCode: gateway.store.issueRegistrationCode('AGT-OTHER'), cabinCode: 'BPL-10', deviceName: 'Cabin 10' });
    assert.equal((await protocolClient(gateway.url, other.deviceToken).reversalStatus([payment.clientTxnId])).results[0]?.status, 'NOT_FOUND');
  });
});
