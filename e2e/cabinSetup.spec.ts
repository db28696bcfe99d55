import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startCore } from '../electron/core/startCore';
import type { Services } from '../electron/core/createServices';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { bridgeCore } from '../scripts/devHarness/bridgeCore';
import { firstRunToCounter } from './harness/counterSteps';
import { serveRenderer } from '../scripts/devHarness/serveRenderer';

const screenshotDir = resolve(__dirname, 'artifacts/screenshots');

/**
 * A new data folder started with no cabin code, as an installed Rokad starts on a new PC: the
 * core as Electron main starts it (startCore), the real renderer in Chromium, the window's calls
 * bridged to the same handler map.
 */
async function openNewCabin(page: Page, rendererUrl: string) {
  const folder = tempDataDir('rokad-cabin-e2e-');
  const started = startCore({ dataDir: folder.dir, demoBills: true });
  expect(started.state).toBe('setup');
  let services: Services | undefined;
  if (started.state === 'setup') started.onReady((ready) => (services = ready));
  await bridgeCore(page, started.core);
  await page.goto(rendererUrl);
  return {
    close: () => {
      services?.close();
      folder.remove();
    },
  };
}

test.describe('the first run of a new cabin', () => {
  let renderer: Awaited<ReturnType<typeof serveRenderer>>;
  test.beforeAll(async () => {
    renderer = await serveRenderer(resolve(__dirname, '../out/renderer'));
    mkdirSync(screenshotDir, { recursive: true });
  });
  test.afterAll(() => renderer.close());

  test('asks for the cabin code first, refuses a bad one, and numbers the first receipt with the one typed', async ({ page }) => {
    const cabin = await openNewCabin(page, renderer.url);
    try {
      await expect(page.locator('#cabin-code')).toBeFocused();
      await expect(page.getByTestId('cabin-setup')).toContainText('can never be changed');
      await page.screenshot({ path: join(screenshotDir, '00-cabin-setup-en.png'), fullPage: true });

      await page.keyboard.type('BPL 07');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('cabin-error')).toContainText('3 to 16 capital letters');
      await expect(page.locator('#cabin-code')).toBeFocused();

      await page.locator('#cabin-code').fill('bpl-atp-07');
      await page.keyboard.press('Enter');
      await expect(page.locator('#setup-user')).toBeFocused();
      await expect(page.getByTestId('cabin-code')).toHaveText('BPL-ATP-07');
      await firstRunToCounter(page);
      await page.keyboard.type('N3330008565');
      await page.keyboard.press('Enter');
      await page.keyboard.type('1245.50');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('receipt-no')).toHaveText('BPL-ATP-07-000001');
    } finally {
      await page.close();
      cabin.close();
    }
  });

  test('asks in Hindi too, shaped and unclipped at 1024x768', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const cabin = await openNewCabin(page, renderer.url);
    try {
      await expect(page.locator('#cabin-code')).toBeFocused();
      await page.keyboard.press('F8');
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
      await expect(page.getByTestId('cabin-setup')).toContainText('केबिन का कोड');
      await expect(page.getByTestId('cabin-setup').getByRole('button')).toBeInViewport();
      await page.screenshot({ path: join(screenshotDir, '00-cabin-setup-hi.png'), fullPage: true });
    } finally {
      await page.close();
      cabin.close();
    }
  });
});
