import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { OPENING_FLOAT, PEOPLE, seedPeople } from '../electron/core/testing/seedCounter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { formatPaise } from '../shared/money';
import { LANGUAGES, speak, takePayment, type Language } from './harness/counterSteps';
import { expect, test, type RokadApp } from './harness/rokadTest';

const say = {
  en: {
    void: 'Void',
    supervisorOnly: /Only a supervisor can see the day report/,
    missing: /is not there\. Plug in the USB stick or choose another folder\. Nothing was written\./,
    rows: /3 ledger rows/,
  },
  hi: {
    void: 'रद्द करें',
    supervisorOnly: /दिन की रिपोर्ट केवल सुपरवाइज़र देख सकते हैं/,
    missing: /फ़ोल्डर .*no-stick-here नहीं मिला। पेन ड्राइव लगाएँ या दूसरा फ़ोल्डर चुनें। कुछ नहीं लिखा गया।/,
    rows: /लेजर की 3 पंक्तियाँ/,
  },
};

/** The supervisor signed in with a shift of her own, as at a cabin where she takes cash too. */
async function supervisorAtCounter(rokad: RokadApp): Promise<void> {
  seedPeople(rokad.services);
  const supervisor = rokad.services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
  rokad.services.shifts.open(supervisor, OPENING_FLOAT);
  await rokad.page.reload();
  await expect(rokad.page.locator('#consumer-no')).toBeFocused();
}

async function voidReceipt(page: Page, language: Language, receiptNo: string): Promise<void> {
  await page.keyboard.press('F4');
  await page.getByTestId(`receipt-row-${receiptNo}`).getByRole('button', { name: say[language].void }).click();
  await page.locator('#void-reason').fill('Consumer paid twice by mistake');
  await page.locator('#void-supervisor').fill(PEOPLE.supervisor.userId);
  await page.locator('#void-supervisor-pin').fill(PEOPLE.supervisor.pin);
  await page.locator('#void-supervisor-pin').press('Enter');
  await expect(page.getByTestId('receipts-notice')).toBeVisible();
}

