import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core/createCore';
import type { Core } from '../../shared/ipc/dispatch';
import type { Updater } from '../../electron/core/app/updateGate';
import { createServices, LEDGER_FILE, type Services } from '../../electron/core/createServices';
import type { SpoolerDriver } from '../../electron/core/printing/winspool/spoolerDriver';
import { openCounter } from '../../electron/core/testing/seedCounter';
import { tempDataDir } from '../../electron/core/testing/tempDataDir';
import { bridgeCore } from '../../scripts/devHarness/bridgeCore';
import { serveRenderer } from '../../scripts/devHarness/serveRenderer';

export const CABIN_CODE = 'E2E-01';
const screenshotDir = resolve(__dirname, '../artifacts/screenshots');

export interface RokadApp {
  page: Page;
  services: Services;
  /** The handler map the page is bridged to, for a test that holds a call back as a slow network would. */
  core: Core;
  /** Opens the ledger file with a connection of its own, as an auditor would. */
  readLedger<T>(query: string): T[];
  screenshot(name: string): Promise<void>;
}

/**
 * Each test gets the built renderer in Chromium, a fresh data folder with a real SQLite ledger,
 * and `window.api` bridged to the very handler map Electron main registers (the development
 * harness's bridgeCore, which the browser demo uses too).
 */
export const test = base.extend<{ rokad: RokadApp; counterOpen: boolean; updater: Updater | undefined; spoolerDriver: SpoolerDriver | undefined }, { rendererUrl: string }>({
  /** Start with the agent signed in and a shift open, as most counter tests want; false for a first run. */
  counterOpen: [true, { option: true }],
  /** The shell's updater, where a test stands one in for electron-updater; none as in a plain start. */
  updater: [undefined, { option: true }],
  /** Windows' spooler, where a test stands one in for winspool.drv; none as on Linux. */
  spoolerDriver: [undefined, { option: true }],

  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer(resolve(__dirname, '../../out/renderer'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  rokad: async ({ page, rendererUrl, counterOpen, updater, spoolerDriver }, use) => {
    const folder = tempDataDir('rokad-e2e-');
    const services = createServices({
      dataDir: folder.dir,
      cabinCode: CABIN_CODE,
      demoBills: true,
      ...(updater ? { updates: updater } : {}),
      ...(spoolerDriver ? { spoolerDriver } : {}),
    });
    const core = createCore(services);
    if (counterOpen) openCounter(services);
    await bridgeCore(page, core);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(rendererUrl);
    // The counter is ready when the consumer-number field has the focus, as it has for a scanner.
    if (counterOpen) await expect(page.locator('#consumer-no')).toBeFocused();

    mkdirSync(screenshotDir, { recursive: true });
    await use({
      page,
      services,
      core,
      readLedger<T>(query: string) {
        const db = new Database(join(folder.dir, LEDGER_FILE), { readonly: true });
        try {
          return db.prepare(query).all() as T[];
        } finally {
          db.close();
        }
      },
      screenshot: async (name) => {
        await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
      },
    });

    // The page goes first, so no call from it can reach a closed ledger.
    await page.close();
    services.close();
    folder.remove();
    if (consoleErrors.length > 0) throw new Error(`The page logged errors:\n${consoleErrors.join('\n')}`);
  },
});

export { expect };
