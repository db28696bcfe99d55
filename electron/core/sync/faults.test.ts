import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startChildGateway } from '../../../gateway/testing/childGateway';
import { startFaultProxy, type FaultProxy } from '../../../gateway/testing/faultProxy';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { tempDataDir } from '../testing/tempDataDir';
import { serverWallet, startTestCabin, type TestCabin } from '../testing/testCabin';
import { walletStatus } from '../wallet/wallet';
import { syncStatus } from './syncCycle';

const TEN_MINUTES = 10 * 60_000;

/** Sync rounds until nothing waits, bounded by count: a fault test never loops for ever. */
async function drain(cabin: TestCabin, rounds = 30): Promise<void> {
  for (let round = 0; round < rounds && syncStatus(cabin.services.db, cabin.services.billMaster).waitingCount > 0; round += 1) {
    cabin.clock.advance(TEN_MINUTES);
    await cabin.sync();
  }
}

/** Every payment recorded here is on the gateway exactly once, and both wallets add up to the paisa. */
function assertExactlyOnce(cabin: TestCabin, gateway: TestGateway, topUps: number): void {
  const db = cabin.services.db;
  const local = db.prepare('SELECT entry_id, amount_paise FROM ledger ORDER BY entry_id').all() as Array<{ entry_id: string; amount_paise: number }>;
  const remote = gateway.store.db.prepare('SELECT client_txn_id AS entry_id, amount_paise FROM payments WHERE agent_id = ? ORDER BY client_txn_id').all(TEST_AGENT) as typeof local;
  assert.deepEqual(remote, local, 'the gateway holds exactly the payments recorded here');
  assert.equal(db.prepare("SELECT count(*) FROM outbox WHERE state <> 'SUCCESS'").pluck().get(), 0);

  const wallet = serverWallet(gateway);
  assert.equal(wallet.debits, local.length, 'one debit per payment, never two');
  const paid = local.reduce((sum, row) => sum + row.amount_paise, 0);
  const commission = gateway.store.rules.commissionPerBillPaise * local.length;
  assert.equal(wallet.balance, topUps - paid + commission);
  assert.equal(wallet.fromEntries, wallet.balance);
  assert.equal(walletStatus(db, cabin.clock.now()).balancePaise, wallet.balance, 'the cabin’s wallet mirror equals the server');
  const refs = db.prepare("SELECT count(DISTINCT approval_ref_number) FROM outbox WHERE state = 'SUCCESS'").pluck().get();
  assert.equal(refs, local.length);
}

describe('uploads through a faulty network', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let proxy: FaultProxy;
  let cabin: TestCabin;
  const TOP_UP = 20_000_000;
  const start = new Date('2026-11-24T05:00:00Z');

  beforeEach(async () => {
    folder = tempDataDir('rokad-faults-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(start), consumers: 200, topUpPaise: TOP_UP });
    proxy = await startFaultProxy(Number(new URL(gateway.url).port), 1_500);
    cabin = await startTestCabin(folder.dir, gateway, start, proxy.url, 500);
  });
  afterEach(async () => {
    cabin.close();
    await proxy.close();
    await gateway.close();
    folder.remove();
  });

  it('loses no payment and debits none twice: answers dropped after commit, resets, 500s, a server slower than the timeout', async () => {
    for (let i = 0; i < 60; i += 1) cabin.pay(zoneConsumerNo(i));
    proxy.plan(['dropResponse', 'reset', 'http500', 'slow', 'dropResponse', 'http500', 'reset', 'slow']);
    const first = await cabin.sync();
    assert.equal(first.online, false);
    assert.ok((gateway.store.db.prepare('SELECT count(*) FROM payments').pluck().get() as number) > 0, 'the gateway committed the batch whose answer was dropped');
    cabin.pay(zoneConsumerNo(100));
    await drain(cabin);
    assert.deepEqual([proxy.seen.dropResponse, proxy.seen.reset, proxy.seen.http500, proxy.seen.slow], [2, 2, 2, 2], 'every planned fault was met');
    assertExactlyOnce(cabin, gateway, TOP_UP);
    assert.equal(syncStatus(cabin.services.db, cabin.services.billMaster).online, true);
  });
});

describe('the gateway killed mid-batch', () => {
  it('is restarted, and every payment ends up on it exactly once', async () => {
    const folder = tempDataDir('rokad-kill-');
    const gateway = await startChildGateway(folder.dir, 300);
    gateway.store.topUp(TEST_AGENT, 50_000_000, 'Deposit for the test');
    const proxy = await startFaultProxy(Number(new URL(gateway.url).port));
    const cabin = await startTestCabin(folder.dir, gateway, new Date(), proxy.url, 5_000);
    try {
      const topUps = serverWallet(gateway).balance;
      for (let i = 0; i < 150; i += 1) cabin.pay(zoneConsumerNo(i));
      proxy.plan([]);
      proxy.onceForwarded(() => setTimeout(() => gateway.kill(), 15));
      const killed = await cabin.sync({ batchSize: 150 });
      assert.equal(killed.online, false);
      await gateway.restart();
      await drain(cabin);
      assertExactlyOnce(cabin, gateway, topUps);
    } finally {
      cabin.close();
      await proxy.close();
      await gateway.close();
      folder.remove();
    }
  });
});
