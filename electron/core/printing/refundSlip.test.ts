import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hashLedgerRow } from '../ledger/hashChain';
import type { ReceiptRow } from '../ledger/ledgerRow';
import { reversalRow } from '../ledger/reversalRow';
import { encodePng } from './bitmap';
import { layoutReceipt, type Block } from './layoutReceipt';
import { receiptRecord } from './receiptRecord';
import { NARROW_DOTS, renderReceipt } from './renderReceipt';
import { sampleLedgerRow } from './sampleReceipt';
import { ARTIFACTS_DIR, FONTS_DIR } from './testing/paths';

/** The slip for refunding the sample payment (₹1,245.50 from ₹1,300), whose change was rounded by `roundingPaise`. */
function refundSlip(roundingPaise: number) {
  const payment = { ...sampleLedgerRow(), change_rounding_paise: roundingPaise };
  const unhashed = {
    ...reversalRow(payment, {
      kind: 'REFUND',
      receiptNo: 'RFD-BPL-07-000001',
      shiftId: payment.shift_id,
      userId: 'ravi.k',
      approvedBy: 'meena.s',
      reason: 'Bill already paid at the zone office',
      at: '2026-11-25T05:00:00.000Z',
    }),
    seq: 43,
    prev_hash: payment.hash,
  };
  const row = { ...unhashed, hash: hashLedgerRow(unhashed) } as ReceiptRow;
  return receiptRecord(row, {
    billMonth: '2026-11',
    agent: 'रवि कुशवाहा / Ravi Kushwaha',
    refund: { forReceiptNo: payment.receipt_no, reason: 'Bill already paid at the zone office', approvedBy: 'मीना सिंह / Meena Singh' },
  });
}

const rows = (blocks: Block[]) => blocks.flatMap((block) => (block.kind === 'row' ? [[block.label, block.value]] : []));

describe('the refund slip', () => {
  it('prints the bill amount, the rounding the payment’s change carried and the cash actually handed back, as its ledger row takes it from the drawer', () => {
    // The change of ₹54.50 was rounded to ₹54.00: the consumer paid ₹1,246.00 net, and gets that back.
    const record = refundSlip(50);
    assert.equal(record.changeRoundingPaise, 50, 'from the refund’s own ledger row');
    const printed = rows(layoutReceipt(record));
    assert.deepEqual(
      printed.filter(([label]) => /Bill Amount|Rounding|Cash Refunded|Amount Refunded/.test(label!)),
      [
        ['बिल राशि / Bill Amount', '₹1,245.50'],
        ['पूर्णांकन / Rounding', '+₹0.50'],
        ['लौटाया नकद / Cash Refunded', '₹1,246.00'],
      ],
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'refund-slip-rounded-384.png'), encodePng(renderReceipt(layoutReceipt(record), { widthDots: NARROW_DOTS, fontsDir: FONTS_DIR })));
  });

  it('takes the rounding off when the change was rounded up in the consumer’s favour', () => {
    assert.deepEqual(
      rows(layoutReceipt(refundSlip(-50))).filter(([label]) => /Rounding|Cash Refunded/.test(label!)),
      [
        ['पूर्णांकन / Rounding', '−₹0.50'],
        ['लौटाया नकद / Cash Refunded', '₹1,245.00'],
      ],
    );
  });

  it('prints the amount refunded alone when the change was not rounded', () => {
    assert.deepEqual(
      rows(layoutReceipt(refundSlip(0))).filter(([label]) => /Bill Amount|Rounding|Cash Refunded|Amount Refunded/.test(label!)),
      [['लौटाई राशि / Amount Refunded', '₹1,245.50']],
    );
  });
});
