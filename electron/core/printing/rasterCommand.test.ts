import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { bytesPerRow, encodePng, type Bitmap } from './bitmap';
import { layoutReceipt } from './layoutReceipt';
import { encodeReceipt, STRIP_ROWS } from './printReceipt';
import { rasterCommand } from './rasterCommand';
import { receiptRecord } from './receiptRecord';
import { NARROW_DOTS, renderReceipt, WIDE_DOTS } from './renderReceipt';
import { sampleLedgerRow } from './sampleReceipt';
import { countOf, decodeEscPos, printedImage } from './testing/decodeEscPos';

const FONTS_DIR = join(__dirname, '..', '..', '..', 'assets', 'fonts');

function rows(bitmap: Bitmap, top: number, end: number): Bitmap {
  const stride = bytesPerRow(bitmap.width);
  return { width: bitmap.width, height: end - top, data: bitmap.data.slice(top * stride, end * stride) };
}

/** What node-thermal-printer's own image path sends for the same rows, through a PNG. */
async function throughLibraryImagePath(bitmap: Bitmap): Promise<Buffer> {
  const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: 'tcp://127.0.0.1' });
  await printer.printImageBuffer(encodePng(bitmap));
  return printer.getBuffer();
}

describe('rasterCommand', () => {
  for (const widthDots of [NARROW_DOTS, WIDE_DOTS]) {
    const receipt = renderReceipt(layoutReceipt(receiptRecord(sampleLedgerRow(), { billMonth: '2026-11' })), { widthDots, fontsDir: FONTS_DIR });

    it(`sends a ${widthDots}-dot strip byte for byte as node-thermal-printer's image path would`, async () => {
      const strip = rows(receipt, 0, Math.min(receipt.height, STRIP_ROWS));
      assert.deepEqual(rasterCommand(receipt, 0, strip.height), await throughLibraryImagePath(strip));
    });

    it(`prints the ${widthDots}-dot receipt dot for dot, in strips of at most ${STRIP_ROWS} rows, then cuts`, () => {
      const { commands, incomplete } = decodeEscPos(encodeReceipt(receipt));
      assert.equal(incomplete, 0);
      assert.deepEqual(printedImage(commands), receipt);
      assert.equal(countOf(commands, 'raster'), Math.ceil(receipt.height / STRIP_ROWS));
      assert.equal(countOf(commands, 'cut'), 1);
    });
  }

  it('pads a width that is not a whole number of bytes the way the packed rows already are', () => {
    const bitmap: Bitmap = { width: 10, height: 2, data: Uint8Array.from([0xff, 0xc0, 0x80, 0x40]) };
    assert.deepEqual([...rasterCommand(bitmap, 0, 2)], [0x1d, 0x76, 0x30, 0x30, 2, 0, 2, 0, 0xff, 0xc0, 0x80, 0x40]);
  });
});
