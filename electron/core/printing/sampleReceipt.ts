import { RokadError } from '../../../shared/errors';
import { GENESIS_HASH, hashLedgerRow } from '../ledger/hashChain';
import type { LedgerRow, PaymentRow } from '../ledger/ledgerRow';
import { layoutReceipt } from './layoutReceipt';
import { describePrinterFailure, printBitmap, printerName, type PrinterTarget } from './printReceipt';
import { receiptRecord, type ReceiptHeader } from './receiptRecord';
import { renderReceipt } from './renderReceipt';

/** A ledger row like the one the demo bill N3330008565 leaves: for test prints, previews and tests, never stored. */
export function sampleLedgerRow(overrides: Partial<Pick<LedgerRow, 'training'>> = {}): PaymentRow {
  const unhashed: Omit<PaymentRow, 'hash'> = {
    seq: 42,
    entry_id: '6f1c2b1e-8a53-4c2e-9d0e-3b7f4a1c9e21',
    kind: 'PAYMENT',
    receipt_no: 'BPL-07-000042',
    cabin_code: 'BPL-07',
    shift_id: '0b8e6a52-3f0e-4c59-9a43-5d2f7b1e8c10',
    user_id: 'ravi.k',
    training: 0,
    consumer_no: 'N3330008565',
    consumer_name: 'रमेश कुमार शर्मा / Ramesh Kumar Sharma',
    bill_number: 'B2611-000451',
    amount_paise: 124_550,
    tendered_paise: 130_000,
    change_paise: 5_450,
    cash_received: null,
    voids_entry_id: null,
    reason: null,
    approved_by: null,
    recorded_at: '2026-11-24T06:30:00.000Z',
    prev_hash: GENESIS_HASH,
    ...overrides,
  };
  return { ...unhashed, hash: hashLedgerRow(unhashed) };
}

/**
 * Prints the sample receipt, marked TRAINING so it can never pass for a real one, for a
 * technician setting up a cabin. Resolves with what to check on the paper.
 */
export async function printTestReceipt(target: PrinterTarget, fontsDir: string, header?: ReceiptHeader): Promise<string> {
  const { settings } = target;
  try {
    const record = receiptRecord(sampleLedgerRow({ training: 1 }), { billMonth: '2026-11', agent: 'रवि कुशवाहा / Ravi Kushwaha', ...(header ? { header } : {}) });
    await printBitmap(target, renderReceipt(layoutReceipt(record), { widthDots: settings.widthDots, fontsDir }));
  } catch (error) {
    const failure = describePrinterFailure(error, settings);
    throw new RokadError(failure.code, `${failure.message} No payment was involved; fix the printer and print the test again.`, failure.params);
  }
  return `The test receipt went to the printer at ${printerName(settings.interface)}. Check that the Hindi is clear and the QR code is sharp.`;
}
