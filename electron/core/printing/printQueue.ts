import { RokadError } from '../../../shared/errors';
import type { PrintJobView } from '../../../shared/printing';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { followUpPayments } from '../ledger/followUpPayments';
import type { ReceiptRow } from '../ledger/ledgerRow';
import type { RefundFacts } from './receiptRecord';

interface PrintJobRow {
  id: number;
  ledger_seq: number;
  receipt_no: string;
  copy: 'ORIGINAL' | 'DUPLICATE';
  reprint: number;
  status: PrintJobView['status'];
  attempts: number;
  last_error: string | null;
  queued_at: string;
  printed_at: string | null;
}

/** A stored payment (or refund) with what its receipt (or slip) shows beyond the ledger row. */
export interface PaymentForReceipt {
  row: ReceiptRow;
  billMonth: string | null;
  agent: string | null;
  voided: boolean;
  refunded: boolean;
  refund: RefundFacts | null;
  /** The gateway's references once it accepted the payment: a copy printed after that shows them. */
  approvalRef: string | null;
  txnRefId: string | null;
}

function toView(row: PrintJobRow): PrintJobView {
  return {
    id: row.id,
    receiptNo: row.receipt_no,
    copy: row.copy,
    reprint: row.reprint,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    queuedAt: row.queued_at,
    printedAt: row.printed_at,
  };
}

export type PrintQueue = ReturnType<typeof createPrintQueue>;

/**
 * The receipts still owed to consumers. A payment's original is queued by the payment's follow-up
 * (at the latest when it is asked for here), printed after the payment's commit, and marked
 * printed only once the printer took it; a failed or interrupted print stays here to be retried,
 * even across restarts.
 */
export function createPrintQueue(db: Db, now: () => Date) {
  const insertFacts = db.prepare('INSERT INTO receipt_facts (ledger_seq, bill_month) VALUES (?, ?)');
  const insertJob = db.prepare(`
    INSERT INTO print_jobs (ledger_seq, receipt_no, copy, reprint, status, queued_at)
    VALUES (?, ?, ?, ?, 'QUEUED', ?) RETURNING *`);
  const paymentByReceipt = db.prepare(`SELECT * FROM ledger WHERE kind IN ('PAYMENT', 'REFUND') AND receipt_no = ?`);
  const paymentBySeq = db.prepare(`SELECT * FROM ledger WHERE kind IN ('PAYMENT', 'REFUND') AND seq = ?`);
  // A payment keeps its bill month in its ledger row (migration 13); one from before, and a refund's slip, in receipt_facts.
  const billMonthOf = db.prepare('SELECT bill_month FROM receipt_facts WHERE ledger_seq = ?').pluck();
  const billMonthOfEntry = db
    .prepare('SELECT coalesce(p.bill_month, (SELECT f.bill_month FROM receipt_facts f WHERE f.ledger_seq = p.seq)) FROM ledger p WHERE p.entry_id = ?')
    .pluck();
  const receiptNoOf = db.prepare('SELECT receipt_no FROM ledger WHERE entry_id = ?').pluck();
  const nameOf = db.prepare('SELECT name FROM users WHERE user_id = ?').pluck();
  const reversalOf = db.prepare(`SELECT kind FROM ledger WHERE kind IN ('VOID', 'REFUND') AND voids_entry_id = ?`).pluck();
  const acceptedOf = db.prepare(`SELECT approval_ref_number, txn_ref_id FROM outbox WHERE entry_id = ? AND state = 'SUCCESS'`);
  const jobById = db.prepare('SELECT * FROM print_jobs WHERE id = ?');
  const unprinted = db.prepare("SELECT * FROM print_jobs WHERE status <> 'PRINTED' ORDER BY id");
  const unprintedOf = db.prepare("SELECT * FROM print_jobs WHERE status <> 'PRINTED' AND receipt_no = ? ORDER BY id");
  const setPrinted = db.prepare("UPDATE print_jobs SET status = 'PRINTED', attempts = attempts + 1, last_error = NULL, printed_at = ? WHERE id = ?");
  const setFailed = db.prepare("UPDATE print_jobs SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?");

  function refundFacts(row: ReceiptRow): RefundFacts | null {
    if (row.kind !== 'REFUND' || !row.voids_entry_id) return null;
    return {
      forReceiptNo: receiptNoOf.get(row.voids_entry_id) as string,
      reason: row.reason ?? '',
      approvedBy: (nameOf.get(row.approved_by) as string | undefined) ?? row.approved_by ?? '',
    };
  }

  function forReceipt(row: ReceiptRow): PaymentForReceipt {
    const accepted = acceptedOf.get(row.entry_id) as { approval_ref_number: string; txn_ref_id: string } | undefined;
    const reversal = reversalOf.get(row.entry_id) as 'VOID' | 'REFUND' | undefined;
    return {
      row,
      billMonth: row.bill_month ?? (billMonthOf.get(row.seq) as string | undefined) ?? null,
      agent: (nameOf.get(row.user_id) as string | undefined) ?? null,
      voided: reversal === 'VOID',
      refunded: reversal === 'REFUND',
      refund: refundFacts(row),
      approvalRef: accepted?.approval_ref_number ?? null,
      txnRefId: accepted?.txn_ref_id ?? null,
    };
  }

  function payment(receiptNo: string): PaymentForReceipt {
    const row = paymentByReceipt.get(receiptNo) as ReceiptRow | undefined;
    if (!row) throw new RokadError('NO_RECEIPT', `There is no receipt ${receiptNo} in this cabin's ledger. Check the number and try again.`, { receiptNo });
    return forReceipt(row);
  }

  return {
    payment,
    /** Call only inside the refund's transaction: the slip carries the refunded bill's month. */
    queueRefundSlip(row: ReceiptRow): void {
      const billMonth = billMonthOfEntry.get(row.voids_entry_id) as string | undefined;
      if (billMonth) insertFacts.run(row.seq, billMonth);
      insertJob.run(row.seq, row.receipt_no, 'ORIGINAL', 0, row.recorded_at);
    },
    /** Call inside the transaction that logs the reprint, with the copy number the log gave it. */
    queueReprint(receiptNo: string, copy: number): PrintJobView {
      const { row } = payment(receiptNo);
      return toView(insertJob.get(row.seq, row.receipt_no, 'DUPLICATE', copy, now().toISOString()) as PrintJobRow);
    },
    // A payment's original is queued by its follow-up, written first so that none is left out.
    unprinted(): PrintJobView[] {
      followUpPayments(db);
      return (unprinted.all() as PrintJobRow[]).map(toView);
    },
    unprintedOf(receiptNo: string): PrintJobView[] {
      followUpPayments(db);
      return (unprintedOf.all(receiptNo) as PrintJobRow[]).map(toView);
    },
    job(id: number): PaymentForReceipt & { job: PrintJobView } {
      const job = jobById.get(id) as PrintJobRow | undefined;
      if (!job) throw new RokadError('NO_PRINT_JOB', `There is no print job ${id}. Open the list of unprinted receipts again.`);
      return { job: toView(job), ...forReceipt(paymentBySeq.get(job.ledger_seq) as ReceiptRow) };
    },
    markPrinted(id: number): void {
      setPrinted.run(now().toISOString(), id);
    },
    markFailed(id: number, message: string): void {
      setFailed.run(message, id);
    },
  };
}
