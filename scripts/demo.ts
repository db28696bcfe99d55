import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../electron/core/createCore';
import { createServices, type Services } from '../electron/core/createServices';
import { hasDeviceToken } from '../electron/core/settings/deviceToken';
import { registerDevice } from '../electron/core/sync/syncCycle';
import { spawnGateway, type GatewayReady } from '../gateway/spawnGateway';
import { openInChromium } from './devHarness/openInChromium';

/**
 * `npm run demo`: the reference gateway with a seeded Bhopal zone, a cabin data folder registered
 * against it (bill master and wallet pulled), then the app on that folder. Everything lives in
 * demo-data/; delete it to start over. `--no-app` stops after registration (where Electron
 * cannot run), leaving the gateway up. `--browser` opens the UI in Chromium instead of Electron,
 * through the development harness the e2e tests use (`--headless` even where there is a display).
 */
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.ROKAD_DEMO_DIR ?? 'demo-data' },
    port: { type: 'string', default: process.env.GATEWAY_PORT ?? '8787' },
    consumers: { type: 'string', default: process.env.GATEWAY_CONSUMERS ?? '3000' },
    'no-app': { type: 'boolean', default: false },
    browser: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
  },
});

const RENDERER_DIR = resolve(import.meta.dirname, '../out/renderer');
/** The core's sync round every 30 s, as Electron's sync worker runs it. */
const SYNC_EVERY_MS = 30_000;

/** What to undo on Ctrl+C, newest first: the page before the core it calls, the core before the gateway. */
const closers: Array<() => Promise<void> | void> = [];
let stopping: Promise<never> | undefined;
/** Runs once; a second call (the window closing while Ctrl+C closes it) waits for the first. */
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    for (const close of closers.reverse()) {
      try {
        await close();
      } catch (error) {
        console.error((error as Error).message);
      }
    }
    process.exit(code);
  })();
  return stopping;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));
}

function build(): void {
  const result = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed; see above.');
}

async function registered(services: Services, ready: GatewayReady, dataDir: string): Promise<void> {
  if (!hasDeviceToken(services.db)) {
    const agent = await registerDevice(services.db, services.deviceToken, {
      gatewayUrl: ready.url,
      registrationCode: ready.registrationCode,
      cabinCode: services.cabinCode,
      deviceName: 'Rokad demo',
    });
    console.log(`Registered ${dataDir} as cabin ${services.cabinCode} of agent ${agent.agentId} (${agent.agentName}).`);
  }
  const report = await services.sync.runNow();
  console.log(`First sync: ${report.billsUpdated} bills updated, ${report.accepted} payments accepted${report.error ? `, error: ${report.error}` : ''}.`);
}

/** The development harness: the core in this process on the demo folder, its UI in Chromium. */
async function runInBrowser(services: Services, dir: string, dataDir: string): Promise<void> {
  if (values.build || !existsSync(resolve(RENDERER_DIR, 'index.html'))) build();
  const sync = setInterval(() => void services.sync.runNow().catch((error: unknown) => console.error((error as Error).message)), SYNC_EVERY_MS);
  closers.push(() => clearInterval(sync));
  const headless = values.headless || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const opened = await openInChromium({ core: createCore(services), rendererDir: RENDERER_DIR, profileDir: resolve(dir, 'chromium'), headless });
  closers.push(opened.close);
  // Closing the window by hand ends the demo, as closing the app would.
  void opened.closed.then(() => stopAll(0));

  console.log(`Rokad in Chromium (a development harness, not the product) on ${opened.rendererUrl}; data folder ${dataDir}.`);
  if (headless) {
    console.log(
      `Chromium runs headless (no display, or --headless). The page needs the harness's bridge, so open it through Chromium's DevTools at ${opened.devtoolsUrl}: ` +
        `in a Chromium on this machine go to chrome://inspect, add 127.0.0.1:${new URL(opened.devtoolsUrl).port} under "Configure…", and click "inspect" ` +
        `(from another machine forward the port first: ssh -L ${new URL(opened.devtoolsUrl).port}:127.0.0.1:${new URL(opened.devtoolsUrl).port} <this machine>).`,
    );
  }
  console.log('Ctrl+C stops Chromium, the core and the gateway.');
  console.log(`DEMO_READY ${JSON.stringify({ rendererUrl: opened.rendererUrl, devtoolsUrl: opened.devtoolsUrl, dataDir })}`);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const dir = resolve(values.dir);
  const dataDir = resolve(dir, 'cabin');
  const cabinCode = process.env.ROKAD_CABIN_CODE ?? 'BPL-ATP-07';
  if (!values.browser && !values['no-app']) build();
  const { child: gateway, ready } = await spawnGateway({ db: resolve(dir, 'gateway.sqlite'), port: Number(values.port), consumers: Number(values.consumers), echo: true });
  closers.push(async () => {
    gateway.kill('SIGTERM');
    await exited(gateway);
  });

  const services = createServices({ dataDir, cabinCode });
  if (values.browser) {
    closers.push(() => services.close());
    await registered(services, ready, dataDir);
    return runInBrowser(services, dir, dataDir);
  }
  // The app opens the folder itself.
  try {
    await registered(services, ready, dataDir);
  } finally {
    services.close();
  }
  if (values['no-app']) {
    console.log(`Gateway left running on ${ready.url} (Ctrl+C stops it). Start the app with: ROKAD_DATA_DIR=${dataDir} npm start`);
    return;
  }
  // npm start, not electron-vite alone: its prestart makes sure better-sqlite3's Electron build is there.
  const app = spawn('npm', ['start'], { stdio: 'inherit', env: { ...process.env, ROKAD_DATA_DIR: dataDir, ROKAD_CABIN_CODE: cabinCode } });
  app.once('exit', (code) => {
    if (code !== 0) console.error(`The app exited with ${code}. Where the Electron binary cannot run, use --no-app and try the gateway alone, or --browser.`);
    void stopAll(code ?? 0);
  });
}

void main().catch((error: unknown) => {
  console.error((error as Error).message);
  void stopAll(1);
});
