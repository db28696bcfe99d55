import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { MAX_CASH_PAISE } from '../../../shared/money';
import { indiaDate } from '../../../shared/time';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { readBillerRules } from '../rules/billerRulesStore';
import { testKeychain } from '../testing/testKeychain';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';
import { createGatewayClient, GatewayError } from './gatewayClient';
import { registerDevice, syncStatus } from './syncCycle';
import { forwardTo, startScriptedGateway, type ScriptedGateway } from './testing/scriptedGateway';

const NOW = new Date('2026-11-24T05:00:00Z');
const TOKEN = 'T'.repeat(40);

const bill = (fields: Record<string, unknown> = {}) => ({
  consumerNo: 'N3330008565',
  consumerName: 'रमेश कुमार / Ramesh Kumar',
  address: 'Bhopal',
  mobile: '',
  billNumber: 'B-1',
  billMonth: '2026-11',
  billDate: '2026-11-09',
  dueDate: '2026-11-30',
  amountByDuePaise: 45_000,
  amountAfterDuePaise: 46_000,
  arrearsPaise: 0,
  ...fields,
});

describe('a bill answered by the gateway is checked against the question', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let scripted: ScriptedGateway;
  let services: Services;
  let core: Core;
  before(async () => {
    folder = tempDataDir();
    scripted = await startScriptedGateway();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => NOW, gateway: { url: scripted.url, deviceToken: TOKEN } });
    openCounter(services);
    core = createCore(services);
  });
  after(async () => {
    services.close();
    await scripted.close();
    folder.remove();
  });
  const fetchesSaved = () => services.db.prepare('SELECT count(*) FROM bill_fetches').pluck().get();

  it('refuses, in words, a bill of another consumer than the one asked, and keeps nothing of it', async () => {
    scripted.answer(() => ({ body: JSON.stringify({ bill: bill({ consumerNo: 'N9990001111' }), refId: 'REF-1' }) }));
    const result = await dispatch(core, 'bills.lookup', { consumerNo: 'N3330008565' });
    assert.deepEqual(!result.ok && [result.error.code, result.error.params], ['GATEWAY_WRONG_BILL', { consumerNo: 'N3330008565' }]);
    assert.equal(fetchesSaved(), 0);
    assert.equal(services.bills.find('N9990001111'), undefined);
  });

  it('does not offer a bill of 0 paise for collection', async () => {
    scripted.answer(() => ({ body: JSON.stringify({ bill: bill({ amountByDuePaise: 0, amountAfterDuePaise: 0 }), refId: 'REF-2' }) }));
    const result = await dispatch(core, 'bills.lookup', { consumerNo: 'n3330008565' });
    assert.deepEqual(!result.ok && result.error.code, 'NOTHING_TO_COLLECT');
    assert.equal(fetchesSaved(), 0);
  });

  it('still offers the bill asked for, typed in small letters', async () => {
    scripted.answer(() => ({ body: JSON.stringify({ bill: bill(), refId: 'REF-3' }) }));
    const result = await dispatch(core, 'bills.lookup', { consumerNo: 'n3330008565' });
    assert.ok(result.ok, JSON.stringify(result));
  });
});

describe('an answer the client cannot read', () => {
  let scripted: ScriptedGateway;
  before(async () => (scripted = await startScriptedGateway()));
  after(() => scripted.close());
  const wallet = JSON.stringify({ balance: 100_000, currency: 'INR', lowBalanceThreshold: 0, commissionToday: 0, commissionThisMonth: 0, asOf: '2026-11-24T06:30:00.000Z' });

  const unreadable: Record<string, { headers?: Record<string, string>; body: string | Buffer }> = {
    'gzip without the header saying so': { body: gzipSync(wallet) },
    'a gzip header over a plain body': { headers: { 'content-encoding': 'gzip' }, body: wallet },
    'a brotli header over a plain body': { headers: { 'content-encoding': 'br' }, body: wallet },
    'UTF-16 text': { headers: { 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from(wallet, 'utf16le') },
    'bytes that are not UTF-8': { body: Buffer.from([0xff, 0xfe, 0x7b, 0x00]) },
    'an HTML error page': { body: '<html><body>502 Bad Gateway</body></html>' },
    'JSON cut short': { body: wallet.slice(0, 30) },
    'nothing at all': { body: '' },
  };
  for (const [name, answer] of Object.entries(unreadable)) {
    it(`turns ${name} into the client's own GATEWAY_MALFORMED, to be asked again`, async () => {
      scripted.answer(() => answer);
      const error = await createGatewayClient({ baseUrl: scripted.url, deviceToken: TOKEN, timeoutMs: 2_000 })
        .wallet()
        .catch((caught: unknown) => caught);
      assert.ok(error instanceof GatewayError, String(error));
      assert.deepEqual([error.code, error.transient], ['GATEWAY_MALFORMED', true]);
      assert.doesNotMatch(error.message, /SyntaxError|Unexpected|JSON\.parse|terminated/);
    });
  }

  it('reads a JSON answer that begins with a byte-order mark', async () => {
    scripted.answer(() => ({ body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(wallet)]) }));
    assert.equal((await createGatewayClient({ baseUrl: scripted.url, deviceToken: TOKEN }).wallet()).balance, 100_000);
  });
});

