import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { tempDataDir } from '../testing/tempDataDir';
import { dataDirAtStart, DATA_FOLDER_CHOICE_FILE, defaultBackupFolder, defaultDataDir, installedPerMachine, rememberDataFolder, type MachineFacts } from './dataFolders';

const windows = (change: Partial<MachineFacts> = {}): MachineFacts => ({
  platform: 'win32',
  env: { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', ProgramData: 'C:\\ProgramData', PUBLIC: 'C:\\Users\\Public' },
  exePath: 'C:\\Program Files\\Rokad\\Rokad.exe',
  userData: 'C:\\Users\\asha\\AppData\\Roaming\\Rokad',
  homeDir: 'C:\\Users\\asha',
  exists: () => false,
  ...change,
});
const linux = (change: Partial<MachineFacts> = {}): MachineFacts => ({
  platform: 'linux',
  env: {},
  exePath: '/opt/Rokad/rokad',
  userData: '/home/asha/.config/Rokad',
  homeDir: '/home/asha',
  exists: () => false,
  ...change,
});

describe('where a cabin’s ledger and backups live', () => {
  it('keeps one ledger for the whole PC in ProgramData when Rokad is installed for every login', () => {
    assert.equal(installedPerMachine(windows()), true);
    assert.equal(defaultDataDir(windows()), 'C:\\ProgramData\\Rokad');
    assert.equal(defaultDataDir(windows({ userData: 'C:\\Users\\ravi\\AppData\\Roaming\\Rokad' })), 'C:\\ProgramData\\Rokad', 'the same folder for another login');
  });

  it('keeps the per-login folder for an install in the user’s own folder, on Linux, and from the source', () => {
    assert.equal(defaultDataDir(windows({ exePath: 'C:\\Users\\asha\\AppData\\Local\\Programs\\Rokad\\Rokad.exe' })), 'C:\\Users\\asha\\AppData\\Roaming\\Rokad');
    assert.equal(defaultDataDir(windows({ exePath: 'C:\\Program Files Evil\\Rokad.exe' })), 'C:\\Users\\asha\\AppData\\Roaming\\Rokad');
    assert.equal(defaultDataDir(linux()), '/home/asha/.config/Rokad');
  });

  it('takes ROKAD_DATA_DIR over everything', () => {
    assert.equal(defaultDataDir(windows({ env: { ...windows().env, ROKAD_DATA_DIR: 'D:\\Cabin' } })), 'D:\\Cabin');
  });

  it('puts backups on a second disk when there is one, never in the data folder', () => {
    assert.equal(defaultBackupFolder(windows({ exists: (drive) => drive === 'D:\\' }), 'C:\\ProgramData\\Rokad'), 'D:\\Rokad backups');
    assert.equal(defaultBackupFolder(windows({ exists: (drive) => drive === 'D:\\' || drive === 'E:\\' }), 'D:\\Cabin'), 'E:\\Rokad backups');
    assert.equal(defaultBackupFolder(windows(), 'C:\\ProgramData\\Rokad'), 'C:\\Users\\Public\\Documents\\Rokad backups');
    assert.equal(defaultBackupFolder(linux(), '/home/asha/.config/Rokad'), '/home/asha/Rokad backups');
  });
});

describe('the data folder chosen on the first-run screen', () => {
  it('is kept in the standard folder and opened at the next start, unless ROKAD_DATA_DIR names another', () => {
    const folder = tempDataDir('rokad-choice-');
    try {
      const standard = join(folder.dir, 'standard');
      const facts = linux({ userData: standard });
      assert.deepEqual(dataDirAtStart(facts), { dataDir: standard, standardDir: standard, changeable: true });
      rememberDataFolder(standard, '/media/second-disk/Rokad');
      assert.deepEqual(dataDirAtStart(facts), { dataDir: '/media/second-disk/Rokad', standardDir: standard, changeable: true });
      assert.deepEqual(dataDirAtStart(linux({ userData: standard, env: { ROKAD_DATA_DIR: '/srv/rokad' } })), { dataDir: '/srv/rokad', standardDir: standard, changeable: false });
    } finally {
      folder.remove();
    }
  });

  it('is read from ProgramData for an install for the whole PC, and a damaged choice file falls back to the standard folder', () => {
    const fromProgramData = (text: string) => (path: string) => (path.startsWith('C:\\ProgramData\\Rokad') && path.endsWith(DATA_FOLDER_CHOICE_FILE) ? text : null);
    assert.deepEqual(dataDirAtStart(windows(), fromProgramData(JSON.stringify({ dataFolder: 'D:\\Rokad' }))), {
      dataDir: 'D:\\Rokad',
      standardDir: 'C:\\ProgramData\\Rokad',
      changeable: true,
    });
    assert.equal(dataDirAtStart(windows(), fromProgramData('{"dataFolder":')).dataDir, 'C:\\ProgramData\\Rokad');
  });
});
