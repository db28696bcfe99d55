// better-sqlite3 for Electron, kept in native/electron apart from the package's own build for
// Node (which the tests, the scripts and the gateway load).
//   node --import tsx scripts/electronSqlite.ts           before npm start / dev / package: makes sure it is there
//   node --import tsx scripts/electronSqlite.ts --build   npm run native:electron: gets it again, saying how
// It is fetched with prebuild-install for the electron runtime or, failing that, compiled with
// @electron/rebuild in a copy of the package, so the Node build is never touched.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chooseSqliteBinding, ELECTRON_BINDING_FILE, ELECTRON_BINDING_STAMP, FIX_COMMAND, type BindingStamp } from '../electron/core/native/electronSqliteBinding';

const require = createRequire(__filename);
const root = resolve(__dirname, '..');
const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
const betterSqlite3 = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const electron = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;

function electronAbi(): string {
  const file = join(dirname(require.resolve('electron/package.json')), 'abi_version');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  return (require('node-abi') as { getAbi: (target: string, runtime: string) => string }).getAbi(electron, 'electron');
}

const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
const current = () =>
  chooseSqliteBinding({
    versions: { electron, modules: electronAbi() },
    platform: process.platform,
    arch: process.arch,
    appRoot: root,
    betterSqlite3,
    readText,
    exists: existsSync,
  });

function fetchPrebuilt(stage: string, quiet: boolean): string {
  copyFileSync(join(packageDir, 'package.json'), join(stage, 'package.json'));
  execFileSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electron, '--arch', process.arch, '--platform', process.platform],
    {
      cwd: stage,
      stdio: quiet ? 'pipe' : 'inherit',
      timeout: 120_000,
    },
  );
  return join(stage, 'build', 'Release', 'better_sqlite3.node');
}

// Its own process: @electron/rebuild runs node-gyp with this process's options, and tsx is not installed in the copy.
function compile(stage: string, quiet: boolean): string {
  const copy = join(stage, 'node_modules', 'better-sqlite3');
  cpSync(packageDir, copy, { recursive: true, filter: (source) => !source.startsWith(join(packageDir, 'build')) });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'rokad-electron-sqlite', private: true, dependencies: { 'better-sqlite3': betterSqlite3 } }));
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js'),
      '--version',
      electron,
      '--arch',
      process.arch,
      '--only',
      'better-sqlite3',
      '--force',
      '--build-from-source',
      '--module-dir',
      stage,
    ],
    { cwd: stage, stdio: quiet ? 'pipe' : 'inherit', timeout: 15 * 60_000 },
  );
  return join(copy, 'build', 'Release', 'better_sqlite3.node');
}

function keep(built: string, source: BindingStamp['source']): void {
  mkdirSync(dirname(join(root, ELECTRON_BINDING_FILE)), { recursive: true });
  copyFileSync(built, join(root, ELECTRON_BINDING_FILE));
  const stamp: BindingStamp = { runtime: 'electron', electron, modules: electronAbi(), platform: process.platform, arch: process.arch, betterSqlite3, source };
  writeFileSync(join(root, ELECTRON_BINDING_STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
}

function obtain(quiet: boolean): void {
  const stage = mkdtempSync(join(tmpdir(), 'rokad-electron-sqlite-'));
  try {
    try {
      keep(fetchPrebuilt(stage, quiet), 'prebuild-install');
      return;
    } catch (error) {
      if (!quiet) console.log(`No prebuilt better-sqlite3 for Electron ${electron} could be fetched (${String(error)}); compiling it with @electron/rebuild.`);
    }
    keep(compile(join(stage, 'compile'), quiet), '@electron/rebuild');
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const build = process.argv.includes('--build');
  if (build || current().kind !== 'electron') {
    try {
      obtain(!build);
    } catch (error) {
      if (build) console.error(String(error));
    }
  }
  const choice = current();
  if (choice.kind === 'problem') {
    console.error(build ? `better-sqlite3 for Electron ${electron} could be neither fetched nor compiled here; see above, then run ${FIX_COMMAND} again.` : choice.message);
    process.exit(1);
  }
  if (build) console.log(`better-sqlite3 for Electron ${electron} is in ${ELECTRON_BINDING_FILE}.`);
}

void main();
