import { join } from 'node:path';
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { bytesPerRow, encodePng, type Bitmap } from '../electron/core/printing/bitmap';
import { layoutReceipt } from '../electron/core/printing/layoutReceipt';
import { encodeReceipt, STRIP_ROWS } from '../electron/core/printing/printReceipt';
import { receiptRecord } from '../electron/core/printing/receiptRecord';
import { NARROW_DOTS, renderReceipt, WIDE_DOTS } from '../electron/core/printing/renderReceipt';
import { sampleLedgerRow } from '../electron/core/printing/sampleReceipt';
import { printLatencyTable, timeEach, timeEachAsync, type LatencySummary } from './measure';

const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 100);
const FONTS_DIR = join(__dirname, '..', 'assets', 'fonts');

/** The way receipts were encoded before GS v 0 strips were written directly: each strip to a PNG and back. */
async function encodeThroughPng(bitmap: Bitmap): Promise<Buffer> {
  const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: 'tcp://127.0.0.1' });
  const stride = bytesPerRow(bitmap.width);
  for (let top = 0; top < bitmap.height; top += STRIP_ROWS) {
    const end = Math.min(bitmap.height, top + STRIP_ROWS);
    await printer.printImageBuffer(encodePng({ width: bitmap.width, height: end - top, data: bitmap.data.subarray(top * stride, end * stride) }));
  }
  return printer.getBuffer();
}

/**
 * A receipt from its record to the ESC/POS bytes (layout, Devanagari shaping, 1-bit raster, GS v 0
 * strips appended to node-thermal-printer's buffer) at both paper widths, beside the floor: node-thermal-printer
 * encoding a blank image of the same size, which is all a printer library costs on its own.
 */
export async function benchReceipts(): Promise<void> {
  const record = receiptRecord(sampleLedgerRow(), { billMonth: '2026-11' });
  const rows: Array<[string, LatencySummary]> = [];
  const sizes: string[] = [];
  for (const widthDots of [NARROW_DOTS, WIDE_DOTS]) {
    const sample = renderReceipt(layoutReceipt(record), { widthDots, fontsDir: FONTS_DIR });
    const blank = { width: widthDots, height: sample.height, data: new Uint8Array(bytesPerRow(widthDots) * sample.height) };
    rows.push([`baseline: encode a blank ${widthDots}x${sample.height} image`, timeEach(RECEIPTS, () => encodeReceipt(blank))]);
    rows.push([`for comparison: the same receipt through PNG strips and node-thermal-printer's image path`, await timeEachAsync(RECEIPTS, () => encodeThroughPng(sample))]);
    rows.push([`encode the rendered receipt at ${widthDots} dots (target <= 2 ms)`, timeEach(RECEIPTS, () => encodeReceipt(sample))]);
    rows.push([`render only at ${widthDots} dots`, timeEach(RECEIPTS, () => renderReceipt(layoutReceipt(record), { widthDots, fontsDir: FONTS_DIR }))]);
    rows.push([
      `render + encode a receipt at ${widthDots} dots (target p50 < 30 ms)`,
      timeEach(RECEIPTS, () => encodeReceipt(renderReceipt(layoutReceipt(record), { widthDots, fontsDir: FONTS_DIR }))),
    ]);
    sizes.push(`${widthDots} dots: ${sample.height} rows, ${encodeReceipt(sample).length} bytes to the printer`);
  }
  printLatencyTable(`Receipts: ${RECEIPTS} renders and encodes per width, one after another`, rows);
  for (const size of sizes) console.log(size);
}
