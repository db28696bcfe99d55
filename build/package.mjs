// `npm run package`: the release build. better-sqlite3 is a native module: the installer needs it
// built for Electron's ABI, while the tests need it built for Node's. So it is rebuilt for
// Electron just for packaging, and for Node again afterwards, whatever happened in between.
import { execFileSync } from 'node:child_process';
import { rebuild } from '@electron/rebuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });

run('npx', ['electron-vite', 'build']);
try {
  await rebuild({ buildPath: process.cwd(), electronVersion, onlyModules: ['better-sqlite3'], force: true });
  run('npx', ['electron-builder', '--publish', 'never', ...process.argv.slice(2)]);
} finally {
  run('npm', ['rebuild', 'better-sqlite3']);
}
