import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startFaultProxy, type FaultProxy } from '../../../gateway/testing/faultProxy';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { tempDataDir } from '../testing/tempDataDir';
import { serverWallet, startTestCabin, type TestCabin } from '../testing/testCabin';
import { walletStatus } from '../wallet/wallet';
import { DEFAULT_BACKOFF } from './outbox';
import { syncStatus } from './syncCycle';

const START = new Date('2026-11-24T04:30:00Z');
const ROUND_MS = 30_000;
const TOP_UP = 200_000_000;
/** The app's own backoff (2 s doubling to 10 min), its jitter fixed so the test is repeatable. */
const APP_BACKOFF = { ...DEFAULT_BACKOFF, random: () => 0.5 };

const available = (cabin: TestCabin) => walletStatus(cabin.services.db, cabin.clock.now()).availablePaise;
const outboxStates = (cabin: TestCabin) =>
  Object.fromEntries(
    (cabin.services.db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as Array<{ state: string; n: number }>).map((row) => [row.state, row.n]),
  );

describe('catching up after the gateway was away', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;
  let proxy: FaultProxy | undefined;

  async function start(options: { consumers: number; pendingPolls?: number; throughProxy?: boolean }): Promise<void> {
    folder = tempDataDir('rokad-catch-up-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(START), consumers: options.consumers, topUpPaise: TOP_UP, pendingPolls: options.pendingPolls ?? 0 });
    proxy = options.throughProxy ? await startFaultProxy(Number(new URL(gateway.url).port)) : undefined;
    cabin = await startTestCabin(folder.dir, gateway, START, proxy?.url ?? gateway.url, 1_000);
  }
  afterEach(async () => {
    cabin.close();
    await proxy?.close();
    await gateway.close();
    folder.remove();
  });

  it('uploads the whole backlog of a two-hour outage in the first round after the gateway returns', async () => {
    await start({ consumers: 320 });
    await gateway.stop();
    const rounds = (2 * 60 * 60_000) / ROUND_MS;
    for (let round = 0; round < rounds; round += 1) {
      if (round % 4 === 0) for (let i = 0; i < 5; i += 1) cabin.pay(zoneConsumerNo((round / 4) * 5 + i));
      cabin.clock.advance(ROUND_MS);
      assert.equal((await cabin.sync({ backoff: APP_BACKOFF })).online, false);
    }
    assert.equal(syncStatus(cabin.services.db, cabin.services.billMaster).waitingCount, 300);

    await gateway.restart();
    cabin.clock.advance(ROUND_MS);
    const back = await cabin.sync({ backoff: APP_BACKOFF });
    assert.equal(back.online, true);
    assert.equal(back.accepted, 300, 'every payment of the outage went up in the round that found the gateway back');
    assert.deepEqual(outboxStates(cabin), { SUCCESS: 300 });
  });

  it('clears the backoff on the first answer even when no payment was due: the wallet or config reached the gateway', async () => {
    await start({ consumers: 20 });
    await gateway.stop();
    for (let i = 0; i < 10; i += 1) cabin.pay(zoneConsumerNo(i));
    for (let round = 0; round < 12; round += 1) {
      cabin.clock.advance(ROUND_MS);
      await cabin.sync({ backoff: APP_BACKOFF });
    }
    await gateway.restart();
    cabin.clock.advance(1);
    const back = await cabin.sync({ backoff: APP_BACKOFF });
    assert.equal(back.accepted, 10);
  });

  it('after an upload whose answer was lost, the available wallet is the gateway’s balance less only what the gateway has not seen', async () => {
    await start({ consumers: 20, throughProxy: true });
    cabin.pay(zoneConsumerNo(0));
    cabin.pay(zoneConsumerNo(1));
    proxy!.plan(['dropResponse']);
    assert.equal((await cabin.sync()).online, false);
    assert.equal(gateway.store.db.prepare('SELECT count(*) FROM payments').pluck().get(), 2, 'the gateway committed the batch whose answer was lost');

    cabin.pay(zoneConsumerNo(2));
    assert.equal((await cabin.sync()).online, true);
    assert.equal(available(cabin), serverWallet(gateway).balance);

    const unseen = cabin.pay(zoneConsumerNo(3));
    assert.equal(available(cabin), serverWallet(gateway).balance - unseen.amountPaise);
  });

  it('while the gateway holds a payment as PENDING, its debit is not subtracted a second time', async () => {
    await start({ consumers: 20, pendingPolls: 2 });
    cabin.pay(zoneConsumerNo(0));
    await cabin.sync();
    assert.deepEqual(outboxStates(cabin), { PENDING: 1 });
    assert.equal(serverWallet(gateway).debits, 1, 'the gateway debited the wallet for the PENDING payment');
    assert.equal(available(cabin), serverWallet(gateway).balance);

    const unseen = cabin.pay(zoneConsumerNo(1));
    assert.equal(available(cabin), serverWallet(gateway).balance - unseen.amountPaise);
    assert.equal(walletStatus(cabin.services.db, cabin.clock.now()).waitingPaise, unseen.amountPaise);

    for (let round = 0; round < 4 && outboxStates(cabin).SUCCESS !== 2; round += 1) {
      cabin.clock.advance(ROUND_MS);
      await cabin.sync();
    }
    assert.deepEqual(outboxStates(cabin), { SUCCESS: 2 });
    assert.equal(available(cabin), serverWallet(gateway).balance);
  });
});
