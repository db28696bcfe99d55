import { PNG } from 'pngjs';

/**
 * A 1-bit image in the printer's own layout (ESC/POS raster): rows of width/8 bytes, the
 * leftmost dot in the high bit, 1 = black. The preview, the printed strips and the test decoder
 * all use it, so comparing two images is comparing two byte arrays.
 */
export interface Bitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

export function bytesPerRow(width: number): number {
  return Math.ceil(width / 8);
}

export function isBlack(bitmap: Bitmap, x: number, y: number): boolean {
  const byte = bitmap.data[y * bytesPerRow(bitmap.width) + (x >> 3)] ?? 0;
  return (byte & (0x80 >> (x & 7))) !== 0;
}

/** Dots darker than `threshold` (0..255 on the red channel of a black-on-white drawing) become black. */
export function bitmapFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, threshold = 160): Bitmap {
  const stride = bytesPerRow(width);
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((rgba[(y * width + x) * 4] ?? 255) < threshold) data[y * stride + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { width, height, data };
}

export function toRgba(bitmap: Bitmap): Uint8Array {
  const rgba = new Uint8Array(bitmap.width * bitmap.height * 4);
  for (let y = 0; y < bitmap.height; y += 1) {
    for (let x = 0; x < bitmap.width; x += 1) {
      const value = isBlack(bitmap, x, y) ? 0 : 255;
      const at = (y * bitmap.width + x) * 4;
      rgba[at] = value;
      rgba[at + 1] = value;
      rgba[at + 2] = value;
      rgba[at + 3] = 255;
    }
  }
  return rgba;
}

/** A grayscale PNG of black and white dots: the preview, and what node-thermal-printer reads. */
export function encodePng(bitmap: Bitmap): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height });
  png.data = Buffer.from(toRgba(bitmap));
  return PNG.sync.write(png, { colorType: 0 });
}

/** Stacks bitmaps of one width top to bottom. */
export function stackRows(parts: readonly Bitmap[]): Bitmap {
  const width = parts[0]?.width ?? 0;
  if (parts.some((part) => part.width !== width)) throw new Error('Only strips of one width can be stacked.');
  const data = new Uint8Array(parts.reduce((sum, part) => sum + part.data.length, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part.data, offset);
    offset += part.data.length;
  }
  return { width, height: parts.reduce((sum, part) => sum + part.height, 0), data };
}

export function decodePng(png: Buffer): Bitmap {
  const image = PNG.sync.read(png);
  return bitmapFromRgba(image.data, image.width, image.height, 128);
}
