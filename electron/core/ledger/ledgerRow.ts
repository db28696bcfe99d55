import { cashPaidBackPaise } from '../../../shared/cashRounding';
import type { RecordedPayment } from '../../../shared/domain';

/** A row of the ledger table as SQLite returns it. */
export interface LedgerRow {
  seq: number;
  entry_id: string;
  kind: 'PAYMENT' | 'VOID' | 'REFUND';
  receipt_no: string | null;
  cabin_code: string;
  shift_id: string;
  user_id: string;
  training: 0 | 1;
  consumer_no: string;
  consumer_name: string;
  bill_number: string;
  amount_paise: number;
  tendered_paise: number;
  change_paise: number;
  /** Exact change − change given (migration 7); absent (0) on rows of a ledger before it. */
  change_rounding_paise?: number;
  /** JSON of the notes and coins received, when the cashier tapped them. */
  cash_received: string | null;
  /** The payment a VOID cancels or a REFUND pays back. */
  voids_entry_id: string | null;
  reason: string | null;
  approved_by: string | null;
  recorded_at: string;
  /** The month of the bill a payment paid (migration 13), for its receipt; absent (null) on other rows and on payments from before it. */
  bill_month?: string | null;
  prev_hash: string;
  hash: string;
}

export type PaymentRow = LedgerRow & { kind: 'PAYMENT'; receipt_no: string };

/** A row that goes on paper under its own number: a payment's receipt or a refund's slip. */
export type ReceiptRow = LedgerRow & { kind: 'PAYMENT' | 'REFUND'; receipt_no: string };

export function toRecordedPayment(row: PaymentRow, replayed: boolean, voided = false): RecordedPayment {
  return {
    clientTxnId: row.entry_id,
    receiptNo: row.receipt_no,
    consumerNo: row.consumer_no,
    consumerName: row.consumer_name,
    billNumber: row.bill_number,
    amountPaise: row.amount_paise,
    tenderedPaise: row.tendered_paise,
    changePaise: row.change_paise,
    changeRoundingPaise: row.change_rounding_paise ?? 0,
    recordedAt: row.recorded_at,
    userId: row.user_id,
    shiftId: row.shift_id,
    training: row.training === 1,
    voided,
    replayed,
  };
}

/** What reversing this payment (a void or a refund) hands back from the drawer: shared/cashRounding's figure for a ledger row. */
export function cashPaidBackOf(row: Pick<LedgerRow, 'amount_paise' | 'change_rounding_paise'>): number {
  return cashPaidBackPaise({ amountPaise: row.amount_paise, changeRoundingPaise: row.change_rounding_paise ?? 0 });
}
