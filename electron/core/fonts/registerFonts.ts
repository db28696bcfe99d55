import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

const registered = new Set<string>();

/**
 * Registers bundled TTFs with Skia under family names of our own, once per file and name.
 * Skia reads fonts by path, so they must sit outside an asar archive.
 */
export function registerFonts(fontsDir: string, families: ReadonlyArray<readonly [file: string, family: string]>, usedFor: string): void {
  for (const [file, family] of families) {
    const key = `${join(fontsDir, file)}\u0000${family}`;
    if (registered.has(key)) continue;
    if (!GlobalFonts.registerFromPath(join(fontsDir, file), family)) {
      throw new Error(`The ${usedFor} font ${file} could not be loaded from ${fontsDir}.`);
    }
    registered.add(key);
  }
}