describe('biller rules from the gateway that the app cannot enforce', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let scripted: ScriptedGateway;
  let cabin: TestCabin;
  let badConfig: ((config: Record<string, unknown>) => Record<string, unknown>) | undefined;

  before(async () => {
    folder = tempDataDir('rokad-rules-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(NOW), consumers: 30, topUpPaise: 10_000_000, now: () => NOW });
    scripted = await startScriptedGateway();
    scripted.answer(async (request) => {
      const answer = await forwardTo(gateway.url, request);
      if (!request.path.startsWith('/v1/config') || !badConfig) return answer;
      return { ...answer, body: JSON.stringify(badConfig(JSON.parse(String(answer.body)) as Record<string, unknown>)) };
    });
    cabin = await startTestCabin(folder.dir, gateway, NOW, scripted.url);
  });
  after(async () => {
    cabin.close();
    await scripted.close();
    await gateway.close();
    folder.remove();
  });

  const variants: Record<string, (config: Record<string, unknown>) => Record<string, unknown>> = {
    'a minimum of 0': (config) => ({ ...config, minCashPaise: 0 }),
    'a maximum above the app’s cap': (config) => ({ ...config, maxCashPaise: MAX_CASH_PAISE + 1 }),
    'a minimum above the maximum': (config) => ({ ...config, minCashPaise: 600_000, maxCashPaise: 500_000 }),
  };
  let consumer = 0;
  for (const [name, variant] of Object.entries(variants)) {
    it(`with ${name}: payments still upload and the bill master is still pulled, the last good rules stay, and the sync panel says why`, async () => {
      const rulesBefore = readBillerRules(cabin.services.db);
      const paid = cabin.pay(zoneConsumerNo(consumer++));
      const changed = { ...gateway.store.billMaster('', 100).bills.at(-1)!, consumerName: `Renamed ${consumer}` };
      gateway.store.saveBills([changed]);
      badConfig = variant;
      const report = await cabin.sync();
      assert.deepEqual([report.online, report.error, report.accepted], [true, null, 1]);
      assert.equal(cabin.services.db.prepare('SELECT state FROM outbox WHERE entry_id = ?').pluck().get(paid.clientTxnId), 'SUCCESS');
      assert.equal(cabin.services.bills.find(changed.consumerNo)?.consumerName, changed.consumerName, 'the bill master was pulled');
      assert.deepEqual(readBillerRules(cabin.services.db), rulesBefore);
      const status = syncStatus(cabin.services.db, cabin.services.billMaster);
      assert.equal(status.online, true);
      assert.equal(status.rulesRefused?.code, 'GATEWAY_RULES_REFUSED');
    });
  }

  it('clears the refusal when the gateway next answers rules the app can enforce', async () => {
    badConfig = undefined;
    await cabin.sync();
    assert.equal(syncStatus(cabin.services.db, cabin.services.billMaster).rulesRefused, null);
  });
});

describe('a cabin is registered only once a readable token is stored', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  before(async () => {
    folder = tempDataDir('rokad-register-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(NOW), consumers: 5, now: () => NOW });
  });
  after(async () => {
    await gateway.close();
    folder.remove();
  });

  const register = (services: Services, fetchImpl?: typeof fetch) =>
    registerDevice(
      services.db,
      services.deviceToken,
      { gatewayUrl: gateway.url, registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT), cabinCode: 'BPL-07', deviceName: 'Cabin 7 PC' },
      fetchImpl,
    ).catch((error: unknown) => error as Error & { code?: string });

  it('is not registered when the answer to the registration, or to the rules after it, never comes', async () => {
    for (const stalled of ['/v1/devices/register', '/v1/config']) {
      const dir = tempDataDir();
      const services = createServices({ dataDir: dir.dir, cabinCode: 'BPL-07', now: () => NOW });
      const stalling: typeof fetch = (url, init) =>
        String(url).includes(stalled) ? Promise.reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })) : fetch(url, init);
      const error = await register(services, stalling);
      assert.ok(error instanceof GatewayError, stalled);
      assert.deepEqual([syncStatus(services.db, services.billMaster).registered, services.deviceToken.load()], [false, null], stalled);
      services.close();
      dir.remove();
    }
  });

  it('is not registered when the sealed token does not read back', async () => {
    const dir = tempDataDir();
    const keychain = testKeychain(dir.dir);
    const services = createServices({ dataDir: dir.dir, cabinCode: 'BPL-07', now: () => NOW, secrets: { ...keychain, decrypt: () => 'garbled' } });
    const error = await register(services);
    assert.equal((error as { code?: string }).code, 'DEVICE_TOKEN_UNREADABLE');
    assert.equal(syncStatus(services.db, services.billMaster).registered, false);
    services.close();
    dir.remove();
  });
});
