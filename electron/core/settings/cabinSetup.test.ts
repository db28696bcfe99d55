import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { dispatch } from '../../../shared/ipc/dispatch';
import { LEDGER_FILE } from '../createServices';
import { startCore } from '../startCore';
import { tempDataDir } from '../testing/tempDataDir';
import { dataDirAtStart } from '../app/dataFolders';
import { callCore } from '../testing/callCore';
import { createServices } from '../createServices';
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

  describe('and the data folder, on a shared PC', () => {
    const setupIn = (standardDir: string, changeable = true) =>
      startCore({ dataDir: standardDir, dataFolder: { platform: 'linux', installDir: join(folder.dir, 'install'), standardDir, changeable } });

    it('shows the standard folder, and makes the ledger in the one typed instead, kept for the next start', async () => {
      const standard = join(folder.dir, 'standard');
      const started = setupIn(standard);
      assert.deepEqual((await callCore(started.core, 'startup.health', {})).dataFolder, { folder: standard, changeable: true });
      if (started.state === 'setup') started.onReady((services) => closers.push(services.close));
      const chosen = join(folder.dir, 'second-disk', 'Rokad');
      const setUp = await dispatch(started.core, 'cabin.setup', { cabinCode: 'BPL-ATP-07', dataFolder: ` ${chosen} ` });
      assert.deepEqual(setUp.ok && setUp.value, { cabinCode: 'BPL-ATP-07' });
      assert.equal(storedCabinCode(join(chosen, LEDGER_FILE)), 'BPL-ATP-07');
      assert.equal(existsSync(join(standard, LEDGER_FILE)), false);
      assert.equal(dataDirAtStart({ platform: 'linux', env: {}, exePath: '/opt/Rokad/rokad', userData: standard, homeDir: folder.dir, exists: existsSync }).dataDir, chosen);
    });

    it('sends the backups of a moved folder where the installed rule says for that folder', async () => {
      const standard = join(folder.dir, 'standard');
      const chosen = join(folder.dir, 'D', 'Rokad');
      const started = startCore({
        dataDir: standard,
        backupFolder: join(folder.dir, 'D', 'Rokad backups'),
        dataFolder: {
          platform: 'linux',
          installDir: join(folder.dir, 'install'),
          standardDir: standard,
          changeable: true,
          backupFolderFor: () => join(folder.dir, 'E', 'Rokad backups'),
        },
      });
      let backups: string | null = null;
      if (started.state === 'setup') started.onReady((services) => ((backups = services.backups.folder()), closers.push(services.close)));
      await callCore(started.core, 'cabin.setup', { cabinCode: 'BPL-ATP-07', dataFolder: chosen });
      assert.equal(backups, join(folder.dir, 'E', 'Rokad backups'));
    });

    it('refuses a folder with other files, or another cabin’s ledger, and writes nothing anywhere', async () => {
      const standard = join(folder.dir, 'standard');
      const photos = join(folder.dir, 'photos');
      mkdirSync(photos, { recursive: true });
      writeFileSync(join(photos, 'wedding.jpg'), 'a photo');
      const other = join(folder.dir, 'other-cabin');
      createServices({ dataDir: other, cabinCode: 'BPL-ATP-09' }).close();
      const started = setupIn(standard);
      const refusal = async (dataFolder: string) => {
        const result = await dispatch(started.core, 'cabin.setup', { cabinCode: 'BPL-ATP-07', dataFolder });
        return result.ok ? null : [result.error.code, result.error.params];
      };
      assert.deepEqual(await refusal(photos), ['DATA_FOLDER_BAD', { variant: 'NOT_EMPTY' }]);
      assert.deepEqual(await refusal(join(folder.dir, 'install', 'data')), ['DATA_FOLDER_BAD', { variant: 'INSTALL' }]);
      assert.deepEqual(await refusal(other), ['DATA_FOLDER_OTHER_CABIN', { cabinCode: 'BPL-ATP-09' }]);
      assert.deepEqual(readdirSync(photos), ['wedding.jpg']);
      assert.equal(storedCabinCode(join(other, LEDGER_FILE)), 'BPL-ATP-09');
      assert.equal(existsSync(standard), false);
    });

    it('keeps the folder ROKAD_DATA_DIR names', async () => {
      const started = setupIn(join(folder.dir, 'fixed'), false);
      const result = await dispatch(started.core, 'cabin.setup', { cabinCode: 'BPL-ATP-07', dataFolder: join(folder.dir, 'elsewhere') });
      assert.deepEqual(result.ok ? null : [result.error.code, result.error.params], ['DATA_FOLDER_BAD', { variant: 'FIXED' }]);
      assert.equal(existsSync(join(folder.dir, 'elsewhere')), false);
    });
  });
});
