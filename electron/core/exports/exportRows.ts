import type { DayRange } from '../../../shared/reports';
import type { PaymentUploadStatus } from '../../../shared/domain';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { LedgerRow } from '../ledger/ledgerRow';
import { UPLOAD_STATE } from '../sync/outbox';
import { INDIA_DATE_SQL, rangeInstants } from '../reports/dayReport';

type OutboxState = PaymentUploadStatus['state'];

export type UploadState = 'ACCEPTED' | 'WAITING' | 'REFUSED' | 'CANCELLED' | '';

/** One ledger row as every export writes it: payments, voids and refunds alike, training left out. */
export interface ExportRow {
  seq: number;
  entryId: string;
  kind: 'PAYMENT' | 'VOID' | 'REFUND';
  /** For a VOID, the receipt it voids; for a REFUND, its own slip number. */
  receiptNo: string;
  indiaDate: string;
  indiaTime: string;
  recordedAt: string;
  cabinCode: string;
  shiftId: string;
  userId: string;
  userName: string;
  consumerNo: string;
  consumerName: string;
  billNumber: string;
  amountPaise: number;
  /** +amount for a payment, −amount for a void or a refund: the column that sums to the day's net. */
  netPaise: number;
  tenderedPaise: number;
  changePaise: number;
  voided: boolean;
  voidReason: string;
  approvedBy: string;
  uploadState: UploadState;
  txnRefId: string;
  approvalRefNumber: string;
  hash: string;
  /** On a refunded payment, the number of the slip that paid it back. */
  refundSlipNo: string;
  /** On a VOID or a REFUND, the receipt of the payment it gives back. */
  reversesReceiptNo: string;
}

/** The range's ledger rows in chain order, ready for CSV, workbook or any other export. */
export function exportRows(db: Db, range: DayRange): ExportRow[] {
  const rows = db
    .prepare(
      `SELECT l.seq, l.entry_id, l.kind, coalesce(l.receipt_no, p.receipt_no) AS receipt_no,
              ${INDIA_DATE_SQL('l.recorded_at')} AS india_date, strftime('%H:%M:%S', l.recorded_at, '+330 minutes') AS india_time,
              l.recorded_at, l.cabin_code, l.shift_id, l.user_id, u.name AS user_name, l.consumer_no, l.consumer_name, l.bill_number,
              l.amount_paise, l.tendered_paise, l.change_paise, l.reason, l.approved_by, l.hash,
              v.reason AS void_reason, v.approved_by AS void_approved_by,
              ${UPLOAD_STATE('l', 'o')} AS state, o.txn_ref_id, o.approval_ref_number, p.receipt_no AS reverses_receipt_no, r.receipt_no AS refund_slip_no
       FROM ledger l
       JOIN users u ON u.user_id = l.user_id
       LEFT JOIN ledger p ON p.entry_id = l.voids_entry_id
       LEFT JOIN ledger v ON v.kind = 'VOID' AND v.voids_entry_id = l.entry_id
       LEFT JOIN ledger r ON r.kind = 'REFUND' AND r.voids_entry_id = l.entry_id
       LEFT JOIN outbox o ON o.entry_id = l.entry_id
       WHERE l.training = 0 AND l.recorded_at >= @from AND l.recorded_at < @to
       ORDER BY l.seq`,
    )
    .all(rangeInstants(range)) as Array<
    Pick<LedgerRow, 'seq' | 'entry_id' | 'kind' | 'recorded_at' | 'cabin_code' | 'shift_id' | 'user_id' | 'consumer_no' | 'consumer_name' | 'bill_number'> &
      Pick<LedgerRow, 'amount_paise' | 'tendered_paise' | 'change_paise' | 'reason' | 'approved_by' | 'hash'> & {
        receipt_no: string;
        india_date: string;
        india_time: string;
        user_name: string;
        void_reason: string | null;
        void_approved_by: string | null;
        state: OutboxState | null;
        txn_ref_id: string | null;
        approval_ref_number: string | null;
        reverses_receipt_no: string | null;
        refund_slip_no: string | null;
      }
  >;
  return rows.map((row) => {
    // A void or a refund takes cash back out: its own reason and approver, no upload of its own.
    const isVoid = row.kind !== 'PAYMENT';
    const voided = row.void_reason !== null;
    return {
      seq: row.seq,
      entryId: row.entry_id,
      kind: row.kind,
      receiptNo: row.receipt_no,
      indiaDate: row.india_date,
      indiaTime: row.india_time,
      recordedAt: row.recorded_at,
      cabinCode: row.cabin_code,
      shiftId: row.shift_id,
      userId: row.user_id,
      userName: row.user_name,
      consumerNo: row.consumer_no,
      consumerName: row.consumer_name,
      billNumber: row.bill_number,
      amountPaise: row.amount_paise,
      netPaise: isVoid ? -row.amount_paise : row.amount_paise,
      tenderedPaise: row.tendered_paise,
      changePaise: row.change_paise,
      voided,
      voidReason: (isVoid ? row.reason : row.void_reason) ?? '',
      approvedBy: (isVoid ? row.approved_by : row.void_approved_by) ?? '',
      uploadState: isVoid ? '' : uploadStateOf(row.state, voided),
      txnRefId: row.txn_ref_id ?? '',
      approvalRefNumber: row.approval_ref_number ?? '',
      hash: row.hash,
      refundSlipNo: row.refund_slip_no ?? '',
      reversesReceiptNo: row.reverses_receipt_no ?? '',
    };
  });
}

function uploadStateOf(state: OutboxState | null, voided: boolean): UploadState {
  if (state === 'SUCCESS') return 'ACCEPTED';
  if (state === 'FAILED') return 'REFUSED';
  if (state === 'PENDING') return 'WAITING';
  return voided ? 'CANCELLED' : 'WAITING';
}
