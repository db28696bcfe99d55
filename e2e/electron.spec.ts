import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import Database from 'better-sqlite3';
import { createServices } from '../electron/core/createServices';
import { startVirtualPrinter } from '../electron/core/printing/testing/virtualPrinter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { startTestGateway, TEST_AGENT } from '../gateway/testing/testGateway';
import { DEFAULT_PRINTER_SETTINGS } from '../shared/printing';
import { indiaDate } from '../shared/time';
import { findBill, firstRunToCounter, openSupervisorSection, takePayment } from './harness/counterSteps';
import { exactCash, unpaidBills } from './harness/gatewayCabin';

/**
 * The app in real Electron. Electron downloads its binary on first run from a host this build
 * network cannot reach, so here the suite is skipped and says so; on a machine where `npm start`
 * has run once, it runs. Looking for the binary must not trigger that download.
 */
function installedElectron(): string | null {
  const packageDir = resolve(__dirname, '../node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = installedElectron();
const skipReason =
  'SKIPPED: no Electron binary in node_modules/electron/dist; it downloads on first run, from a host this network cannot reach. The Chromium suites run the same UI through the same handlers';

// The reason is in the title because the list reporter prints titles, not annotations.
const appRoot = resolve(__dirname, '..');

/** The app on `dataDir`; without a cabin code the first run asks for one, as an installed Rokad does. */
function launch(dataDir: string, cabinCode?: string): Promise<ElectronApplication> {
  const env: Record<string, string> = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ROKAD_CABIN_CODE'),
  );
  return electron.launch({ executablePath: binary!, args: [appRoot], env: { ...env, ROKAD_DATA_DIR: dataDir, ...(cabinCode ? { ROKAD_CABIN_CODE: cabinCode } : {}) } });
}

function countRows(dataDir: string, query: string): number {
  const db = new Database(join(dataDir, 'ledger.sqlite'), { readonly: true });
  try {
    return db.prepare(query).pluck().get() as number;
  } finally {
    db.close();
  }
}

test.describe(binary ? 'the Electron app' : `the Electron app (${skipReason})`, () => {
  test.skip(!binary, skipReason);
  test.describe.configure({ timeout: 90_000 });

  test('opens one sandboxed window with no Node in the page, and records a payment', async () => {
    const folder = tempDataDir('rokad-electron-');
    const app = await electron.launch({
      executablePath: binary!,
      args: [resolve(__dirname, '..')],
      env: { ...process.env, ROKAD_DATA_DIR: folder.dir, ROKAD_CABIN_CODE: 'ELEC-01' },
    });
    try {
      const page = await app.firstWindow();
      // A new data folder: the first supervisor, then the opening float, then the counter.
      await expect(page.locator('#setup-user')).toBeFocused();
      await firstRunToCounter(page);
      expect(await page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process])).toEqual([
        'undefined',
        'undefined',
      ]);
      await page.evaluate(() => window.open('https://example.com'));
      expect(app.windows()).toHaveLength(1);

      await findBill(page, 'N3330008565');
      await page.keyboard.type('1245.50');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('receipt-no')).toHaveText('ELEC-01-000001');
    } finally {
      await app.close();
      folder.remove();
    }
  });

  test('asks a new cabin for its code, prints the receipt to the printer and keeps ledger and print queue across a restart', async () => {
    const folder = tempDataDir('rokad-electron-cabin-');
    const printer = await startVirtualPrinter();
    // The printer is set up in the data folder before the first start, as a technician's printer screen would leave it.
    const setup = createServices({ dataDir: folder.dir, cabinCode: 'BPL-ATP-07' });
    setup.receipts.saveSettings({ ...DEFAULT_PRINTER_SETTINGS, interface: printer.address });
    setup.close();
    let app = await launch(folder.dir);
    try {
      let page = await app.firstWindow();
      await expect(page.locator('#setup-user')).toBeFocused();
      await expect(page.getByTestId('cabin-code')).toHaveText('BPL-ATP-07');
      await firstRunToCounter(page);
      await findBill(page, 'N3330008565');
      await page.keyboard.type('1245.50');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('receipt-no')).toHaveText('BPL-ATP-07-000001');
      const job = await printer.nextJob();
      expect(job.bytes.length).toBeGreaterThan(1000);
      // The printer goes away: the next payment is recorded all the same and its receipt waits in the queue.
      await page.keyboard.press('Enter');
      await printer.close();
      await page.keyboard.press('F2');
      await findBill(page, 'N3330012277');
      await page.keyboard.type('872.90');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('receipt-no')).toHaveText('BPL-ATP-07-000002');
      await app.close();
      expect(countRows(folder.dir, "SELECT count(*) FROM ledger WHERE kind = 'PAYMENT'")).toBe(2);
      expect(countRows(folder.dir, "SELECT count(*) FROM print_jobs WHERE receipt_no = 'BPL-ATP-07-000002' AND status <> 'PRINTED'")).toBe(1);

      app = await launch(folder.dir);
      page = await app.firstWindow();
      await expect(page.locator('#signin-user')).toBeFocused();
      await expect(page.getByTestId('cabin-code')).toHaveText('BPL-ATP-07');
      expect(countRows(folder.dir, "SELECT count(*) FROM ledger WHERE kind = 'PAYMENT' AND receipt_no = 'BPL-ATP-07-000001'")).toBe(1);
      expect(countRows(folder.dir, "SELECT count(*) FROM print_jobs WHERE receipt_no = 'BPL-ATP-07-000001' AND status = 'PRINTED'")).toBe(1);
      expect(countRows(folder.dir, "SELECT count(*) FROM print_jobs WHERE receipt_no = 'BPL-ATP-07-000002' AND status <> 'PRINTED'")).toBe(1);
    } finally {
      await app.close();
      await printer.close().catch(() => undefined);
      folder.remove();
    }
  });

  test('on a new data folder with no code given, the first-run screen asks for the cabin code', async () => {
    const folder = tempDataDir('rokad-electron-new-');
    const app = await launch(folder.dir);
    try {
      const page = await app.firstWindow();
      await expect(page.locator('#cabin-code')).toBeFocused();
      await page.keyboard.type('BPL-ATP-09');
      await page.keyboard.press('Enter');
      await expect(page.locator('#setup-user')).toBeFocused();
      await expect(page.getByTestId('cabin-code')).toHaveText('BPL-ATP-09');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toMatch(/^Rokad \d+\.\d+\.\d+/);
    } finally {
      await app.close();
      folder.remove();
    }
  });

  test('registers with the reference gateway from F10 and uploads a payment to it', async () => {
    const folder = tempDataDir('rokad-electron-gateway-');
    const gateway = await startTestGateway(folder.dir, { today: indiaDate(new Date()), consumers: 50, topUpPaise: 5_000_000 });
    const app = await launch(join(folder.dir, 'cabin'), 'ELEC-03');
    try {
      const page = await app.firstWindow();
      await firstRunToCounter(page);
      await openSupervisorSection(page, 'gateway');
      await page.locator('#gateway-url').fill(gateway.url);
      await page.locator('#registration-code').fill(gateway.store.issueRegistrationCode(TEST_AGENT));
      await page.getByTestId('gateway-panel').getByRole('button').click();
      await expect(page.getByTestId('gateway-panel')).toContainText(TEST_AGENT);
      const [bill] = unpaidBills(gateway, 1);
      const receiptNo = await takePayment(page, bill!.consumer_no, exactCash(bill!));
      expect(receiptNo).toBe('ELEC-03-000001');
      // The sync worker thread, from the built sync.worker.js, sends it right after the payment.
      await expect.poll(() => gateway.store.db.prepare('SELECT count(*) FROM payments WHERE receipt_no = ?').pluck().get(receiptNo), { timeout: 45_000 }).toBe(1);
    } finally {
      await app.close();
      await gateway.close();
      folder.remove();
    }
  });

  test('a second launch leaves, and the first window is brought back and stays the only one', async () => {
    const folder = tempDataDir('rokad-electron-twice-');
    const app = await launch(folder.dir, 'ELEC-02');
    try {
      await app.firstWindow();
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
      // Heard in main beside its own handler, which restores and focuses the window first.
      await app.evaluate(({ app: main }) => void main.once('second-instance', () => ((globalThis as { heardSecond?: boolean }).heardSecond = true)));
      const second = spawn(binary!, [appRoot], { env: { ...process.env, ROKAD_DATA_DIR: folder.dir, ROKAD_CABIN_CODE: 'ELEC-02' }, stdio: 'ignore' });
      const code = await new Promise<number | null>((done) => second.once('exit', done));
      expect(code).toBe(0);
      await expect.poll(() => app.evaluate(() => (globalThis as { heardSecond?: boolean }).heardSecond === true)).toBe(true);
      expect(app.windows()).toHaveLength(1);
      await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized())).toBe(false);
    } finally {
      await app.close();
      folder.remove();
    }
  });
});
