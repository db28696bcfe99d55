import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { verifyChain } from '../ledger/verifyChain';
import { openCounter, PEOPLE, seedPeople } from '../testing/seedCounter';
import { saveBills } from '../testing/seedPayments';
import { tempDataDir } from '../testing/tempDataDir';

/** A real, tiny tmpfs: the disk that fills up, or is read-only, for backups and exports. Needs the right to mount (root here; not every CI runner). */
function tinyDisk(dir: string, size: string): { remountReadOnly: () => void; unmount: () => void } | undefined {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    return undefined;
  }
  return {
    remountReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' }),
    unmount: () => execFileSync('umount', [dir], { stdio: 'pipe' }),
  };
}
const canMount = (() => {
  const probe = tempDataDir('rokad-mount-probe-');
  const disk = tinyDisk(join(probe.dir, 'disk'), '16k');
  disk?.unmount();
  probe.remove();
  return disk !== undefined;
})();
const MOUNT_SKIP = canMount ? false : 'needs permission to mount a tmpfs (see the SQLite full-disk test for the injected fault that runs everywhere)';

describe('a fault of the disk', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;
  const ledgerState = () => {
    const chain = verifyChain(services.db);
    assert.ok(chain.ok, 'the hash chain still verifies');
    return [chain.rows, chain.headHash, services.db.prepare('SELECT count(*) FROM outbox').pluck().get(), services.db.prepare('SELECT count(*) FROM print_jobs').pluck().get()];
  };

  beforeEach(() => {
    folder = tempDataDir('rokad-disk-');
    services = createServices({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-07', security: { idleMinutes: 24 * 60 } });
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('refuses a payment when the ledger’s disk is full (SQLite held to its size by max_page_count), says so, and leaves the ledger as it was', async () => {
    const bills = saveBills(services, 400);
    openCounter(services);
    core = createCore(services);
    const pages = services.db.pragma('page_count', { simple: true }) as number;
    services.db.pragma(`max_page_count = ${pages + 3}`);
    let refused: Awaited<ReturnType<typeof dispatch>> | undefined;
    let recorded = 0;
    for (const bill of bills) {
      const before = ledgerState();
      const result = await dispatch(core, 'payments.record', {
        clientTxnId: randomUUID(),
        consumerNo: bill.consumerNo,
        billNumber: bill.billNumber,
        amountPaise: bill.amountByDuePaise,
        tenderedPaise: bill.amountByDuePaise,
      });
      if (result.ok) {
        recorded += 1;
        continue;
      }
      refused = result;
      assert.deepEqual(ledgerState(), before, 'the refused payment left no row, no upload and no receipt to print');
      break;
    }
    assert.ok(recorded > 0, 'payments went in until the disk filled');
    assert.ok(refused && !refused.ok);
    assert.equal(refused.error.code, 'DISK_FULL');
    assert.match(refused.error.message, /disk is full.*not recorded/);
  });

  it('refuses a payment when the ledger has become read-only (SQLite told query_only, as a read-only folder answers), and leaves it as it was', async () => {
    const [bill] = saveBills(services, 1);
    openCounter(services);
    core = createCore(services);
    const before = ledgerState();
    services.db.pragma('query_only = ON');
    const result = await dispatch(core, 'payments.record', {
      clientTxnId: randomUUID(),
      consumerNo: bill!.consumerNo,
      billNumber: bill!.billNumber,
      amountPaise: bill!.amountByDuePaise,
      tenderedPaise: bill!.amountByDuePaise,
    });
    services.db.pragma('query_only = OFF');
    assert.deepEqual(!result.ok && result.error.code, 'DISK_READ_ONLY');
    assert.deepEqual(ledgerState(), before);
  });

  it('refuses a backup to a full disk in words, and leaves no half-written backup', { skip: MOUNT_SKIP }, async () => {
    const drive = join(folder.dir, 'usb');
    const disk = tinyDisk(drive, '64k')!;
    try {
      saveBills(services, 2_000);
      seedPeople(services);
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      core = createCore(services);
      assert.ok((await dispatch(core, 'backups.saveSettings', { folder: drive, keep: 3 })).ok);
      const before = ledgerState();
      const result = await dispatch(core, 'backups.now', {});
      assert.deepEqual(!result.ok && result.error.code, 'DISK_FULL');
      assert.deepEqual(readdirSync(drive), []);
      assert.deepEqual(ledgerState(), before);
    } finally {
      disk.unmount();
    }
  });

  for (const [name, fill] of [
    ['full', (disk: { remountReadOnly: () => void }) => void disk],
    ['read-only', (disk: { remountReadOnly: () => void }) => disk.remountReadOnly()],
  ] as const) {
    it(`refuses an export to a ${name} USB stick in words, and leaves none of its files there`, { skip: MOUNT_SKIP }, async () => {
      const drive = join(folder.dir, 'usb');
      const disk = tinyDisk(drive, '24k')!;
      try {
        const counter = openCounter(services);
        const bills = saveBills(services, 30);
        for (const bill of bills) {
          services.recordPayment(
            { clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: bill.amountByDuePaise, tenderedPaise: bill.amountByDuePaise },
            counter,
          );
        }
        services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
        core = createCore(services);
        fill(disk);
        const today = new Date().toISOString().slice(0, 10);
        const result = await dispatch(core, 'exports.write', { from: today, to: today, folder: drive, formats: ['csv', 'xlsx', 'pdf'] });
        assert.ok(!result.ok);
        assert.ok(['DISK_FULL', 'EXPORT_FOLDER_READ_ONLY'].includes(result.error.code), result.error.code);
        assert.deepEqual(readdirSync(drive), []);
      } finally {
        disk.unmount();
      }
    });
  }
});
