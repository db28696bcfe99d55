import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { dispatch } from '../../../shared/ipc/dispatch';
import { LEDGER_FILE } from '../createServices';
import { startCore } from '../startCore';
import { tempDataDir } from '../testing/tempDataDir';
import { storedCabinCode } from './cabinSetup';

describe('the cabin code of a new data folder, asked on the first-run screen', () => {
  const folder = tempDataDir('rokad-cabin-');
  const closers: (() => void)[] = [];
  afterEach(() => {
    closers.splice(0).forEach((close) => close());
    folder.remove();
  });

  it('waits for the code: the health check asks for it and nothing else answers', async () => {
    const started = startCore({ dataDir: folder.dir });
    assert.equal(started.state, 'setup');
    const health = await dispatch(started.core, 'startup.health', {});
    assert.deepEqual(health.ok && health.value, { damaged: false, problem: null, newestGoodBackup: null, lastBackup: null, lastBackupError: null, needsCabinCode: true });
    const info = await dispatch(started.core, 'app.info', {});
    assert.equal(info.ok ? null : info.error.code, 'CABIN_NOT_SET_UP');
  });

  it('refuses a code that could not number receipts, and changes nothing', async () => {
    const started = startCore({ dataDir: folder.dir });
    for (const bad of ['', 'AB', 'BPL ATP 07', 'BPL-ATP-07-EXTRA-LONG', 'भोपाल-07']) {
      const result = await dispatch(started.core, 'cabin.setup', { cabinCode: bad });
      assert.equal(result.ok ? null : result.error.code, 'INVALID_INPUT', bad);
    }
    assert.equal(storedCabinCode(join(folder.dir, LEDGER_FILE)), null);
  });

  it('fixes the typed code for good, then serves the whole core without a restart', async () => {
    const started = startCore({ dataDir: folder.dir, demoBills: true });
    assert.equal(started.state, 'setup');
    let readyWith: string | null = null;
    if (started.state === 'setup') started.onReady((services) => ((readyWith = services.cabinCode), closers.push(services.close)));
    const setUp = await dispatch(started.core, 'cabin.setup', { cabinCode: ' bpl-atp-07 ' });
    assert.deepEqual(setUp.ok && setUp.value, { cabinCode: 'BPL-ATP-07' });
    assert.equal(readyWith, 'BPL-ATP-07');
    const info = await dispatch(started.core, 'app.info', {});
    assert.equal(info.ok && (info.value as { cabinCode: string }).cabinCode, 'BPL-ATP-07');
    const again = await dispatch(started.core, 'cabin.setup', { cabinCode: 'OTHER-01' });
    assert.equal(again.ok ? null : again.error.code, 'CABIN_ALREADY_SET_UP');
    assert.equal(storedCabinCode(join(folder.dir, LEDGER_FILE)), 'BPL-ATP-07');
  });

  it('opens a folder that has its code at once, whether or not a code is given', () => {
    const first = startCore({ dataDir: folder.dir, cabinCode: 'BPL-ATP-07' });
    assert.equal(first.state, 'ready');
    if (first.state === 'ready') first.services.close();
    const later = startCore({ dataDir: folder.dir });
    assert.equal(later.state, 'ready');
    if (later.state === 'ready') {
      assert.equal(later.services.cabinCode, 'BPL-ATP-07');
      later.services.close();
    }
  });

  it('sends a new cabin’s backups to the folder given, outside the data folder', () => {
    const started = startCore({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-ATP-07', backupFolder: join(folder.dir, 'second-disk', 'Rokad backups') });
    assert.equal(started.state, 'ready');
    if (started.state === 'ready') {
      assert.equal(started.services.backups.folder(), join(folder.dir, 'second-disk', 'Rokad backups'));
      started.services.close();
    }
  });
});
