import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { chooseSqliteBinding, ELECTRON_BINDING_FILE, ELECTRON_BINDING_STAMP, type BindingQuestion, type BindingStamp } from './electronSqliteBinding';

const ROOT = join('/opt', 'Rokad', 'resources', 'app');
const stamp: BindingStamp = { runtime: 'electron', electron: '45.4.1', modules: '150', platform: 'win32', arch: 'x64', betterSqlite3: '12.9.0', source: 'prebuild-install' };

function question(files: Record<string, string>, change: Partial<BindingQuestion> = {}): BindingQuestion {
  return {
    versions: { electron: '45.4.1', modules: '150' },
    platform: 'win32',
    arch: 'x64',
    appRoot: ROOT,
    betterSqlite3: '12.9.0',
    readText: (path) => files[path] ?? null,
    exists: (path) => path in files,
    ...change,
  };
}

const built = (root = ROOT, kept: BindingStamp = stamp) => ({ [join(root, ELECTRON_BINDING_FILE)]: 'ELF', [join(root, ELECTRON_BINDING_STAMP)]: JSON.stringify(kept) });

describe('which better-sqlite3 build the runtime opens the ledger with', () => {
  it('leaves plain Node (tests, scripts, the gateway) on the package’s own build, whatever is in native/electron', () => {
    assert.deepEqual(chooseSqliteBinding(question(built(), { versions: { modules: '127' } })), { kind: 'package' });
    assert.deepEqual(chooseSqliteBinding(question({}, { versions: { modules: '115' } })), { kind: 'package' });
  });

  it('gives Electron the build kept for its ABI', () => {
    assert.deepEqual(chooseSqliteBinding(question(built())), { kind: 'electron', path: join(ROOT, ELECTRON_BINDING_FILE) });
  });

  it('looks beside app.asar in an installed app, where the loader can open the file', () => {
    const asar = join('C:', 'Program Files', 'Rokad', 'resources', 'app.asar');
    assert.deepEqual(chooseSqliteBinding(question(built(`${asar}.unpacked`), { appRoot: asar })), { kind: 'electron', path: join(`${asar}.unpacked`, ELECTRON_BINDING_FILE) });
  });

  it('names the fixing command in one sentence when the build is missing', () => {
    const choice = chooseSqliteBinding(question({}));
    assert.equal(choice.kind, 'problem');
    assert.match(
      (choice as { message: string }).message,
      /^Rokad's database module for Electron is missing \(native.electron.better_sqlite3\.node\): run npm run native:electron once/,
    );
  });

  it('refuses a build for Node’s ABI, another Electron, another system or another better-sqlite3, saying which', () => {
    const cases: [Partial<BindingStamp>, RegExp][] = [
      [{ modules: '127', electron: '22.20.0' }, /built for Electron 22\.20\.0 \(ABI 127\).*but this is Electron 45\.4\.1 \(ABI 150\)/],
      [{ modules: '146', electron: '39.0.0' }, /ABI 146/],
      [{ platform: 'linux' }, /on linux-x64 .*but this is .* on win32-x64/],
      [{ arch: 'ia32' }, /win32-ia32/],
      [{ betterSqlite3: '12.4.1' }, /better-sqlite3 12\.4\.1, but this is .*better-sqlite3 12\.9\.0/],
    ];
    for (const [change, says] of cases) {
      const choice = chooseSqliteBinding(question(built(ROOT, { ...stamp, ...change })));
      assert.equal(choice.kind, 'problem');
      assert.match((choice as { message: string }).message, says);
      assert.match((choice as { message: string }).message, /run npm run native:electron once \(it needs internet\) and start Rokad again\.$/);
    }
  });

  it('treats a build without a readable stamp as one it cannot vouch for', () => {
    const noStamp = { [join(ROOT, ELECTRON_BINDING_FILE)]: 'ELF' };
    assert.match((chooseSqliteBinding(question(noStamp)) as { message: string }).message, /is missing/);
    const garbled = { ...noStamp, [join(ROOT, ELECTRON_BINDING_STAMP)]: '{"runtime":"node"' };
    assert.match((chooseSqliteBinding(question(garbled)) as { message: string }).message, /unreadable/);
  });
});

describe('the choice for this process', () => {
  it('reads the installed better-sqlite3’s version and leaves Node on its own build', async () => {
    const { chooseSqliteBindingHere, installedBetterSqlite3 } = await import('./electronSqliteBinding');
    assert.match(installedBetterSqlite3(), /^\d+\.\d+\.\d+$/);
    assert.deepEqual(chooseSqliteBindingHere(ROOT, process.versions), { kind: 'package' });
  });
});
