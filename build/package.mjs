// `npm run package`: the release build. better-sqlite3 is a native module with a build per ABI:
// the installer ships Electron's, kept in native/electron (scripts/electronSqlite.ts), and the
// package's own build for Node stays where it is for the tests. Native modules are built for the
// system they run on, so an installer is made on its own system: a Windows one on Windows.
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const targets = { win32: ['--win', '-w', '--windows'], linux: ['--linux', '-l'], darwin: ['--mac', '-m', '--macos'] };
const names = { win32: 'Windows', linux: 'Linux', darwin: 'macOS' };
const foreign = Object.entries(targets).find(([platform, flags]) => platform !== process.platform && args.some((arg) => flags.includes(arg)));
if (foreign) {
  console.error(
    `An installer for ${names[foreign[0]]} cannot be made on ${names[process.platform] ?? process.platform}: it would carry this system's native modules (better-sqlite3, @napi-rs/canvas). Run npm run package on a ${names[foreign[0]]} computer, or let the release workflow (.github/workflows/app.yml) do it.`,
  );
  process.exit(1);
}

// electron-builder bakes the update feed into the app (resources/app-update.yml) and writes latest.yml for it.
if (!process.env.ROKAD_UPDATE_URL) {
  console.log('ROKAD_UPDATE_URL is not set: this release will not look for updates (an installed PC can still be given one in ROKAD_UPDATE_URL).');
  process.env.ROKAD_UPDATE_URL = 'none';
}

const run = (command, commandArgs) => execFileSync(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' });

run(process.execPath, ['--import', 'tsx', 'scripts/electronSqlite.ts']);
run('npx', ['electron-vite', 'build']);
run('npx', ['electron-builder', '--publish', 'never', ...args]);
