import type { Page } from '@playwright/test';
import { dispatch, type Core } from '../../shared/ipc/dispatch';

/**
 * Runs in the page before the renderer's own scripts, keeping the binding it found. Source text,
 * not a function: the demo runs under tsx, whose name helpers do not exist in the page.
 */
const DEFINE_API = `(() => {
  const bridge = window.__rokadInvoke;
  Object.defineProperty(window, 'api', { value: Object.freeze({ invoke: (channel, input) => bridge(channel, input) }) });
})();`;

/**
 * A development harness, not the product: gives a page in plain Chromium the `window.api` the
 * preload gives Electron's window, bridged to the very handler map Electron main registers.
 * Playwright's exposeBinding is the transport here, where main uses ipcMain.handle; everything past
 * the transport is shared. The e2e tests and `npm run demo -- --browser` both open the UI this way.
 */
export async function bridgeCore(page: Page, core: Core): Promise<void> {
  await page.exposeBinding('__rokadInvoke', (_source, channel: unknown, input: unknown) => dispatch(core, channel, input));
  await page.addInitScript(DEFINE_API);
}
