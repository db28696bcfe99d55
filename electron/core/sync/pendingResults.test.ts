import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';
import { pendingDebitPaise, refusedPayments } from './outbox';
import { forwardTo, startScriptedGateway, type ScriptedGateway } from './testing/scriptedGateway';

const NOW = new Date('2026-11-24T05:00:00Z');

interface OutboxState {
  entry_id: string;
  state: string;
  approval_ref_number: string | null;
}

/** The reference gateway told to answer PENDING for every payment, for two status polls, before it confirms. */
describe('payments the gateway answers PENDING', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let scripted: ScriptedGateway;
  let cabin: TestCabin;
  let rewriteStatus: ((answer: { results: Array<Record<string, unknown>> }) => unknown) | undefined;

  beforeEach(async () => {
    folder = tempDataDir('rokad-pending-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(NOW), consumers: 40, topUpPaise: 10_000_000, now: () => NOW, pendingPolls: 2 });
    scripted = await startScriptedGateway();
    rewriteStatus = undefined;
    scripted.answer(async (request) => {
      const answer = await forwardTo(gateway.url, request);
      if (!request.path.startsWith('/v1/payments/status') || !rewriteStatus || answer.status !== 200) return answer;
      return { ...answer, body: JSON.stringify(rewriteStatus(JSON.parse(String(answer.body)) as { results: Array<Record<string, unknown>> })) };
    });
    cabin = await startTestCabin(folder.dir, gateway, NOW, scripted.url);
  });
  afterEach(async () => {
    cabin.close();
    await scripted.close();
    await gateway.close();
    folder.remove();
  });

  const outbox = () => cabin.services.db.prepare('SELECT entry_id, state, approval_ref_number FROM outbox ORDER BY entry_id').all() as OutboxState[];
  const gatewayRefs = () =>
    new Map(
      (
        gateway.store.db.prepare('SELECT client_txn_id, approval_ref_number FROM payments WHERE agent_id = ?').all(TEST_AGENT) as Array<{
          client_txn_id: string;
          approval_ref_number: string;
        }>
      ).map((row) => [row.client_txn_id, row.approval_ref_number]),
    );

  it('marks none SUCCESS while every result is PENDING, and each SUCCESS later carries the gateway’s own approval for that payment', async () => {
    for (let i = 0; i < 12; i += 1) cabin.pay(zoneConsumerNo(i));
    for (const round of [1, 2]) {
      await cabin.sync({ batchSize: 5 });
      assert.deepEqual(
        outbox().map((row) => row.state),
        Array(12).fill('PENDING'),
        `round ${round}: the gateway has said PENDING only`,
      );
    }
    await cabin.sync({ batchSize: 5 });
    const refs = gatewayRefs();
    assert.deepEqual(
      outbox().map((row) => [row.state, row.approval_ref_number]),
      outbox().map((row) => ['SUCCESS', refs.get(row.entry_id)]),
    );
  });

  it('makes a payment the gateway later answers FAILED a refused payment the supervisor sees, with the gateway’s reason', async () => {
    for (let i = 0; i < 3; i += 1) cabin.pay(zoneConsumerNo(i));
    await cabin.sync();
    const [refusedId] = outbox().map((row) => row.entry_id);
    rewriteStatus = (answer) => ({
      results: answer.results.map((result) =>
        result.clientTxnId === refusedId ? { ...result, status: 'FAILED', error: { code: 'BILL_ALREADY_PAID', message: 'The biller has this bill paid already.' } } : result,
      ),
    });
    const report = await cabin.sync();

    assert.equal(report.refused, 1);
    assert.deepEqual(
      outbox().map((row) => [row.entry_id, row.state]),
      outbox().map((row) => [row.entry_id, row.entry_id === refusedId ? 'FAILED' : 'PENDING']),
    );
    assert.deepEqual(
      refusedPayments(cabin.services.db).map((exception) => [exception.clientTxnId, exception.failureCode, exception.failureMessage]),
      [[refusedId, 'BILL_ALREADY_PAID', 'The biller has this bill paid already.']],
    );
    assert.equal(pendingDebitPaise(cabin.services.db).count, 2, 'the refused payment’s debit is no longer counted as held');
  });

  it('makes a payment answered FAILED without a reason refused too, never PENDING for ever', async () => {
    cabin.pay(zoneConsumerNo(0));
    await cabin.sync();
    rewriteStatus = (answer) => ({ results: answer.results.map((result) => ({ ...result, status: 'FAILED', error: null })) });
    await cabin.sync();
    await cabin.sync();

    assert.deepEqual(
      outbox().map((row) => row.state),
      ['FAILED'],
    );
    assert.deepEqual(
      refusedPayments(cabin.services.db).map((exception) => exception.failureCode),
      ['GATEWAY_REFUSED'],
    );
  });

  const hostile: Record<string, (answer: { results: Array<Record<string, unknown>> }) => unknown> = {
    'answers one payment twice, PENDING and then SUCCESS': (answer) => ({
      results: [...answer.results, { ...answer.results[0]!, status: 'SUCCESS', txnRefId: 'TXN-X', approvalRefNumber: 'AP-X' }],
    }),
    'answers SUCCESS for a payment it was not asked about': (answer) => ({
      results: [...answer.results, { ...answer.results[0]!, clientTxnId: '00000000-0000-4000-8000-000000000000', status: 'SUCCESS', txnRefId: 'TXN-X', approvalRefNumber: 'AP-X' }],
    }),
    'answers SUCCESS without the references': (answer) => ({ results: answer.results.map((result) => ({ ...result, status: 'SUCCESS' })) }),
  };
  for (const [name, rewrite] of Object.entries(hostile)) {
    it(`marks nothing SUCCESS when the status answer ${name}`, async () => {
      for (let i = 0; i < 4; i += 1) cabin.pay(zoneConsumerNo(i));
      rewriteStatus = rewrite;
      await cabin.sync();
      await cabin.sync();
      assert.deepEqual(
        outbox().map((row) => row.state),
        Array(4).fill('PENDING'),
      );
    });
  }
});
