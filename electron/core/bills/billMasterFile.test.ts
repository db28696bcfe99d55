import assert from 'node:assert/strict';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { zoneConsumerNo } from '../../../gateway/seed/generateZone';
import { startTestGateway, type TestGateway } from '../../../gateway/testing/testGateway';
import { indiaDate } from '../../../shared/time';
import { createServices, LEDGER_FILE, type Services } from '../createServices';
import { startCore } from '../startCore';
import { callCore } from '../testing/callCore';
import { PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { startTestCabin, type TestCabin } from '../testing/testCabin';
import { clientFromSettings, syncOnce } from '../sync/syncCycle';
import { BILL_MASTER_FILE, pullState } from './billMasterFile';

const START = new Date('2026-11-24T06:30:00Z');
const CONSUMERS = 120;

const tables = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('the bill master in its own file', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let gateway: TestGateway;
  let cabin: TestCabin;
  let services: Services | undefined;
  const cabinDir = () => join(folder.dir, 'cabin');
  const reopen = () => createServices({ dataDir: cabinDir(), cabinCode: 'BPL-07', now: cabin.clock.now });

  beforeEach(async () => {
    folder = tempDataDir('rokad-bill-master-');
    gateway = await startTestGateway(folder.dir, { today: indiaDate(START), consumers: CONSUMERS, topUpPaise: 50_000_000 });
    cabin = await startTestCabin(folder.dir, gateway, START);
  });
  afterEach(async () => {
    services?.close();
    services = undefined;
    if (cabin.services.db.open) cabin.close();
    await gateway.close();
    folder.remove();
  });

  it('keeps the zone out of the ledger, so a backup holds the money and no bill', async () => {
    assert.equal(cabin.services.bills.count(), CONSUMERS);
    assert.ok(!tables(join(cabinDir(), LEDGER_FILE)).includes('bills'));
    const backup = await cabin.services.backups.take('SUPERVISOR');
    const inBackup = tables(backup.path);
    assert.ok(inBackup.includes('ledger') && !inBackup.some((name) => name.startsWith('bills')), inBackup.join(', '));
  });

  it('survives the restore of a backup: the restored ledger finds its bills at once, without a sync', async () => {
    cabin.pay(zoneConsumerNo(0));
    const backup = await cabin.services.backups.take('SUPERVISOR');
    cabin.close();
    const fd = openSync(join(cabinDir(), LEDGER_FILE), 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096);
    closeSync(fd);

    const damaged = startCore({ dataDir: cabinDir(), cabinCode: 'BPL-07', now: cabin.clock.now });
    assert.equal(damaged.state, 'damaged');
    await callCore(damaged.core, 'backups.restore', { backupName: backup.name, supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin });
    const restored = startCore({ dataDir: cabinDir(), cabinCode: 'BPL-07', now: cabin.clock.now });
    assert.equal(restored.state, 'ready');
    if (restored.state !== 'ready') return;
    services = restored.services;
    assert.equal(services.db.prepare("SELECT count(*) FROM ledger WHERE kind = 'PAYMENT'").pluck().get(), 1);
    assert.equal(services.bills.count(), CONSUMERS, 'the whole zone as last pulled');
    assert.ok(services.bills.find(zoneConsumerNo(5)));
  });

  it('is refilled from the gateway when it is lost, with the same search by name, which keeps up with later changes', async () => {
    const name = cabin.services.bills.find(zoneConsumerNo(3))!.consumerName.split(' / ')[1]!.split(' ')[0]!;
    const before = cabin.services.bills.search(name).map((bill) => bill.consumerNo);
    assert.ok(before.length > 0);
    cabin.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(cabinDir(), BILL_MASTER_FILE + suffix), { force: true });

    services = reopen();
    assert.equal(services.bills.count(), 0);
    assert.deepEqual(pullState(services.billMaster), { cursor: '', syncedAt: null });
    const client = clientFromSettings(services.db, services.deviceToken.load())!;
    const round = await syncOnce({ db: services.db, billMaster: services.billMaster, bills: services.bills, client, now: cabin.clock.now, billMasterPageSize: 25 });
    assert.equal(round.online, true);
    assert.equal(services.bills.count(), CONSUMERS);
    assert.deepEqual(
      services.bills.search(name).map((bill) => bill.consumerNo),
      before,
    );

    const renamed = { ...services.bills.find(zoneConsumerNo(7))!, consumerName: 'Zorawar Qadri' };
    services.bills.save([renamed]);
    assert.deepEqual(
      services.bills.search('Zorawar').map((bill) => bill.consumerNo),
      [zoneConsumerNo(7)],
    );
  });
});
