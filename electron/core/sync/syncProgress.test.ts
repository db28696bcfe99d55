import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_RULES } from '../../../gateway/gatewayStore';
import { startTestGateway, TEST_AGENT, type TestGateway } from '../../../gateway/testing/testGateway';
import type { SyncStatus } from '../../../shared/domain';
import { indiaDate } from '../../../shared/time';
import { readScanPattern } from '../bills/consumerNoFromScan';
import { createServices, type Services } from '../createServices';
import { tempDataDir } from '../testing/tempDataDir';
import { createGatewayClient, type GatewayClient } from './gatewayClient';
import { registerDevice, syncOnce, syncStatus } from './syncCycle';

describe('a sync round tells the window what it is doing while it runs', () => {
  const folder = tempDataDir('rokad-sync-progress-');
  let gateway: TestGateway;
  let services: Services;
  const seen: SyncStatus[] = [];

  before(async () => {
    gateway = await startTestGateway(join(folder.dir, 'gateway'), { today: indiaDate(new Date()), consumers: 1_200, topUpPaise: 1_000_000 });
    services = createServices({ dataDir: join(folder.dir, 'cabin'), cabinCode: 'BPL-07' });
    await registerDevice(services.db, services.deviceToken, {
      gatewayUrl: gateway.url,
      registrationCode: gateway.store.issueRegistrationCode(TEST_AGENT),
      cabinCode: 'BPL-07',
      deviceName: 'Cabin 7 PC',
    });
    const real = createGatewayClient({ baseUrl: gateway.url, deviceToken: services.deviceToken.load()! });
    // Each page is looked at as the window would see it, just before the next one is asked for.
    const client: GatewayClient = {
      ...real,
      billMasterRows: async (cursor, limit) => {
        seen.push(syncStatus(services.db, services.billMaster));
        return real.billMasterRows(cursor, limit);
      },
    };
    await syncOnce({ db: services.db, billMaster: services.billMaster, bills: services.bills, client, now: () => new Date(), billMasterPageSize: 500 });
  });

  after(async () => {
    services.close();
    await gateway.close();
    folder.remove();
  });

  it('is online and syncing from the first answer on, through the whole bill master download', () => {
    assert.ok(seen.length >= 3, `pages seen: ${seen.length}`);
    for (const status of seen) assert.deepEqual([status.online, status.syncing], [true, true]);
  });

  it('counts the bills saved of how many there are, page by page', () => {
    const progress = seen.map((status) => status.billMasterProgress);
    assert.equal(progress[0], undefined);
    assert.deepEqual(
      progress.slice(1).map((p) => [p?.done, p?.total]),
      [
        [500, 1_200],
        [1_000, 1_200],
      ],
    );
  });

  it("keeps the biller's scan pattern served with the rules, for a bill's QR at the counter", () => {
    assert.equal(readScanPattern(services.db), DEFAULT_RULES.scanPattern);
  });

  it('says nothing of a round once it has ended', () => {
    const status = syncStatus(services.db, services.billMaster);
    assert.equal(status.syncing, undefined);
    assert.equal(status.billMasterProgress, undefined);
    assert.equal(status.online, true);
  });
});
