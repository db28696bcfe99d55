import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { encodePng, isBlack, toRgba, type Bitmap } from './bitmap';
import { layoutReceipt } from './layoutReceipt';
import { receiptRecord, type ReceiptExtras } from './receiptRecord';
import { NARROW_DOTS, renderReceipt, WIDE_DOTS } from './renderReceipt';
import { sampleLedgerRow } from './sampleReceipt';
import { ARTIFACTS_DIR, FONTS_DIR } from './testing/paths';

const AGENT = 'रवि कुशवाहा / Ravi Kushwaha';

function render(extras: Partial<ReceiptExtras>, widthDots: number, row = sampleLedgerRow()): Bitmap {
  return renderReceipt(layoutReceipt(receiptRecord(row, { billMonth: '2026-11', agent: AGENT, ...extras })), { widthDots, fontsDir: FONTS_DIR });
}

function readQr(bitmap: Bitmap): string | undefined {
  return jsQR(new Uint8ClampedArray(toRgba(bitmap)), bitmap.width, bitmap.height)?.data;
}

const variants: Array<[string, Partial<ReceiptExtras>, ReturnType<typeof sampleLedgerRow>]> = [
  ['original', {}, sampleLedgerRow()],
  ['duplicate', { copy: 'DUPLICATE', reprint: 2 }, sampleLedgerRow()],
  ['training', {}, sampleLedgerRow({ training: 1 })],
  ['voided-duplicate', { copy: 'DUPLICATE', reprint: 1, voided: true }, sampleLedgerRow()],
];

describe('renderReceipt', () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });

  for (const widthDots of [NARROW_DOTS, WIDE_DOTS]) {
    for (const [name, extras, row] of variants) {
      it(`draws the ${name} receipt at ${widthDots} dots, whose QR reads back to the verification payload`, () => {
        const bitmap = render(extras, widthDots, row);
        writeFileSync(join(ARTIFACTS_DIR, `${name}-${widthDots}.png`), encodePng(bitmap));
        assert.equal(bitmap.width, widthDots);
        assert.equal(readQr(bitmap), `ROKAD1|BPL-07-000042|124550|${row.hash.slice(0, 12)}`);
      });
    }
  }

  it('leaves the side margins blank: nothing runs off the paper', () => {
    for (const widthDots of [NARROW_DOTS, WIDE_DOTS]) {
      const bitmap = render({ approvalRef: 'MPCZ2611240000123456789', copy: 'DUPLICATE', reprint: 12, voided: true }, widthDots, sampleLedgerRow({ training: 1 }));
      for (let y = 0; y < bitmap.height; y += 1) {
        assert.ok(!isBlack(bitmap, 0, y) && !isBlack(bitmap, widthDots - 1, y), `a dot at the paper edge on row ${y} at ${widthDots} dots`);
      }
    }
  });

  it('prints the approval reference once the gateway has given one', () => {
    const blocks = layoutReceipt(receiptRecord(sampleLedgerRow(), { billMonth: '2026-11', approvalRef: 'MPCZ123' }));
    assert.ok(blocks.some((block) => block.kind === 'row' && block.value === 'MPCZ123'));
    const without = layoutReceipt(receiptRecord(sampleLedgerRow(), { billMonth: '2026-11' }));
    assert.ok(!without.some((block) => block.kind === 'row' && /Approval/.test(block.label)));
  });

  it('refuses a width the printer cannot take in whole bytes', () => {
    assert.throws(() => render({}, 500));
  });
});
