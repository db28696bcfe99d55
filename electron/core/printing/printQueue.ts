import type { Bill } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { PrintJobView } from '../../../shared/printing';
import type { Db } from '../db/openDatabase';
import type { LedgerRow } from '../ledger/ledgerRow';

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

export interface QueuedReceipt {
  job: PrintJobView;
  row: LedgerRow;
  billMonth: string | null;
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
 * The receipts still owed to consumers. A payment's original is queued inside the payment's own
 * transaction, printed after the commit, and marked printed only once the printer took it; a
 * failed or interrupted print stays here to be retried, even across restarts.
 */
export function createPrintQueue(db: Db, now: () => Date) {
  const insertFacts = db.prepare('INSERT INTO receipt_facts (ledger_seq, bill_month) VALUES (?, ?)');
  const insertJob = db.prepare(`
    INSERT INTO print_jobs (ledger_seq, receipt_no, copy, reprint, status, queued_at)
    VALUES (?, ?, ?, ?, 'QUEUED', ?) RETURNING *`);
  const ledgerByReceipt = db.prepare('SELECT * FROM ledger WHERE receipt_no = ?');
  const ledgerBySeq = db.prepare('SELECT * FROM ledger WHERE seq = ?');
  const factsBySeq = db.prepare('SELECT bill_month FROM receipt_facts WHERE ledger_seq = ?').pluck();
  const lastReprint = db.prepare('SELECT max(reprint) FROM print_jobs WHERE ledger_seq = ?').pluck();
  const jobById = db.prepare('SELECT * FROM print_jobs WHERE id = ?');
  const unprinted = db.prepare("SELECT * FROM print_jobs WHERE status <> 'PRINTED' ORDER BY id");
  const unprintedOf = db.prepare("SELECT * FROM print_jobs WHERE status <> 'PRINTED' AND receipt_no = ? ORDER BY id");
  const setPrinted = db.prepare("UPDATE print_jobs SET status = 'PRINTED', attempts = attempts + 1, last_error = NULL, printed_at = ? WHERE id = ?");
  const setFailed = db.prepare("UPDATE print_jobs SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?");

  function paymentOf(receiptNo: string): LedgerRow {
    const row = ledgerByReceipt.get(receiptNo) as LedgerRow | undefined;
    if (!row) throw new RokadError('NO_RECEIPT', `There is no receipt ${receiptNo} in this cabin's ledger. Check the number and try again.`);
    return row;
  }

  const reprint = db.transaction((receiptNo: string): PrintJobView => {
    const row = paymentOf(receiptNo);
    const next = ((lastReprint.get(row.seq) as number | null) ?? 0) + 1;
    return toView(insertJob.get(row.seq, row.receipt_no, 'DUPLICATE', next, now().toISOString()) as PrintJobRow);
  });

  return {
    /** Call only inside the payment's transaction (recordPayment's afterInsert). */
    queueOriginal(row: LedgerRow, bill: Bill): void {
      insertFacts.run(row.seq, bill.billMonth);
      insertJob.run(row.seq, row.receipt_no, 'ORIGINAL', 0, row.recorded_at);
    },
    /** A new DUPLICATE job for an earlier receipt, numbered after every copy already queued. */
    queueReprint: (receiptNo: string): PrintJobView => reprint.immediate(receiptNo),
    unprinted: (): PrintJobView[] => (unprinted.all() as PrintJobRow[]).map(toView),
    unprintedOf: (receiptNo: string): PrintJobView[] => (unprintedOf.all(receiptNo) as PrintJobRow[]).map(toView),
    job(id: number): QueuedReceipt {
      const job = jobById.get(id) as PrintJobRow | undefined;
      if (!job) throw new RokadError('NO_PRINT_JOB', `There is no print job ${id}. Open the list of unprinted receipts again.`);
      const row = ledgerBySeq.get(job.ledger_seq) as LedgerRow;
      return { job: toView(job), row, billMonth: (factsBySeq.get(row.seq) as string | undefined) ?? null };
    },
    payment(receiptNo: string): { row: LedgerRow; billMonth: string | null } {
      const row = paymentOf(receiptNo);
      return { row, billMonth: (factsBySeq.get(row.seq) as string | undefined) ?? null };
    },
    markPrinted(id: number): void {
      setPrinted.run(now().toISOString(), id);
    },
    markFailed(id: number, message: string): void {
      setFailed.run(message, id);
    },
  };
}