for (const language of LANGUAGES) {
  test.describe(`the supervisor's day in ${language === 'hi' ? 'Hindi' : 'English'}`, () => {
    test.use({ counterOpen: false });

    test('payments and a void taken at the counter show in the day totals, equal to the ledger; an export writes CSV, XLSX and PDF and is audited', async ({ rokad }) => {
      const { page } = rokad;
      await supervisorAtCounter(rokad);
      await speak(page, language);
      const voided = await takePayment(page, '1234567890', '500');
      await takePayment(page, 'N3330008565', '1300');
      await voidReceipt(page, language, voided);

      await page.keyboard.press('F7');
      const [payments] = rokad.readLedger<{ count: number; total: number }>(
        "SELECT count(*) AS count, sum(amount_paise) AS total FROM ledger WHERE kind = 'PAYMENT' AND training = 0",
      );
      const [voids] = rokad.readLedger<{ count: number; total: number }>("SELECT count(*) AS count, sum(amount_paise) AS total FROM ledger WHERE kind = 'VOID' AND training = 0");
      expect(payments).toEqual({ count: 2, total: 165_550 });
      expect(voids).toEqual({ count: 1, total: 41_000 });
      await expect(page.getByTestId('day-payments')).toContainText(formatPaise(payments!.total));
      await expect(page.getByTestId('day-payments')).toContainText('2');
      await expect(page.getByTestId('day-voids')).toContainText(formatPaise(voids!.total));
      await expect(page.getByTestId('day-net')).toContainText(formatPaise(payments!.total - voids!.total));
      await expect(page.getByTestId('day-by-agent')).toContainText('Meena Singh');
      await expect(page.getByTestId(`day-void-${voided}`)).toContainText('Consumer paid twice by mistake');
      // The shift's drawer shows its terms one by one: what came in and what went back, never only their difference.
      await expect(page.getByTestId('day-shifts').getByTestId('day-shift-payments')).toHaveText(formatPaise(payments!.total));
      await expect(page.getByTestId('day-shifts').getByTestId('day-shift-voids')).toHaveText(formatPaise(voids!.total));
      await rokad.screenshot(`${language}-40-day`);

      const stick = tempDataDir('rokad-e2e-stick-');
      try {
        await page.locator('#export-folder').fill(stick.dir);
        await page.getByTestId('export-button').click();
        await expect(page.getByTestId('export-result')).toContainText(say[language].rows);
        await expect(page.getByTestId('export-figures')).toContainText(formatPaise(payments!.total - voids!.total));
        const [head] = rokad.readLedger<{ hash: string }>('SELECT hash FROM ledger ORDER BY seq DESC LIMIT 1');
        await expect(page.getByTestId('export-head')).toHaveAttribute('title', new RegExp(head!.hash));
        const written = readdirSync(stick.dir).sort();
        expect(written.map((name) => name.split('.').pop())).toEqual(['csv', 'pdf', 'xlsx']);
        for (const name of written) await expect(page.getByTestId('export-result')).toContainText(name);
        const csvLines = readFileSync(join(stick.dir, written[0]!), 'utf8').split(/\r?\n/).filter(Boolean);
        // A header line, one line per ledger row of the day (two payments and the void), then the shift's drawer line.
        expect(csvLines).toHaveLength(1 + 3 + 1);
        expect(csvLines.at(-1)).toMatch(/^,,SHIFT,/);
        const exports = rokad.readLedger<{ detail: string }>("SELECT detail FROM audit_log WHERE action = 'EXPORT'");
        expect(exports).toHaveLength(1);
        expect(JSON.parse(exports[0]!.detail)).toMatchObject({ rows: 3, netPaise: payments!.total - voids!.total, ledgerHead: { hash: head!.hash } });
        await rokad.screenshot(`${language}-41-day-exported`);
      } finally {
        stick.remove();
      }
    });

    test('yesterday holds none of the payments of today; an export to a folder that is not there says so and writes nothing; a backup can be taken now', async ({ rokad }) => {
      const { page } = rokad;
      await supervisorAtCounter(rokad);
      await speak(page, language);
      await takePayment(page, '1234567890', '410');
      await page.keyboard.press('F7');
      await expect(page.getByTestId('day-payments')).toContainText('₹410.00');
      await page.getByTestId('day-quick-yesterday').click();
      await expect(page.getByTestId('day-payments')).toContainText('₹0.00');
      await page.getByTestId('day-quick-today').click();
      await expect(page.getByTestId('day-payments')).toContainText('₹410.00');
      const stick = tempDataDir('rokad-e2e-stick-');
      try {
        const missing = join(stick.dir, 'no-stick-here');
        await page.locator('#export-folder').fill(missing);
        await page.getByTestId('export-button').click();
        await expect(page.getByTestId('export-error')).toHaveText(say[language].missing);
        expect(existsSync(missing)).toBe(false);
        expect(readdirSync(stick.dir)).toEqual([]);
        expect(rokad.readLedger("SELECT * FROM audit_log WHERE action = 'EXPORT'")).toHaveLength(0);
        await rokad.screenshot(`${language}-42-day-export-missing`);
      } finally {
        stick.remove();
      }

      await page.getByTestId('backup-now').click();
      await expect(page.getByTestId('backup-done')).toBeVisible();
      await expect(page.getByTestId('backup-panel').locator('tbody tr')).toHaveCount(1);
      expect(rokad.readLedger("SELECT * FROM audit_log WHERE action = 'BACKUP'")).toHaveLength(1);
      await rokad.screenshot(`${language}-43-day-backup`);

      // The supervisor moves backups to a second drive; a drive that is not there is refused and nothing changes.
      const drive = tempDataDir('rokad-e2e-backup-drive-');
      try {
        await page.locator('#backup-folder').fill(join(drive.dir, 'not-plugged-in'));
        await page.locator('#backup-keep').press('Enter');
        await expect(page.getByTestId('backup-settings-error')).toContainText('not-plugged-in');
        await page.locator('#backup-folder').fill(drive.dir);
        await page.locator('#backup-keep').fill('7');
        await page.locator('#backup-keep').press('Enter');
        await expect(page.getByTestId('backup-settings').getByRole('status')).toBeVisible();
        await page.getByTestId('backup-now').click();
        await expect.poll(() => readdirSync(drive.dir).filter((name) => name.endsWith('.sqlite')).length).toBe(1);
      } finally {
        drive.remove();
      }
    });
  });

  test(`an agent is told only a supervisor sees the day (${language})`, async ({ rokad }) => {
    const { page } = rokad;
    await speak(page, language);
    await page.keyboard.press('F7');
    await expect(page.getByTestId('day-supervisor-only')).toHaveText(say[language].supervisorOnly);
    await expect(page.getByTestId('export-panel')).toHaveCount(0);
    await rokad.screenshot(`${language}-44-day-agent`);
  });
}
