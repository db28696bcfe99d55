import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { zoneConsumerNo } from '../gateway/seed/generateZone';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { firstRunToCounter } from './harness/counterSteps';

interface DemoReady {
  rendererUrl: string;
  devtoolsUrl: string;
  dataDir: string;
}

/** Whether anything still listens at the address: after the demo stops, nothing may. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => (child.exitCode !== null ? done(child.exitCode) : child.once('exit', (code) => done(code))));
}

let demo: ChildProcess | undefined;
let folder: ReturnType<typeof tempDataDir> | undefined;

// Here, not in a finally: a test that times out is abandoned where it waits, and its finally never runs.
test.afterEach(async () => {
  if (demo && demo.exitCode === null && demo.signalCode === null) {
    demo.kill('SIGINT');
    const stopped = await Promise.race([exitOf(demo).then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 15_000))]);
    // Its own process group: the gateway goes with it even if the demo could not stop it.
    if (!stopped) process.kill(-demo.pid!, 'SIGKILL');
  }
  folder?.remove();
});

/**
 * `npm run demo -- --browser --headless` as a person without Electron runs it: the gateway, a
 * registered cabin, the core and Chromium, all from the demo script. The test drives the page
 * through the DevTools address the demo prints, then stops the demo as Ctrl+C does.
 */
test('the browser demo opens the counter on a registered cabin, looks up a demo bill, and Ctrl+C stops everything', async () => {
  test.setTimeout(120_000);
  folder = tempDataDir('rokad-demo-e2e-');
  const dir = folder.dir;
  const started = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--browser', '--headless', '--dir', dir, '--port', '0', '--consumers', '40'], {
    cwd: resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  demo = started;
  let output = '';
  started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => /DEMO_READY (.+)/.exec(output)?.[1] ?? (started.exitCode === null ? '' : `exited: ${output}`), { timeout: 90_000 }).toMatch(/^\{/);
  const ready = JSON.parse(/DEMO_READY (.+)/.exec(output)![1]!) as DemoReady;
  expect(output).toContain('a development harness, not the product');
  expect(output).toContain(dir);
  expect(output).toContain('chrome://inspect');

  const browser = await chromium.connectOverCDP(ready.devtoolsUrl);
  try {
    const page = browser
      .contexts()[0]!
      .pages()
      .find((p) => p.url() === ready.rendererUrl)!;
    await firstRunToCounter(page);
    await page.keyboard.type(zoneConsumerNo(3));
    await page.keyboard.press('Enter');
    await expect(page.locator('#cash')).toBeFocused();
    await expect(page.getByTestId('bill')).toContainText(zoneConsumerNo(3));
  } finally {
    await browser.close();
  }

  started.kill('SIGINT');
  expect(await exitOf(started)).toBe(0);
  const gateway = JSON.parse(/GATEWAY_READY (.+)/.exec(output)![1]!) as { url: string };
  for (const url of [ready.rendererUrl, ready.devtoolsUrl, gateway.url]) expect(await listening(url), `${url} closed`).toBe(false);
});
