import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startFaultProxy, type FaultProxy } from '../../../gateway/testing/faultProxy';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';
import { walletStatus } from '../wallet/wallet';
import { voidedMaybeUploadedIds } from './outbox';
import { reversalOf } from './reversals';

const TEN_MINUTES = 10 * 60_000;

describe('a payment voided after upload is reversed through the outbox', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let proxy: FaultProxy;
  let cabin: TestCabin;
  const start = new Date('2026-11-24T05:00:00Z');

  beforeEach(async () => {
    folder = tempDataDir('rokad-reversal-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(start), consumers: 20, topUpPaise: 5_000_000 });
    proxy = await startFaultProxy(Number(new URL(gateway.url).port), 1_500);
    cabin = await startTestCabin(folder.dir, gateway, start, proxy.url, 500);
  });
  afterEach(async () => {
    cabin.close();
    await proxy.close();
    await gateway.close();
    folder.remove();
  });

  function voidNow(receiptNo: string) {
    const { sessions } = cabin.services;
    const agent = sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    const supervisor = sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, `void ${receiptNo}`);
    return cabin.services.voidPayment({ receiptNo, reason: 'Consumer paid twice by mistake' }, agent, supervisor);
  }

  it('asks once however often the answer is lost, and credits the wallet back when the company accepts', async () => {
    const paid = cabin.pay(zoneConsumerNo(0));
    await cabin.sync();
    const before = gateway.store.wallet(TEST_AGENT).balance;
    assert.equal(voidNow(paid.receiptNo).reversalRequested, true);
    assert.equal(reversalOf(cabin.services.db, paid.clientTxnId)?.state, 'WAITING');

    // The gateway opens the case, and the answer never comes back: the round ends offline and the request waits.
    proxy.plan(['dropResponse']);
    assert.equal((await cabin.sync()).online, false);
    assert.equal(reversalOf(cabin.services.db, paid.clientTxnId)?.state, 'WAITING');
    cabin.clock.advance(TEN_MINUTES);
    await cabin.sync();
    const requested = reversalOf(cabin.services.db, paid.clientTxnId);
    assert.equal(requested?.state, 'REQUESTED');
    assert.deepEqual(gateway.store.db.prepare('SELECT case_id FROM reversal_cases').pluck().all(), [requested?.caseId], 'one case, asked twice');
    assert.equal(gateway.store.wallet(TEST_AGENT).balance, before, 'a request reverses nothing by itself');

    gateway.store.decideReversal(requested!.caseId!, 'ACCEPTED', 'Cash returned at the cabin');
    await cabin.sync();
    const accepted = reversalOf(cabin.services.db, paid.clientTxnId);
    assert.deepEqual([accepted?.state, accepted?.walletCreditPaise, accepted?.note], ['ACCEPTED', paid.amountPaise - 500, 'Cash returned at the cabin']);
    assert.equal(walletStatus(cabin.services.db, cabin.clock.now()).balancePaise, before + paid.amountPaise - 500, 'the wallet the counter sees is credited back');
  });

  it('asks the gateway about a payment voided after an upload whose answer was lost, and asks the company back for it when the gateway has it', async () => {
    const paid = cabin.pay(zoneConsumerNo(4));
    const before = gateway.store.wallet(TEST_AGENT).balance;
    proxy.plan(['dropResponse']);
    assert.equal((await cabin.sync()).online, false);
    assert.equal(gateway.store.wallet(TEST_AGENT).balance, before - paid.amountPaise + 500, 'the gateway took the payment and debited the wallet');
    assert.equal(voidNow(paid.receiptNo).reversalRequested, false, 'the cabin never heard the gateway had it');

    await cabin.sync();
    const asked = reversalOf(cabin.services.db, paid.clientTxnId);
    assert.equal(asked?.state, 'REQUESTED', 'the gateway said it holds the payment, so the company is asked to reverse it');
    assert.equal(gateway.store.db.prepare('SELECT count(*) FROM reversal_cases').pluck().get(), 1);
    gateway.store.decideReversal(asked!.caseId!, 'ACCEPTED', 'Cash returned at the cabin');
    await cabin.sync();
    assert.equal(gateway.store.wallet(TEST_AGENT).balance, before, 'the wallet is whole again');
  });

  it('leaves a payment voided after an upload that never reached the gateway as voided before upload, and asks about it once', async () => {
    const paid = cabin.pay(zoneConsumerNo(5));
    proxy.plan(['reset']);
    assert.equal((await cabin.sync()).online, false);
    assert.equal(gateway.store.db.prepare('SELECT count(*) FROM payments').pluck().get(), 0);
    voidNow(paid.receiptNo);
    await cabin.sync();
    assert.equal(reversalOf(cabin.services.db, paid.clientTxnId), undefined, 'nothing to ask back: the gateway never had it');
    assert.notEqual(cabin.services.db.prepare('SELECT absent_at FROM outbox WHERE entry_id = ?').pluck().get(paid.clientTxnId), null);
    assert.deepEqual(voidedMaybeUploadedIds(cabin.services.db, 10), [], 'the gateway’s answer is kept: the next rounds do not ask again');
    assert.equal(gateway.store.db.prepare('SELECT count(*) FROM payments').pluck().get(), 0, 'and it was never sent after the void');
  });

  it('keeps a refusal with the company’s words, and asks nothing for a void before upload', async () => {
    const [kept, notSent] = [cabin.pay(zoneConsumerNo(1)), cabin.pay(zoneConsumerNo(2))];
    await cabin.sync();
    voidNow(kept.receiptNo);
    const third = cabin.pay(zoneConsumerNo(3));
    assert.equal(voidNow(third.receiptNo).reversalRequested, false, 'never uploaded: the cash went back and nothing is owed');
    await cabin.sync();
    const { caseId } = reversalOf(cabin.services.db, kept.clientTxnId)!;
    gateway.store.decideReversal(caseId!, 'REFUSED', 'Posted to the consumer account already');
    await cabin.sync();
    assert.deepEqual(
      [reversalOf(cabin.services.db, kept.clientTxnId)?.state, reversalOf(cabin.services.db, kept.clientTxnId)?.note],
      ['REFUSED', 'Posted to the consumer account already'],
    );
    assert.equal(reversalOf(cabin.services.db, third.clientTxnId), undefined);
    assert.equal(reversalOf(cabin.services.db, notSent.clientTxnId), undefined);
  });
});
