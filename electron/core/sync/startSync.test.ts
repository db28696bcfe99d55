import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startTestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { createCore } from '../createCore';
import { createServices } from '../createServices';
import { callCore } from '../testing/callCore';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin } from '../testing/testCabin';
import { startSync, WORKER_RESTARTED_MESSAGE } from './startSync';
import { NOT_REGISTERED_MESSAGE } from './syncCycle';

describe('the sync worker thread', () => {
  it('uploads from its own connection when asked to sync now, and stops cleanly', async () => {
    const folder = tempDataDir('rokad-worker-');
    const now = new Date();
    const gateway = await startTestGateway(folder.dir, { today: indiaDate(now), consumers: 50, topUpPaise: 5_000_000 });
    const cabin = await startTestCabin(folder.dir, gateway, now);
    const sync = startSync(cabin.services, {
      workerFile: join(import.meta.dirname, '../testing/syncWorkerFromSource.mjs'),
      intervalMs: 60_000,
    });
    try {
      const payment = cabin.pay(zoneConsumerNo(1));
      const core = createCore(cabin.services);
      const status = await callCore(core, 'sync.now', {});
      assert.equal(status.online, true);
      assert.equal(status.waitingCount, 0);
      assert.match((await callCore(core, 'payments.uploadStatus', { clientTxnId: payment.clientTxnId }))?.approvalRefNumber ?? '', /^AP/);
    } finally {
      await sync.stop();
      cabin.close();
      await gateway.close();
      folder.remove();
    }
  });

  it('starts a dead worker again and answers the sync-now calls it left waiting', async () => {
    const folder = tempDataDir('rokad-worker-dies-');
    const now = new Date();
    const gateway = await startTestGateway(folder.dir, { today: indiaDate(now), consumers: 50, topUpPaise: 5_000_000 });
    const cabin = await startTestCabin(folder.dir, gateway, now);
    const logged: string[] = [];
    const sync = startSync(cabin.services, {
      workerFile: join(import.meta.dirname, '../testing/syncWorkerDiesOnce.mjs'),
      intervalMs: 60_000,
      log: (_level, text) => logged.push(text),
    });
    try {
      const payment = cabin.pay(zoneConsumerNo(1));
      const first = await cabin.services.sync.runNow();
      assert.equal(first.error, WORKER_RESTARTED_MESSAGE);
      assert.match(logged.join('\n'), /The sync worker exited \(code 3\); starting it again/);
      const core = createCore(cabin.services);
      const status = await callCore(core, 'sync.now', {});
      assert.equal(status.waitingCount, 0);
      assert.match((await callCore(core, 'payments.uploadStatus', { clientTxnId: payment.clientTxnId }))?.approvalRefNumber ?? '', /^AP/);
    } finally {
      await sync.stop();
      cabin.close();
      await gateway.close();
      folder.remove();
    }
  });

  it('logs a round that fails once with its reason, however many rounds fail the same way', async () => {
    const folder = tempDataDir('rokad-worker-log-');
    const services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07' });
    const logged: string[] = [];
    const sync = startSync(services, {
      workerFile: join(import.meta.dirname, '../testing/syncWorkerFromSource.mjs'),
      intervalMs: 60_000,
      log: (level, text) => logged.push(`${level} ${text}`),
    });
    try {
      for (let round = 0; round < 3; round += 1) assert.equal((await services.sync.runNow()).error, NOT_REGISTERED_MESSAGE);
      assert.deepEqual(logged, [`warn A sync round failed: ${NOT_REGISTERED_MESSAGE}`]);
    } finally {
      await sync.stop();
      services.close();
      folder.remove();
    }
  });
});
