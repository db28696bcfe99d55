import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { BackupInfo, BackupSettings, RestoreOutcome, StartupHealth } from '../../../shared/backups';
import { createCore } from '../createCore';
import { createServices, LEDGER_FILE, type Services } from '../createServices';
import { auditLedger } from '../ledger/auditLedger';
import { setSetting } from '../settings/settings';
import { startCore } from '../startCore';
import { callCore } from '../testing/callCore';
import { ledgerRowsInFileAlone } from '../testing/ledgerFileAlone';
import { OPENING_FLOAT, openCounter, PEOPLE, seedPeople } from '../testing/seedCounter';
import { payBills, saveBills, settableClock } from '../testing/seedPayments';
import { tempDataDir } from '../testing/tempDataDir';

/** The ledger check's worker, run from source as main runs the built one. */
const CHECK_WORKER = join(import.meta.dirname, '../testing/ledgerCheckWorkerFromSource.mjs');

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What a failing disk does: a run of bytes in the middle of the file replaced by garbage. */
/** Where the ledger table's first page starts in the file: damage there is what the start-up check must find. */
function ledgerTableOffset(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return ((db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'ledger'").pluck().get() as number) - 1) * (db.pragma('page_size', { simple: true }) as number);
  } finally {
    db.close();
  }
}

function overwriteBytes(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  closeSync(fd);
}

describe('backups of the live database', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  const clock = settableClock('2026-11-24T12:30:00Z');
  const supervisor = () => services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');
  const open = () => createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now });

  beforeEach(() => {
    folder = tempDataDir();
    clock.set('2026-11-24T12:30:00Z');
    services = open();
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const closeShiftWithPayments = () => {
    const counter = openCounter(services);
    payBills(services, counter, saveBills(services, 3), clock, (i) => `2026-11-24T0${5 + i}:00:00Z`);
    clock.set('2026-11-24T12:30:00Z');
    return services.shifts.close(counter.user, OPENING_FLOAT, 'Collections handed over', supervisor());
  };

  it('takes one after every shift close, named for the cabin and the India time, holding the closed shift', async () => {
    closeShiftWithPayments();
    await services.backups.idle();
    const [backup, ...others] = services.backups.list();
    assert.equal(others.length, 0);
    assert.equal(backup!.name, 'rokad-BPL-07-20261124-180000.sqlite');
    assert.equal(backup!.path, join(folder.dir, 'backups', backup!.name));
    const copy = new Database(backup!.path, { readonly: true });
    assert.deepEqual(auditLedger(copy).faults, []);
    assert.equal(copy.prepare('SELECT count(*) FROM shift_closes').pluck().get(), 1);
    copy.close();
    assert.deepEqual(readdirSync(join(folder.dir, 'backups')), [backup!.name], 'reading it leaves no -wal or -shm beside it');
    assert.equal(services.audit.list({ action: 'BACKUP' })[0]!.detail.reason, 'SHIFT_CLOSE');
  });

  it('holds the payment recorded just before it, though that payment is still in the WAL alone', async () => {
    const counter = openCounter(services);
    const [latest] = payBills(services, counter, saveBills(services, 1), clock, () => '2026-11-24T12:00:00Z');
    clock.set('2026-11-24T12:30:00Z');
    assert.equal(ledgerRowsInFileAlone(join(folder.dir, LEDGER_FILE)), 0, 'no checkpoint has run yet');
    const backup = await services.backups.take('SUPERVISOR');
    const copy = new Database(backup.path, { readonly: true });
    assert.equal(copy.prepare('SELECT receipt_no FROM ledger ORDER BY seq DESC LIMIT 1').pluck().get(), latest!.receiptNo);
    copy.close();
  });

  it('keeps only the newest backups, as many as configured', async () => {
    setSetting(services.db, 'backup_keep', '3');
    const taken: string[] = [];
    for (let minute = 0; minute < 5; minute += 1) {
      clock.set(`2026-11-24T12:3${minute}:00Z`);
      taken.push((await services.backups.take('SUPERVISOR')).name);
    }
    assert.deepEqual(
      services.backups.list().map((b) => b.name),
      taken.slice(2).reverse(),
    );
  });

  it('gives a second backup in the same second a name of its own', async () => {
    const first = await services.backups.take('SUPERVISOR');
    const second = await services.backups.take('SUPERVISOR');
    assert.deepEqual([first.name, second.name], ['rokad-BPL-07-20261124-180000.sqlite', 'rokad-BPL-07-20261124-180000-2.sqlite']);
  });

  it('closes the shift even when the backup fails, and logs and shows the failure', async () => {
    const notAFolder = join(folder.dir, 'a-file');
    writeFileSync(notAFolder, '');
    setSetting(services.db, 'backup_folder', notAFolder);
    const report = closeShiftWithPayments();
    assert.notEqual(report.closedAt, null);
    await services.backups.idle();
    assert.equal(services.audit.list({ action: 'BACKUP_FAILED' })[0]!.detail.reason, 'SHIFT_CLOSE');
    assert.match(services.health().lastBackupError ?? '', /^The shift close backup to .*a-file failed: /);
  });

  it('takes the day’s backup at the first start of an India day, and not again that day', async () => {
    services.close();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now, dailyBackups: true });
    await services.backups.idle();
    services.close();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now, dailyBackups: true });
    await services.backups.idle();
    assert.deepEqual(
      services.backups.list().map((b) => b.name),
      ['rokad-BPL-07-20261124-180000.sqlite'],
    );
  });

  it('lets only a supervisor list backups or take one', async () => {
    seedPeople(services);
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    const result = await dispatch(createCore(services), 'backups.now', {});
    assert.deepEqual(result, { ok: false, error: { code: 'NOT_ALLOWED', message: 'Only a supervisor can do this.' } });
  });

  describe('settings a supervisor changes', () => {
    const asSupervisor = () => {
      seedPeople(services);
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      return createCore(services);
    };
    const unchanged = (core: ReturnType<typeof createCore>) => dispatch(core, 'backups.getSettings', {});

    it('start as the data folder’s backups, keeping 30', async () => {
      const result = await unchanged(asSupervisor());
      assert.deepEqual(result, { ok: true, value: { folder: join(folder.dir, 'backups'), keep: 30 } });
    });

    it('send the next backups to the chosen folder, keep as many as asked, and are audited', async () => {
      const core = asSupervisor();
      const drive = join(folder.dir, 'backup-drive');
      mkdirSync(drive);
      const saved = await dispatch(core, 'backups.saveSettings', { folder: drive, keep: 2 });
      assert.deepEqual(saved, { ok: true, value: { folder: drive, keep: 2 } });
      assert.deepEqual(await unchanged(core), saved);

      for (const minute of [0, 1, 2]) {
        clock.set(`2026-11-24T12:4${minute}:00Z`);
        await dispatch(core, 'backups.now', {});
      }
      assert.deepEqual(readdirSync(drive).sort(), ['rokad-BPL-07-20261124-181100.sqlite', 'rokad-BPL-07-20261124-181200.sqlite']);
      const [logged] = services.audit.list({ action: 'SETTINGS_CHANGE' });
      assert.deepEqual(
        { by: logged!.userId, detail: logged!.detail },
        { by: PEOPLE.supervisor.userId, detail: { backups: { folder: drive, keep: 2 }, before: { folder: join(folder.dir, 'backups'), keep: 30 } } },
      );
    });

    it('refuse a folder that is not there, or is a file, and change nothing', async () => {
      const core = asSupervisor();
      const before = await unchanged(core);
      const aFile = join(folder.dir, 'a-file');
      writeFileSync(aFile, '');
      for (const chosen of [join(folder.dir, 'no-usb-drive'), aFile, 'backups']) {
        const result = await dispatch(core, 'backups.saveSettings', { folder: chosen, keep: 10 });
        assert.deepEqual(result, {
          ok: false,
          error: {
            code: 'BACKUP_FOLDER_MISSING',
            message: `The folder ${chosen} is not there. Plug in the drive or choose another folder. The backup settings were not changed.`,
            params: { folder: chosen },
          },
        });
      }
      assert.deepEqual(await unchanged(core), before);
      assert.equal(services.audit.list({ action: 'SETTINGS_CHANGE' }).length, 0);
    });

    it('refuse a folder Rokad cannot write to', async (t) => {
      // Even an administrator cannot create a file in /proc; a folder's permission bits would not stop one.
      if (!existsSync('/proc/self')) return t.skip('needs Linux /proc');
      const result = await dispatch(asSupervisor(), 'backups.saveSettings', { folder: '/proc', keep: 10 });
      assert.equal(!result.ok && result.error.code, 'BACKUP_FOLDER_READ_ONLY');
      assert.equal(
        !result.ok && result.error.message,
        'Rokad cannot write to /proc; it may be read-only, locked or full. Choose another folder. The backup settings were not changed.',
      );
    });

    it('keep between 1 and 365 backups', async () => {
      const core = asSupervisor();
      for (const [keep, message] of [
        [0, 'Keep at least 1 backup.'],
        [366, 'Keep at most 365 backups.'],
        [2.5, 'Enter how many backups to keep as a whole number.'],
      ] as const) {
        const result = await dispatch(core, 'backups.saveSettings', { folder: folder.dir, keep });
        assert.deepEqual(result, { ok: false, error: { code: 'INVALID_INPUT', message } });
      }
      const ok = (await dispatch(core, 'backups.saveSettings', { folder: folder.dir, keep: 365 })) as { ok: true; value: BackupSettings };
      assert.equal(ok.value.keep, 365);
    });

    it('are shown and changed by a supervisor only', async () => {
      seedPeople(services);
      services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
      const core = createCore(services);
      const notAllowed = { ok: false, error: { code: 'NOT_ALLOWED', message: 'Only a supervisor can do this.' } };
      assert.deepEqual(await dispatch(core, 'backups.getSettings', {}), notAllowed);
      assert.deepEqual(await dispatch(core, 'backups.saveSettings', { folder: folder.dir, keep: 5 }), notAllowed);
      assert.equal(services.backups.settings().keep, 30);
    });
  });

  describe('in a folder shared with other cabins, with a clock that can be set back', () => {
    const asSupervisor = () => {
      seedPeople(services);
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      return createCore(services);
    };
    const names = (backups: BackupInfo[]) => backups.map((backup) => backup.name);
    const sharedDrive = () => {
      const drive = join(folder.dir, 'shared-drive');
      mkdirSync(drive);
      return drive;
    };
    /** Cabin BPL-08, with its own data folder, backing up to `backupFolder`. */
    const anotherCabin = (backupFolder: string) => {
      const dataDir = tempDataDir();
      const cabin = createServices({ dataDir: dataDir.dir, cabinCode: 'BPL-08', now: clock.now });
      setSetting(cabin.db, 'backup_folder', backupFolder);
      return {
        take: () => cabin.backups.take('SUPERVISOR'),
        close: () => {
          cabin.close();
          dataDir.remove();
        },
      };
    };

    it('keep the backup a supervisor takes after the clock moved back a day, and prune the oldest taken instead', async () => {
      const core = asSupervisor();
      const drive = sharedDrive();
      await callCore(core, 'backups.saveSettings', { folder: drive, keep: 3 });
      const taken: string[] = [];
      for (const minute of [0, 1, 2]) {
        clock.set(`2026-11-24T12:4${minute}:00Z`);
        taken.push((await callCore(core, 'backups.now', {})).name);
      }

      clock.set('2026-11-23T12:43:00Z');
      const afterClockBack = await callCore(core, 'backups.now', {});
      assert.equal(afterClockBack.name, 'rokad-BPL-07-20261123-181300.sqlite');
      assert.ok(existsSync(afterClockBack.path));
      assert.deepEqual(names(await callCore(core, 'backups.list', {})), [afterClockBack.name, taken[2], taken[1]]);

      clock.set('2026-11-23T12:44:00Z');
      const next = await callCore(core, 'backups.now', {});
      assert.deepEqual(names(await callCore(core, 'backups.list', {})), [next.name, afterClockBack.name, taken[2]]);
      assert.deepEqual(readdirSync(drive).sort(), [next.name, afterClockBack.name, taken[2]].sort(), 'three stay, and nothing beside them');
    });

    it('leave other cabins’ backups and any other file alone: never pruned, listed or counted', async () => {
      const drive = sharedDrive();
      const other = anotherCabin(drive);
      try {
        clock.set('2026-11-20T06:00:00Z');
        const theirs = await other.take();
        clock.set('2026-11-20T06:01:00Z');
        await other.take();
        // Named as this cabin's, but holding the other cabin's ledger; and a file that is no database at all.
        copyFileSync(theirs.path, join(drive, 'rokad-BPL-07-20261120-113000.sqlite'));
        writeFileSync(join(drive, 'rokad-BPL-07-20261120-113100.sqlite'), 'not a database');
        writeFileSync(join(drive, 'rokad-x.sqlite'), 'somebody else’s file');
        const before = new Map(readdirSync(drive).map((name) => [name, sha256(join(drive, name))]));

        clock.set('2026-11-24T12:30:00Z');
        const core = asSupervisor();
        await callCore(core, 'backups.saveSettings', { folder: drive, keep: 2 });
        const ours: string[] = [];
        for (const minute of [0, 1, 2]) {
          clock.set(`2026-11-24T12:4${minute}:00Z`);
          ours.push((await callCore(core, 'backups.now', {})).name);
        }

        assert.deepEqual(names(await callCore(core, 'backups.list', {})), [ours[2], ours[1]]);
        for (const [name, hash] of before) assert.equal(sha256(join(drive, name)), hash, `${name} is left as it was`);
        assert.deepEqual(readdirSync(drive).sort(), [...before.keys(), ours[2], ours[1]].sort());
      } finally {
        other.close();
      }
    });

    it('take this cabin’s day backup even when another cabin has backed up to the same folder that day', async () => {
      const other = anotherCabin(join(folder.dir, 'backups'));
      try {
        await other.take();
        services.close();
        services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now, dailyBackups: true });
        await services.backups.idle();
        assert.deepEqual(names(services.backups.list()), ['rokad-BPL-07-20261124-180000.sqlite']);
      } finally {
        other.close();
      }
    });

    it('prune backups from before they were numbered first, oldest first', async () => {
      const core = asSupervisor();
      const unnumbered: BackupInfo[] = [];
      for (const minute of [0, 1]) {
        clock.set(`2026-11-24T12:4${minute}:00Z`);
        unnumbered.push(await callCore(core, 'backups.now', {}));
      }
      // As Rokad wrote them before: no number, and in WAL mode, which grows "-wal" and "-shm" files when read.
      for (const backup of unnumbered) {
        const copy = new Database(backup.path);
        copy.prepare("DELETE FROM settings WHERE key = 'backup_number'").run();
        copy.pragma('journal_mode = WAL');
        copy.close();
      }
      await callCore(core, 'backups.saveSettings', { folder: join(folder.dir, 'backups'), keep: 2 });
      clock.set('2026-11-23T12:40:00Z');
      const numbered = await callCore(core, 'backups.now', {});
      assert.deepEqual(names(await callCore(core, 'backups.list', {})), [numbered.name, unnumbered[1]!.name]);
      const pruned = unnumbered[0]!.name;
      assert.deepEqual(
        readdirSync(join(folder.dir, 'backups')).filter((name) => name.startsWith(pruned)),
        [],
        'its -wal and -shm went with it',
      );
    });

    it('number the backups taken after a restore past every backup in the folder, so the newest comes first', async () => {
      const core = asSupervisor();
      const taken: BackupInfo[] = [];
      for (const minute of [0, 1, 2]) {
        clock.set(`2026-11-24T12:4${minute}:00Z`);
        taken.push(await callCore(core, 'backups.now', {}));
      }
      services.close();
      overwriteBytes(join(folder.dir, LEDGER_FILE), ledgerTableOffset(join(folder.dir, LEDGER_FILE)), 4096);
      const damaged = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now });
      await callCore(damaged.core, 'backups.restore', { backupName: taken[0]!.name, supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin });

      const restored = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now });
      assert.equal(restored.state, 'ready');
      if (restored.state !== 'ready') return;
      services = restored.services;
      clock.set('2026-11-23T12:45:00Z');
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      const afterRestore = await callCore(restored.core, 'backups.now', {});
      assert.deepEqual(
        names(await callCore(restored.core, 'backups.list', {})),
        [afterRestore, ...taken.slice().reverse()].map((backup) => backup.name),
      );
    });

    it('offer, on the recovery screen, the backup the list shows first: the one taken last, whatever the clock said', async () => {
      const core = asSupervisor();
      const other = anotherCabin(join(folder.dir, 'backups'));
      try {
        clock.set('2026-11-24T12:40:00Z');
        await callCore(core, 'backups.now', {});
        clock.set('2026-11-23T12:40:00Z');
        const takenLast = await callCore(core, 'backups.now', {});
        clock.set('2026-11-25T12:40:00Z');
        await other.take();
        clock.set('2026-11-23T12:41:00Z');
        assert.equal((await callCore(core, 'backups.list', {}))[0]!.name, takenLast.name);

        services.close();
        overwriteBytes(join(folder.dir, LEDGER_FILE), ledgerTableOffset(join(folder.dir, LEDGER_FILE)), 4096);
        // As Electron main starts it without ROKAD_CABIN_CODE: the damaged ledger still says whose backups to offer.
        const start = startCore({ dataDir: folder.dir, cabinCode: 'DEMO-01', now: clock.now });
        const health = await callCore(start.core, 'startup.health', {});
        assert.equal(health.newestGoodBackup?.name, takenLast.name);
        assert.equal(health.lastBackup?.name, takenLast.name);
      } finally {
        other.close();
      }
    });
  });

  describe('a damaged database at start-up', () => {
    let ledger: string;
    let damagedHash: string;
    let olderGood: BackupInfo;

    beforeEach(async () => {
      closeShiftWithPayments();
      await services.backups.idle();
      olderGood = services.backups.list()[0]!;
      clock.set('2026-11-24T13:00:00Z');
      const newest = await services.backups.take('SUPERVISOR');
      overwriteBytes(newest.path, 4096, 8192);
      services.close();
      ledger = join(folder.dir, LEDGER_FILE);
      overwriteBytes(ledger, ledgerTableOffset(ledger), 4096);
      damagedHash = sha256(ledger);
    });

    it('is found before anything opens it for writing, and the newest good backup is offered', async () => {
      const start = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now });
      assert.equal(start.state, 'damaged');
      const health = (await dispatch(start.core, 'startup.health', {})) as { ok: true; value: StartupHealth };
      assert.equal(health.value.damaged, true);
      assert.ok(health.value.problem && health.value.problem.length > 0);
      assert.equal(health.value.newestGoodBackup?.name, olderGood.name, 'skips the newer backup, which is damaged too');
      const signIn = await dispatch(start.core, 'session.signIn', { userId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin });
      assert.equal(!signIn.ok && signIn.error.code, 'DB_DAMAGED');
      assert.equal(sha256(ledger), damagedHash, 'the damaged file is untouched');
    });

    it('overwrites nothing without a supervisor’s PIN from the backup, then restores it and moves the damaged file aside', async () => {
      const start = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now });
      const asAgent = await dispatch(start.core, 'backups.restore', { backupName: olderGood.name, supervisorId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin });
      const wrongPin = await dispatch(start.core, 'backups.restore', { backupName: olderGood.name, supervisorId: PEOPLE.supervisor.userId, pin: '0000' });
      for (const result of [asAgent, wrongPin]) assert.equal(!result.ok && result.error.code, 'RESTORE_NOT_ALLOWED');
      assert.equal(sha256(ledger), damagedHash);

      const restored = (await dispatch(start.core, 'backups.restore', { backupName: olderGood.name, supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin })) as {
        ok: true;
        value: RestoreOutcome;
      };
      assert.ok(restored.ok, JSON.stringify(restored));
      assert.equal(restored.value.damagedFileMovedTo, `${ledger}.damaged-20261124-183000`);
      assert.equal(sha256(restored.value.damagedFileMovedTo), damagedHash, 'the damaged file is kept, as it was');
      assert.ok(readdirSync(folder.dir).includes(`${LEDGER_FILE}.damaged-20261124-183000`));

      const again = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now });
      assert.equal(again.state, 'ready');
      if (again.state === 'ready') {
        services = again.services;
        assert.equal(services.db.prepare('SELECT count(*) FROM ledger').pluck().get(), 3);
        assert.equal(services.audit.list({ action: 'RESTORE' })[0]!.userId, PEOPLE.supervisor.userId);
      }
      assert.ok(existsSync(olderGood.path), 'the backup itself stays');
    });

    it('is found by the check after start when the file still opens: the counter then refuses all but the restore, which keeps the damaged file', async () => {
      clock.set('2026-11-25T05:00:00Z');
      const backupsBefore = readdirSync(dirname(olderGood.path));
      const start = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now, checkWorkerFile: CHECK_WORKER, dailyBackups: true });
      assert.equal(start.state, 'ready', 'its header and schema read well, so the counter opens without reading the whole file');
      if (start.state !== 'ready') return;
      const found = await start.checked;
      assert.equal(found.ok, false);
      const health = (await dispatch(start.core, 'startup.health', {})) as { ok: true; value: StartupHealth };
      assert.equal(health.value.damaged, true);
      assert.equal(health.value.newestGoodBackup?.name, olderGood.name);
      const signIn = await dispatch(start.core, 'session.signIn', { userId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin });
      assert.equal(!signIn.ok && signIn.error.code, 'DB_DAMAGED');
      assert.equal(sha256(ledger), damagedHash, 'opening it changed nothing in it');
      assert.deepEqual(readdirSync(dirname(olderGood.path)), backupsBefore, 'the day’s backup waited for the check, so no damaged copy pushed out a good one');

      const restored = await callCore(start.core, 'backups.restore', { backupName: olderGood.name, supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin });
      assert.equal(sha256(restored.damagedFileMovedTo), damagedHash, 'the damaged file is kept, as it was');
    });

    it('starts Rokad again only once a backup is in place', async () => {
      let restarts = 0;
      const start = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now, restartApp: () => (restarts += 1) });
      const early = await dispatch(start.core, 'app.restart', {});
      assert.equal(!early.ok && early.error.code, 'DB_DAMAGED');
      await dispatch(start.core, 'backups.restore', { backupName: olderGood.name, supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin });
      assert.deepEqual(await dispatch(start.core, 'app.restart', {}), { ok: true, value: { restarting: true } });
      assert.equal(restarts, 1);
    });
  });

  describe('the check after start on a sound ledger', () => {
    it('lets the counter work on, and takes the day’s backup once the check has passed', async () => {
      openCounter(services);
      services.close();
      const start = startCore({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now, checkWorkerFile: CHECK_WORKER, dailyBackups: true });
      assert.equal(start.state, 'ready');
      if (start.state !== 'ready') return;
      services = start.services;
      assert.deepEqual(await start.checked, { ok: true });
      await callCore(start.core, 'session.signIn', { userId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin });
      await services.backups.idle();
      assert.equal(services.audit.list({ action: 'BACKUP' })[0]?.detail.reason, 'DAILY');
    });
  });
});
