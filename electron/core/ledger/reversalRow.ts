import { randomUUID } from 'node:crypto';
import type { NewLedgerRow } from './appendLedgerRow';
import type { PaymentRow } from './ledgerRow';

export interface Reversal {
  kind: 'VOID' | 'REFUND';
  /** A refund slip's number; a void has none. */
  receiptNo: string | null;
  /** The drawer the cash goes back out of. */
  shiftId: string;
  userId: string;
  approvedBy: string;
  reason: string;
  at: string;
}

/** A row that gives a payment's cash back: its consumer, bill and amount, approved, with no cash detail of its own. */
export function reversalRow(payment: PaymentRow, reversal: Reversal): NewLedgerRow {
  return {
    entry_id: randomUUID(),
    kind: reversal.kind,
    receipt_no: reversal.receiptNo,
    cabin_code: payment.cabin_code,
    shift_id: reversal.shiftId,
    user_id: reversal.userId,
    training: payment.training,
    consumer_no: payment.consumer_no,
    consumer_name: payment.consumer_name,
    bill_number: payment.bill_number,
    amount_paise: payment.amount_paise,
    tendered_paise: 0,
    change_paise: 0,
    // What the consumer paid net goes back: the bill and the paise the drawer kept (or less those it gave).
    change_rounding_paise: payment.change_rounding_paise ?? 0,
    cash_received: null,
    voids_entry_id: payment.entry_id,
    reason: reversal.reason,
    approved_by: reversal.approvedBy,
    recorded_at: reversal.at,
  };
}
