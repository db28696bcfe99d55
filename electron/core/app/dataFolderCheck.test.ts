import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { RokadError } from '../../../shared/errors';
import { storedCabinCode } from '../settings/cabinSetup';
import { createServices } from '../createServices';
import { tempDataDir } from '../testing/tempDataDir';
import { checkDataFolder } from './dataFolderCheck';

const refusedAs = (variant: string) => (error: unknown) => error instanceof RokadError && error.code === 'DATA_FOLDER_BAD' && error.params?.variant === variant;

describe('a data folder typed on the first-run screen', () => {
  const folder = tempDataDir('rokad-folder-check-');
  afterEach(() => folder.remove());
  const linux = { platform: 'linux' as const, installDir: '/opt/Rokad' };
  const windows = { platform: 'win32' as const, installDir: 'C:\\Program Files\\Rokad' };

  it('is refused on another computer, as a part path, or inside the install folder, before the disk is touched', () => {
    assert.throws(() => checkDataFolder('\\\\cabin-server\\rokad', windows, storedCabinCode), refusedAs('NETWORK'));
    assert.throws(() => checkDataFolder('//cabin-server/rokad', linux, storedCabinCode), refusedAs('NETWORK'));
    assert.throws(() => checkDataFolder('Rokad', windows, storedCabinCode), refusedAs('RELATIVE'));
    assert.throws(() => checkDataFolder('\\Rokad', windows, storedCabinCode), refusedAs('RELATIVE'));
    assert.throws(() => checkDataFolder('data/rokad', linux, storedCabinCode), refusedAs('RELATIVE'));
    assert.throws(() => checkDataFolder('C:\\Program Files\\Rokad\\data', windows, storedCabinCode), refusedAs('INSTALL'));
    assert.throws(() => checkDataFolder('/opt/Rokad', linux, storedCabinCode), refusedAs('INSTALL'));
  });

  it('is made when it is not there yet, and one with other files or a file in its place is refused', () => {
    const fresh = join(folder.dir, 'second-disk', 'Rokad');
    assert.equal(checkDataFolder(fresh, linux, storedCabinCode), null);
    assert.deepEqual(readdirSync(fresh), [], 'the probe file is gone');
    mkdirSync(join(folder.dir, 'photos'));
    writeFileSync(join(folder.dir, 'photos', 'wedding.jpg'), 'a photo');
    assert.throws(() => checkDataFolder(join(folder.dir, 'photos'), linux, storedCabinCode), refusedAs('NOT_EMPTY'));
    assert.throws(() => checkDataFolder(join(folder.dir, 'photos', 'wedding.jpg'), linux, storedCabinCode), refusedAs('NOT_FOLDER'));
  });

  it('may hold a Rokad ledger, whose cabin it names', () => {
    const cabin = join(folder.dir, 'cabin');
    createServices({ dataDir: cabin, cabinCode: 'BPL-ATP-07' }).close();
    assert.equal(checkDataFolder(cabin, linux, storedCabinCode), 'BPL-ATP-07');
  });

  it('is refused where Rokad may not write, and a folder made for the check is taken away again', { skip: process.getuid?.() === 0 && 'root writes everywhere' }, () => {
    const locked = join(folder.dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      assert.throws(() => checkDataFolder(locked, linux, storedCabinCode), refusedAs('NOT_WRITABLE'));
      assert.throws(() => checkDataFolder(join(locked, 'Rokad'), linux, storedCabinCode), refusedAs('NOT_WRITABLE'));
      assert.equal(existsSync(join(locked, 'Rokad')), false);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});
