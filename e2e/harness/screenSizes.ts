import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const screenshotDir = resolve(__dirname, '../artifacts/screenshots');

/** The cabins' screens: what fits without scrolling is what a person sees. */
export const SCREEN_SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

/** The visible part of the screen at each cabin size, named `<name>-<width>.png`; the viewport is put back after. */
export async function screenshotAtCabinSizes(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(screenshotDir, `${name}-${size.width}.png`) });
  }
  if (before) await page.setViewportSize(before);
}
