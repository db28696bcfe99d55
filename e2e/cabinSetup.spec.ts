import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LEDGER_FILE } from '../electron/core/createServices';
import { storedCabinCode } from '../electron/core/settings/cabinSetup';
import { startCore } from '../electron/core/startCore';
import type { Services } from '../electron/core/createServices';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { bridgeCore } from '../scripts/devHarness/bridgeCore';
import { findBill, firstRunToCounter } from './harness/counterSteps';
import { serveRenderer } from '../scripts/devHarness/serveRenderer';

const screenshotDir = resolve(__dirname, 'artifacts/screenshots');

/**
 * A new data folder started with no cabin code, as an installed Rokad starts on a new PC: the
 * core as Electron main starts it (startCore), the real renderer in Chromium, the window's calls
 * bridged to the same handler map.
 */
async function openNewCabin(page: Page, rendererUrl: string) {
  const folder = tempDataDir('rokad-cabin-e2e-');
  // As an installed Rokad starts: the standard data folder shown, changeable, the install folder beside it.
  const standardDir = join(folder.dir, 'ProgramData', 'Rokad');
  const dataFolder = { platform: process.platform, installDir: join(folder.dir, 'Program Files', 'Rokad'), standardDir, changeable: true };
  const started = startCore({ dataDir: standardDir, demoBills: true, dataFolder });
  expect(started.state).toBe('setup');
  let services: Services | undefined;
  if (started.state === 'setup') started.onReady((ready) => (services = ready));
  await bridgeCore(page, started.core);
  await page.goto(rendererUrl);
  return {
    dir: folder.dir,
    standardDir,
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
      await findBill(page, 'N3330008565');
      await page.keyboard.type('1245.50');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('receipt-no')).toHaveText('BPL-ATP-07-000001');
    } finally {
      await page.close();
      cabin.close();
    }
  });

  test('offers to move the ledger’s folder, refuses one holding other files and changes nothing, and makes the ledger in a good one', async ({ page }) => {
    const cabin = await openNewCabin(page, renderer.url);
    try {
      await expect(page.locator('#data-folder')).toHaveValue(cabin.standardDir);
      const photos = join(cabin.dir, 'photos');
      mkdirSync(photos);
      writeFileSync(join(photos, 'wedding.jpg'), 'a photo');
      await page.locator('#cabin-code').fill('BPL-ATP-07');
      await page.locator('#data-folder').fill(photos);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('cabin-error')).toContainText('already holds other files');
      await expect(page.locator('#data-folder')).toBeFocused();
      await page.screenshot({ path: join(screenshotDir, '00-cabin-setup-folder-refused-en.png'), fullPage: true });
      expect(readdirSync(photos)).toEqual(['wedding.jpg']);
      expect(existsSync(cabin.standardDir)).toBe(false);

      const secondDisk = join(cabin.dir, 'D', 'Rokad');
      await page.locator('#data-folder').fill(secondDisk);
      await page.keyboard.press('Enter');
      await expect(page.locator('#setup-user')).toBeFocused();
      expect(storedCabinCode(join(secondDisk, LEDGER_FILE))).toBe('BPL-ATP-07');
      expect(existsSync(join(cabin.standardDir, 'data-folder.json'))).toBe(true);
    } finally {
      await page.close();
      cabin.close();
    }
  });

  test('says in Hindi why a folder inside the install folder is refused', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const cabin = await openNewCabin(page, renderer.url);
    try {
      await expect(page.locator('#cabin-code')).toBeFocused();
      await page.keyboard.press('F8');
      await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
      await page.locator('#cabin-code').fill('BPL-ATP-07');
      await page.locator('#data-folder').fill(join(cabin.dir, 'Program Files', 'Rokad', 'data'));
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('cabin-error')).toContainText('इंस्टॉल फ़ोल्डर के अंदर');
      await expect(page.getByTestId('cabin-error')).not.toContainText(/[A-Za-z]{3,}/);
      await expect(page.getByTestId('cabin-setup').getByRole('button')).toBeInViewport();
      await page.screenshot({ path: join(screenshotDir, '00-cabin-setup-folder-refused-hi.png'), fullPage: true });
      expect(existsSync(join(cabin.dir, 'Program Files'))).toBe(false);
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
