import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createServices, LEDGER_FILE } from '../electron/core/createServices';
import { startCore } from '../electron/core/startCore';
import { openCounter, PEOPLE } from '../electron/core/testing/seedCounter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { bridgeCore } from '../scripts/devHarness/bridgeCore';
import { LANGUAGES, type Language } from './harness/counterSteps';
import { serveRenderer } from '../scripts/devHarness/serveRenderer';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Where the ledger table's first page starts in the file: damage there is what the start-up check must find. */
function ledgerTableOffset(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return ((db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'ledger'").pluck().get() as number) - 1) * (db.pragma('page_size', { simple: true }) as number);
  } finally {
    db.close();
  }
}

/** Garbage over a stretch of pages, as a failing disk or a power cut mid-write leaves it. */
function overwriteBytes(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  closeSync(fd);
}

for (const language of LANGUAGES) {
  test(`a damaged ledger is found at start-up, the newest backup offered, and nothing overwritten without a supervisor (${language})`, async ({ page }) => {
    const folder = tempDataDir('rokad-e2e-recovery-');
    const services = createServices({ dataDir: folder.dir, cabinCode: 'E2E-01', demoBills: true });
    openCounter(services);
    const backup = await services.backups.take('SUPERVISOR');
    services.close();
    const ledger = join(folder.dir, LEDGER_FILE);
    overwriteBytes(ledger, ledgerTableOffset(ledger), 4096);
    const damagedHash = sha256(ledger);

    let restarts = 0;
    const started = startCore({ dataDir: folder.dir, cabinCode: 'E2E-01', restartApp: () => (restarts += 1) });
    expect(started.state).toBe('damaged');
    const server = await serveRenderer(resolve(__dirname, '../out/renderer'));
    await bridgeCore(page, started.core);
    await page.addInitScript((lang: Language) => localStorage.setItem('rokad.lastLanguage', lang), language);
    await page.goto(server.url);

    const recovery = page.getByTestId('recovery');
    await expect(recovery).toContainText(backup.name);
    await page.locator('#restore-supervisor').fill(PEOPLE.agent.userId);
    await page.locator('#restore-supervisor-pin').fill(PEOPLE.agent.pin);
    await page.locator('#restore-supervisor-pin').press('Enter');
    await expect(page.getByTestId('restore-error')).toBeVisible();
    await page.screenshot({ path: resolve(__dirname, `artifacts/screenshots/${language}-50-recovery.png`), fullPage: true });
    expect(sha256(ledger)).toBe(damagedHash);

    await page.locator('#restore-supervisor').fill(PEOPLE.supervisor.userId);
    await page.locator('#restore-supervisor-pin').fill(PEOPLE.supervisor.pin);
    await page.locator('#restore-supervisor-pin').press('Enter');
    await expect(page.getByTestId('restored')).toContainText(backup.name);
    await page.screenshot({ path: resolve(__dirname, `artifacts/screenshots/${language}-51-restored.png`), fullPage: true });
    await page.getByRole('button', { name: language === 'hi' ? 'रोकड़ फिर से शुरू करें' : 'Start Rokad again' }).click();
    await expect.poll(() => restarts).toBe(1);

    const reopened = startCore({ dataDir: folder.dir, cabinCode: 'E2E-01' });
    expect(reopened.state).toBe('ready');
    if (reopened.state === 'ready') reopened.services.close();
    await server.close();
    folder.remove();
  });
}
