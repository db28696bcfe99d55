import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { createServices, type Services } from '../createServices';
import { registerDevice, syncStatus } from '../sync/syncCycle';
import { tempDataDir } from '../testing/tempDataDir';
import { testKeychain } from '../testing/testKeychain';
import { getSetting } from './settings';

const NOW = new Date('2026-11-24T06:30:00Z');

describe('the device token at rest', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let services: Services | undefined;
  const dataDir = () => join(folder.dir, 'cabin');

  beforeEach(async () => {
    folder = tempDataDir('rokad-token-');
    gateway = await startTestGateway(join(folder.dir, 'gateway'), { today: indiaDate(NOW), consumers: 20, topUpPaise: 1_000_000, now: () => NOW });
  });
  afterEach(async () => {
    services?.close();
    await gateway.close();
    folder.remove();
  });

  const open = (secrets = testKeychain(folder.dir)) => (services = createServices({ dataDir: dataDir(), cabinCode: 'BPL-07', now: () => NOW, secrets }));
  const register = (opened: Services) =>
    registerDevice(opened.db, opened.deviceToken, {
      gatewayUrl: gateway.url,
      registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
      cabinCode: 'BPL-07',
      deviceName: 'Cabin 7 PC',
    });
  /** Every byte the data folder holds, as text: the database, its WAL and anything beside them. */
  const folderBytes = () =>
    readdirSync(dataDir())
      .map((file) => readFileSync(join(dataDir(), file)).toString('latin1'))
      .join('');
  const tokenOnGateway = () => gateway.store.db.prepare('SELECT count(*) FROM devices').pluck().get();

  it('stores only the sealed token when the keychain is available, and syncs with it after a restart', async () => {
    const first = open();
    await register(first);
    const token = first.deviceToken.load()!;
    assert.equal(getSetting(first.db, 'device_token'), null);
    assert.ok(getSetting(first.db, 'device_token_sealed'));
    assert.ok(!folderBytes().includes(token), 'the token is nowhere in the data folder in the clear');
    first.close();

    const again = open();
    assert.equal(again.deviceToken.load(), token);
    const report = await again.sync.runNow();
    assert.deepEqual([report.online, report.error], [true, null]);
    assert.equal(tokenOnGateway(), 1);
  });

  it('seals a token an earlier version stored in the clear on the first open with a keychain, leaving no trace of it', async () => {
    const plain = open(testKeychain(folder.dir, { available: false }));
    await register(plain);
    const token = getSetting(plain.db, 'device_token')!;
    assert.ok(folderBytes().includes(token), 'without a keychain the token stays in the clear, as before');
    plain.close();

    const sealed = open();
    assert.equal(getSetting(sealed.db, 'device_token'), null);
    assert.equal(sealed.deviceToken.load(), token);
    assert.ok(!folderBytes().includes(token), 'the clear token is gone from the database and its WAL');
    assert.equal((await sealed.sync.runNow()).online, true);
  });

  it('says so, rather than "not registered", when the keychain cannot open the sealed token', async () => {
    await register(open());
    services!.close();
    const locked = open(testKeychain(folder.dir, { available: false }));
    assert.equal(locked.deviceToken.load(), null);
    assert.equal(syncStatus(locked.db, locked.billMaster).registered, true);
    assert.match((await locked.sync.runNow()).error ?? '', /key cannot open it/);
  });
});
