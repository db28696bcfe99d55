import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { receiptCode } from '../../../shared/node/receiptCode';
import { encodePng, isBlack, toRgba, type Bitmap } from './bitmap';
import { layoutReceipt } from './layoutReceipt';
import { receiptRecord, type ReceiptExtras } from './receiptRecord';
import { NARROW_DOTS, renderReceipt, WIDE_DOTS } from './renderReceipt';
import { sampleLedgerRow } from './sampleReceipt';
import { ARTIFACTS_DIR, FONTS_DIR } from './testing/paths';

const AGENT = 'रवि कुशवाहा / Ravi Kushwaha';
const VERIFY_URL = 'https://pay.example.in/r';

function render(extras: Partial<ReceiptExtras>, widthDots: number, row = sampleLedgerRow()): Bitmap {
  return renderReceipt(layoutReceipt(receiptRecord(row, { billMonth: '2026-11', agent: AGENT, verifyUrl: VERIFY_URL, ...extras })), { widthDots, fontsDir: FONTS_DIR });
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
      it(`draws the ${name} receipt at ${widthDots} dots, whose QR reads back to the verification address (training: without it)`, () => {
        const bitmap = render(extras, widthDots, row);
        writeFileSync(join(ARTIFACTS_DIR, `${name}-${widthDots}.png`), encodePng(bitmap));
        assert.equal(bitmap.width, widthDots);
        const code = receiptCode(row.hash);
        assert.equal(readQr(bitmap), row.training ? `ROKAD2|BPL-07-000042|${code}` : `${VERIFY_URL}?n=BPL-07-000042&c=${code}`);
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

  it('prints the approval reference once the gateway has given one, and says it follows until then', () => {
    const approvalRows = (extras: Partial<ReceiptExtras>, row = sampleLedgerRow()) =>
      layoutReceipt(receiptRecord(row, { billMonth: '2026-11', ...extras })).flatMap((block) => (block.kind === 'row' && /Approval/.test(block.label) ? [block.value] : []));
    assert.deepEqual(approvalRows({ approvalRef: 'MPCZ123' }), ['MPCZ123']);
    assert.deepEqual(approvalRows({}), ['बाद में मिलेगा / follows']);
    assert.deepEqual(approvalRows({}, sampleLedgerRow({ training: 1 })), [], 'a training receipt never gets one');
    assert.deepEqual(approvalRows({ copy: 'DUPLICATE', voided: true }), [], 'nor does a voided one');
  });

  it('prints the check code under the QR in two groups of five', () => {
    const row = sampleLedgerRow();
    const code = receiptCode(row.hash);
    const blocks = layoutReceipt(receiptRecord(row, { billMonth: '2026-11' }));
    assert.ok(blocks.some((block) => block.kind === 'text' && block.text.endsWith(`${code.slice(0, 5)}-${code.slice(5)}`)));
  });

  it('refuses a width the printer cannot take in whole bytes', () => {
    assert.throws(() => render({}, 500));
  });
});
