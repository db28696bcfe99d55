import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createCore } from '../electron/core/createCore';
import { createServices, type Services } from '../electron/core/createServices';
import { startVirtualPrinter, type VirtualPrinter } from '../electron/core/printing/testing/virtualPrinter';
import { openCounter } from '../electron/core/testing/seedCounter';
import { saveBills } from '../electron/core/testing/seedPayments';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { en as payment } from '../renderer/src/i18n/locales/payment';
import { bridgeCore } from '../scripts/devHarness/bridgeCore';
import { serveRenderer } from '../scripts/devHarness/serveRenderer';
import { printLatencyTable, type LatencySummary } from './measure';

const ROUNDS = 30;
const RENDERER = resolve(__dirname, '../out/renderer');
/** The whole bench, browser included, is stopped past this, so a stuck page cannot hang `npm run bench`. */
const GLOBAL_TIMEOUT_MS = 5 * 60_000;
const STEP_TIMEOUT_MS = 10_000;

/**
 * The little of the browser that the page-side functions below touch. The bench compiles for
 * Node, without the DOM's types; each such function runs in the page, where `globalThis` is the
 * window and `performance` is the page's own clock.
 */
interface InPage {
  api: { invoke: (channel: string, input: unknown) => Promise<unknown> };
  document: { activeElement: { id: string } | null; body: unknown; querySelector: (selector: string) => { textContent: string | null } | null };
  addEventListener: {
    (type: 'keydown', listener: (event: { key: string; timeStamp: number }) => void, options: { capture: boolean; once: boolean }): void;
    (type: 'focusin', listener: () => void, capture: boolean): void;
  };
  removeEventListener: (type: 'focusin', listener: () => void, capture: boolean) => void;
  MutationObserver: new (callback: () => void) => { observe: (target: unknown, options: Record<string, boolean>) => void; disconnect: () => void };
  requestAnimationFrame: (callback: () => void) => void;
  __shown: Promise<number>;
}

function summary(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
  const totalMs = samples.reduce((sum, value) => sum + value, 0);
  return { count: samples.length, totalMs, p50Ms: at(0.5), p99Ms: at(0.99), perSecond: (samples.length / totalMs) * 1000 };
}

/**
 * A cabin as the e2e harness makes it: a fresh data folder, the agent's shift open, `window.api`
 * bridged to the core's handlers; and a receipt printer on the network, so each receipt prints.
 */
async function openCabin(context: BrowserContext, printer: VirtualPrinter): Promise<{ page: Page; services: Services; close: () => void }> {
  const folder = tempDataDir('rokad-bench-renderer-');
  const services = createServices({ dataDir: folder.dir, cabinCode: 'BENCH-01' });
  openCounter(services);
  services.receipts.saveSettings({ interface: printer.address, widthDots: 576, timeoutMs: 3_000, waitForStatus: true });
  const core = createCore(services);
  const page = await context.newPage();
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(); the functions the bench sends into the page need it there too.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await bridgeCore(page, core);
  return {
    page,
    services,
    close: () => {
      services.close();
      folder.remove();
    },
  };
}

/**
 * Milliseconds in the page from the next Enter keydown to the first frame after `shown` holds,
 * checked at every change to the page and every move of the focus. Measured by the page's own
 * clock, so the harness's polling from Node adds nothing.
 */
