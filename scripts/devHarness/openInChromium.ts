import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Core } from '../../shared/ipc/dispatch';
import { bridgeCore } from './bridgeCore';
import { serveRenderer } from './serveRenderer';

export interface OpenedInChromium {
  rendererUrl: string;
  /** Chromium's DevTools address: chrome://inspect on this machine (or a forwarded port) shows and drives the page. */
  devtoolsUrl: string;
  /** Resolves when the window was closed by hand, or Chromium went away. */
  closed: Promise<void>;
  close: () => Promise<void>;
}

/** The flags the e2e tests use (playwright.config.ts): Chromium never reaches for Google's services. */
const QUIET_FLAGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function devtoolsPort(profileDir: string): Promise<number> {
  // Port 0 lets Chromium pick a free one; it writes the port it took into the profile.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const written = await readFile(join(profileDir, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(written.split('\n')[0]);
    if (port > 0) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Chromium did not say which DevTools port it took.');
}

/**
 * A development harness, not the product: serves the built renderer on 127.0.0.1 and opens it in
 * Debian's Chromium with `window.api` bridged to `core`, as the e2e tests do. Headed where there
 * is a display; headless, Chromium still serves DevTools, so the page can be seen and used there.
 */
export async function openInChromium(options: { core: Core; rendererDir: string; profileDir: string; headless: boolean }): Promise<OpenedInChromium> {
  const server = await serveRenderer(options.rendererDir);
  let context;
  try {
    context = await chromium.launchPersistentContext(options.profileDir, {
      executablePath: process.env.ROKAD_CHROMIUM ?? '/usr/bin/chromium',
      headless: options.headless,
      // Chromium's sandbox refuses to run as root; anyone else keeps it.
      chromiumSandbox: process.getuid?.() !== 0,
      args: [...QUIET_FLAGS, '--remote-debugging-port=0'],
      viewport: options.headless ? { width: 1280, height: 800 } : null,
      // The demo stops Chromium itself on Ctrl+C, after the page and before the ledger.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  const running = context;
  const closed = new Promise<void>((resolve) => running.once('close', () => resolve()));
  const close = async () => {
    await running.close().catch(() => undefined);
    await server.close();
  };
  try {
    const page = running.pages()[0] ?? (await running.newPage());
    await bridgeCore(page, options.core);
    await page.goto(server.url);
    return { rendererUrl: server.url, devtoolsUrl: `http://127.0.0.1:${await devtoolsPort(options.profileDir)}`, closed, close };
  } catch (error) {
    await close();
    throw error;
  }
}
