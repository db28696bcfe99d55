import { join } from 'node:path';
import { bytesPerRow } from '../electron/core/printing/bitmap';
import { layoutReceipt } from '../electron/core/printing/layoutReceipt';
import { encodeReceipt } from '../electron/core/printing/printReceipt';
import { receiptRecord } from '../electron/core/printing/receiptRecord';
import { NARROW_DOTS, renderReceipt, WIDE_DOTS } from '../electron/core/printing/renderReceipt';
import { sampleLedgerRow } from '../electron/core/printing/sampleReceipt';
import { printLatencyTable, timeEachAsync, type LatencySummary } from './measure';

const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 100);
const FONTS_DIR = join(__dirname, '..', 'assets', 'fonts');

/**
 * A receipt from its record to the ESC/POS bytes (layout, Devanagari shaping, 1-bit raster, PNG
 * strips through node-thermal-printer) at both paper widths, beside the floor: node-thermal-printer
 * encoding a blank image of the same size, which is all a printer library costs on its own.
 */
export async function benchReceipts(): Promise<void> {
  const record = receiptRecord(sampleLedgerRow(), { billMonth: '2026-11' });
  const rows: Array<[string, LatencySummary]> = [];
  const sizes: string[] = [];
  for (const widthDots of [NARROW_DOTS, WIDE_DOTS]) {
    const sample = renderReceipt(layoutReceipt(record), { widthDots, fontsDir: FONTS_DIR });
    const blank = { width: widthDots, height: sample.height, data: new Uint8Array(bytesPerRow(widthDots) * sample.height) };
    rows.push([`baseline: encode a blank ${widthDots}x${sample.height} image`, await timeEachAsync(RECEIPTS, () => encodeReceipt(blank))]);
    rows.push([
      `render + encode a receipt at ${widthDots} dots`,
      await timeEachAsync(RECEIPTS, () => encodeReceipt(renderReceipt(layoutReceipt(record), { widthDots, fontsDir: FONTS_DIR }))),
    ]);
    sizes.push(`${widthDots} dots: ${sample.height} rows, ${(await encodeReceipt(sample)).length} bytes to the printer`);
  }
  printLatencyTable(`Receipts: ${RECEIPTS} renders and encodes per width, one after another`, rows);
  for (const size of sizes) console.log(size);
}
