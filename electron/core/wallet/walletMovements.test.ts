import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { dispatch } from '../../../shared/ipc/dispatch';
import { indiaDate } from '../../../shared/time';
import type { WalletMovements } from '../../../shared/walletMovements';
import { createCore } from '../createCore';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';

const NOON_IN_BHOPAL = new Date('2026-11-24T06:30:00Z');
const TODAY = { from: indiaDate(NOON_IN_BHOPAL), to: indiaDate(NOON_IN_BHOPAL) };
const TOP_UP = 5_000_000;

describe('wallet movements for the day report', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;

  beforeEach(async () => {
    folder = tempDataDir('rokad-wallet-');
    gateway = await startTestGateway(folder.dir, { today: TODAY.from, consumers: 40, topUpPaise: TOP_UP, now: () => NOON_IN_BHOPAL });
    cabin = await startTestCabin(folder.dir, gateway, NOON_IN_BHOPAL);
    openCounter(cabin.services);
  });
  afterEach(async () => {
    cabin.close();
    await gateway.close();
    folder.remove();
  });

  const asSupervisor = () => {
    cabin.services.sessions.signOut();
    cabin.services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    return createCore(cabin.services);
  };

  it('asks the company for the top-ups, debits and commissions of the range, which add up to the balance', async () => {
    const [consumerNo] = gateway.store.db.prepare('SELECT consumer_no FROM bills WHERE due_date >= ? LIMIT 1').pluck().all(TODAY.from) as string[];
    const payment = cabin.pay(consumerNo!);
    await cabin.sync();
    const result = await dispatch(asSupervisor(), 'wallet.movements', TODAY);
    assert.ok(result.ok);
    const movements = result.value as WalletMovements;
    const byKind = Object.fromEntries(movements.totals.map((t) => [t.kind, t.totalPaise]));
    assert.equal(movements.available, true);
    assert.equal(byKind.TOPUP, TOP_UP);
    assert.equal(Math.abs(byKind.DEBIT ?? 0), payment.amountPaise);
    assert.equal(byKind.COMMISSION, 500);
    const sum = movements.entries.reduce((total, entry) => total + entry.amountPaise, 0);
    assert.equal(sum, gateway.store.wallet('AGT-0001').balance);
  });

  it('says so when the gateway cannot be reached, rather than showing nothing as if nothing moved', async () => {
    await gateway.stop();
    const result = await dispatch(asSupervisor(), 'wallet.movements', TODAY);
    assert.deepEqual(result, { ok: true, value: { available: false, reason: 'OFFLINE', entries: [], totals: [], truncated: false } });
  });

  it('is for supervisors only: an agent at the counter is refused', async () => {
    const result = await dispatch(createCore(cabin.services), 'wallet.movements', TODAY);
    assert.equal(result.ok ? 'ok' : result.error.code, 'NOT_ALLOWED');
  });
});
