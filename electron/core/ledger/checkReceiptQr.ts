import { receiptCode } from '../../../shared/node/receiptCode';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { parseReceiptQr } from '../../../shared/receiptVerification';
import type { LedgerRow } from './ledgerRow';
import { uploadStatus } from '../sync/outbox';
import { verifyChain } from './verifyChain';

export interface CheckedReceipt {
  receiptNo: string;
  kind: 'PAYMENT' | 'REFUND';
  cabinCode: string;
  recordedAt: string;
  amountPaise: number;
  consumerNo: string;
  consumerName: string;
  training: boolean;
  reversedBy: 'VOID' | 'REFUND' | null;
  upload: { state: string; approvalRefNumber: string | null; txnRefId: string | null } | null;
}

export type ReceiptQrCheck =
  | { verdict: 'GENUINE'; receipt: CheckedReceipt; chainRows: number }
  /** The QR text is not a Rokad receipt QR at all (or a code of the wrong length): nothing to look up. */
  | { verdict: 'UNREADABLE'; problem: string }
  | { verdict: 'NO_SUCH_RECEIPT'; receiptNo: string }
  | { verdict: 'CODE_MISMATCH'; receiptNo: string; problem: string }
  | { verdict: 'CHAIN_BROKEN'; receiptNo: string; problem: string };

/**
 * An auditor's offline check of a scanned receipt QR against a copy of the cabin's ledger: the
 * receipt must be in the ledger, its check code (or, on the oldest receipts, its amount and hash)
 * must be the one its row gives, and the chain must be whole, so the row is the one first written.
 */
export function checkReceiptQr(db: Db, qrText: string): ReceiptQrCheck {
  const scanned = parseReceiptQr(qrText);
  if (!scanned.ok) return { verdict: 'UNREADABLE', problem: scanned.problem };
  const { receiptNo } = scanned;
  const row = db.prepare(`SELECT * FROM ledger WHERE kind IN ('PAYMENT', 'REFUND') AND receipt_no = ?`).get(receiptNo) as (LedgerRow & { kind: 'PAYMENT' | 'REFUND' }) | undefined;
  if (!row) return { verdict: 'NO_SUCH_RECEIPT', receiptNo };
  if (scanned.form === 'ROKAD1') {
    if (row.amount_paise !== scanned.amountPaise || !row.hash.startsWith(scanned.hashStart)) {
      return { verdict: 'CODE_MISMATCH', receiptNo, problem: 'The amount or hash in the QR is not the one this receipt’s ledger row has.' };
    }
  } else if (receiptCode(row.hash) !== scanned.code) {
    return { verdict: 'CODE_MISMATCH', receiptNo, problem: 'The check code in the QR is not the one this receipt’s ledger row gives.' };
  }
  const chain = verifyChain(db);
  if (!chain.ok) return { verdict: 'CHAIN_BROKEN', receiptNo, problem: `The ledger's hash chain is broken at row ${chain.seq}: ${chain.problem}.` };
  const reversal = db.prepare(`SELECT kind FROM ledger WHERE kind IN ('VOID', 'REFUND') AND voids_entry_id = ?`).pluck().get(row.entry_id) as 'VOID' | 'REFUND' | undefined;
  const status = uploadStatus(db, row.entry_id);
  const upload: CheckedReceipt['upload'] = status ? { state: status.state, approvalRefNumber: status.approvalRefNumber, txnRefId: status.txnRefId } : null;
  return {
    verdict: 'GENUINE',
    chainRows: chain.rows,
    receipt: {
      receiptNo,
      kind: row.kind,
      cabinCode: row.cabin_code,
      recordedAt: row.recorded_at,
      amountPaise: row.amount_paise,
      consumerNo: row.consumer_no,
      consumerName: row.consumer_name,
      training: row.training === 1,
      reversedBy: reversal ?? null,
      upload,
    },
  };
}