async function enterUntil(page: Page, shown: 'bill' | 'recorded'): Promise<number> {
  // Armed and awaited before the key goes: Playwright may deliver a key press ahead of an evaluate still on its way.
  await page.evaluate(
    ({ what, timeoutMs }) => {
      const inPage = globalThis as unknown as InPage;
      inPage.__shown = new Promise<number>((done, fail) => {
        let enterAt = 0;
        const holds = () =>
          what === 'bill' ? inPage.document.activeElement?.id === 'cash' : (inPage.document.querySelector('[data-testid="receipt-no"]')?.textContent ?? '') !== '';
        const check = () => {
          if (enterAt === 0 || !holds()) return;
          observer.disconnect();
          inPage.removeEventListener('focusin', check, true);
          clearTimeout(timer);
          inPage.requestAnimationFrame(() => done(performance.now() - enterAt));
        };
        const observer = new inPage.MutationObserver(check);
        const timer = setTimeout(() => fail(new Error(`the ${what} did not show within ${timeoutMs} ms of Enter`)), timeoutMs);
        inPage.addEventListener('keydown', (event) => event.key === 'Enter' && (enterAt = event.timeStamp), { capture: true, once: true });
        inPage.addEventListener('focusin', check, true);
        observer.observe(inPage.document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    { what: shown, timeoutMs: STEP_TIMEOUT_MS },
  );
  await page.keyboard.press('Enter');
  return page.evaluate(() => (globalThis as unknown as InPage).__shown);
}

async function coldStarts(browser: Browser, printer: VirtualPrinter, emptyUrl: string, rendererUrl: string): Promise<{ empty: number[]; cold: number[] }> {
  const empty: number[] = [];
  const cold: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const blank = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const page = await blank.newPage();
      const before = performance.now();
      await page.goto(emptyUrl, { waitUntil: 'load' });
      empty.push(performance.now() - before);
    } finally {
      await blank.close();
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const cabin = await openCabin(context, printer);
    try {
      const before = performance.now();
      await cabin.page.goto(rendererUrl);
      await cabin.page.waitForFunction(() => (globalThis as unknown as InPage).document.activeElement?.id === 'consumer-no', undefined, { timeout: STEP_TIMEOUT_MS });
      cold.push(performance.now() - before);
    } finally {
      await context.close();
      cabin.close();
    }
  }
  return { empty, cold };
}

async function counterRounds(browser: Browser, printer: VirtualPrinter, rendererUrl: string): Promise<{ bare: number[]; bill: number[]; recorded: number[] }> {
  const bare: number[] = [];
  const bill: number[] = [];
  const recorded: number[] = [];
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const cabin = await openCabin(context, printer);
  try {
    const { page } = cabin;
    await page.goto(rendererUrl);
    await page.waitForFunction(() => (globalThis as unknown as InPage).document.activeElement?.id === 'consumer-no', undefined, { timeout: STEP_TIMEOUT_MS });
    const bills = saveBills(cabin.services, ROUNDS);
    for (let round = 0; round < ROUNDS; round += 1) {
      bare.push(
        await page.evaluate(async () => {
          const before = performance.now();
          await (globalThis as unknown as InPage).api.invoke('app.info', {});
          return performance.now() - before;
        }),
      );
      const due = bills[round]!;
      await page.keyboard.type(due.consumerNo);
      bill.push(await enterUntil(page, 'bill'));
      await page.keyboard.type((due.amountByDuePaise / 100).toFixed(2));
      recorded.push(await enterUntil(page, 'recorded'));
      // The receipt's printing and preview finish before the next round, so no round pays for the one before.
      await page.waitForFunction(
        (note) => {
          const { document } = globalThis as unknown as InPage;
          return (
            document.querySelector('[data-testid="print-note"]')?.textContent !== note && document.querySelector('[data-testid="done"] img, [data-testid="preview-error"]') !== null
          );
        },
        payment.printing,
        { timeout: STEP_TIMEOUT_MS },
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (globalThis as unknown as InPage).document.activeElement?.id === 'consumer-no', undefined, { timeout: STEP_TIMEOUT_MS });
    }
  } finally {
    await context.close();
    cabin.close();
  }
  return { bare, bill, recorded };
}

const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.ROKAD_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/**
 * Issue #14 item 4, the agent's feel: the built renderer in Chromium through the e2e harness's
 * bridge, the keystroke-to-screen times beside an empty page's load and a bare bridge call.
 */
export async function benchRenderer(): Promise<void> {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    console.log('renderer: the built renderer is missing; run `npm run build` first.');
    return;
  }
  const emptyRoot = mkdtempSync(join(tmpdir(), 'rokad-bench-empty-'));
  writeFileSync(join(emptyRoot, 'index.html'), '<!doctype html><title>empty</title>');
  let browser: Browser | undefined;
  let empty: Awaited<ReturnType<typeof serveRenderer>> | undefined;
  let renderer: Awaited<ReturnType<typeof serveRenderer>> | undefined;
  let printer: VirtualPrinter | undefined;
  let timedOut = false;
  // Closing the browser fails whatever the page was waiting for, and the finally below cleans up.
  const timer = setTimeout(() => {
    timedOut = true;
    void browser?.close();
  }, GLOBAL_TIMEOUT_MS);
  try {
    empty = await serveRenderer(emptyRoot);
    renderer = await serveRenderer(RENDERER);
    printer = await startVirtualPrinter();
    browser = await launchChromium();
    const starts = await coldStarts(browser, printer, empty.url, renderer.url);
    const counter = await counterRounds(browser, printer, renderer.url);
    printLatencyTable(`Renderer in Chromium, 1366×768, ${ROUNDS} rounds: each figure under its baseline`, [
      ['empty page load (baseline)', summary(starts.empty)],
      ['cold start → consumer number usable', summary(starts.cold)],
      ['bare bridge call, app.info (baseline)', summary(counter.bare)],
      ['Enter on number → bill shown', summary(counter.bill)],
      ['Enter on cash → "recorded" shown', summary(counter.recorded)],
    ]);
  } catch (error) {
    if (!timedOut) throw error;
    console.log(`renderer: stopped, the bench did not finish in ${GLOBAL_TIMEOUT_MS / 60_000} minutes.`);
  } finally {
    clearTimeout(timer);
    await browser?.close();
    await renderer?.close();
    await empty?.close();
    await printer?.close();
    rmSync(emptyRoot, { recursive: true, force: true });
  }
}
