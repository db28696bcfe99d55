import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { protocolClient, Refusal, registeredCabinClient, type ProtocolClient } from './testing/protocolClient';
import { startTestGateway, type TestGateway } from './testing/testGateway';

const FULL = 2;

describe('the cabin’s last sync, kept on every request without the fsync of money', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rokad-last-sync-'));
  let gateway: TestGateway;
  let client: ProtocolClient;
  const lastSync = () => gateway.store.db.prepare("SELECT last_sync_at FROM devices WHERE cabin_code = 'BPL-07'").pluck().get() as string | null;

  before(async () => {
    gateway = await startTestGateway(dir, { today: '2026-11-24', consumers: 20 });
    client = await registeredCabinClient(gateway);
  });
  after(async () => {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets the last sync to the time of each request, and leaves the gateway’s other writes at synchronous=FULL', async () => {
    const before = Date.now();
    await client.billMasterRows('', 5);
    const seen = lastSync();
    assert.ok(seen !== null && Date.parse(seen) >= before - 1000);
    assert.equal(gateway.store.db.pragma('synchronous', { simple: true }), FULL);
  });

  it('leaves synchronous=FULL after a token it does not know', async () => {
    await assert.rejects(protocolClient(gateway.url, 'not-a-token').wallet(), (error: unknown) => error instanceof Refusal && error.code === 'UNAUTHORIZED');
    assert.equal(gateway.store.db.pragma('synchronous', { simple: true }), FULL);
  });
});
