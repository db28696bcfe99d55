import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { indiaDayRange } from '../../../shared/time';
import type { PaymentRow } from './ledgerRow';

/**
 * Read-only questions about the payments in the ledger. A reversed payment (voided or refunded)
 * no longer counts towards a bill or a day. `isVoided` asks about a void alone: a refund is told
 * apart, with its slip, where it matters.
 */
export function createPaymentQueries(db: Db) {
  const notReversed = `NOT EXISTS (SELECT 1 FROM ledger v WHERE v.kind IN ('VOID', 'REFUND') AND v.voids_entry_id = p.entry_id)`;
  const forBill = db.prepare(
    `SELECT receipt_no AS receiptNo, amount_paise AS amountPaise, recorded_at AS recordedAt FROM ledger p
     WHERE p.kind = 'PAYMENT' AND p.bill_number = ? AND p.consumer_no = ? AND p.training = ? AND ${notReversed}
     ORDER BY p.seq DESC LIMIT 5`,
  );
  const paidBetween = db.prepare(
    `SELECT coalesce(sum(p.amount_paise), 0) FROM ledger p
     WHERE p.kind = 'PAYMENT' AND p.consumer_no = ? AND p.training = 0 AND p.recorded_at >= ? AND p.recorded_at < ? AND ${notReversed}`,
  );
  const byEntry = db.prepare(`SELECT * FROM ledger WHERE kind = 'PAYMENT' AND entry_id = ?`);
  const byReceipt = db.prepare(`SELECT * FROM ledger WHERE kind = 'PAYMENT' AND receipt_no = ?`);
  const voidOf = db.prepare(`SELECT entry_id FROM ledger WHERE kind = 'VOID' AND voids_entry_id = ?`);
  const ofShift = db.prepare(`SELECT * FROM ledger WHERE kind = 'PAYMENT' AND shift_id = ? ORDER BY seq DESC LIMIT ?`);

  return {
    /** The latest few payments for a bill: enough to warn of a repeat and show the receipts. */
    earlierForBill: (consumerNo: string, billNumber: string, training: boolean) =>
      forBill.all(billNumber, consumerNo, training ? 1 : 0) as Array<{ receiptNo: string; amountPaise: number; recordedAt: string }>,
    /** Real (not training) cash from one consumer on one India day. */
    paidOnDay: (consumerNo: string, isoDate: string) => {
      const { from, to } = indiaDayRange(isoDate);
      return paidBetween.pluck().get(consumerNo, from, to) as number;
    },
    byEntryId: (entryId: string) => byEntry.get(entryId) as PaymentRow | undefined,
    byReceiptNo: (receiptNo: string) => byReceipt.get(receiptNo) as PaymentRow | undefined,
    isVoided: (entryId: string) => voidOf.get(entryId) !== undefined,
    ofShift: (shiftId: string, limit: number) => ofShift.all(shiftId, limit) as PaymentRow[],
  };
}

export type PaymentQueries = ReturnType<typeof createPaymentQueries>;
