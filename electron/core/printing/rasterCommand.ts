import { bytesPerRow, type Bitmap } from './bitmap';

/** GS v 0 with m = 48 (normal size), as node-thermal-printer writes it. */
const GS_V_0 = [0x1d, 0x76, 0x30, 0x30];

/**
 * Rows [top, end) of an already packed bitmap as one GS v 0 raster command. The bitmap's rows
 * are the printer's own layout, so the dots are copied as they are: no image format in between.
 */
export function rasterCommand(bitmap: Bitmap, top: number, end: number): Buffer {
  const stride = bytesPerRow(bitmap.width);
  const height = end - top;
  const command = Buffer.alloc(8 + stride * height);
  command.set(GS_V_0, 0);
  command.writeUInt16LE(stride, 4);
  command.writeUInt16LE(height, 6);
  command.set(bitmap.data.subarray(top * stride, end * stride), 8);
  return command;
}
