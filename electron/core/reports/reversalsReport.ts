import type { Totals } from '../../../shared/reports';
import type { ReversalLine, ReversalState, ReversalsSummary } from '../../../shared/reversals';
import type { Db } from '../../../shared/node/sqlite/openDatabase';

const none = (): Totals => ({ count: 0, totalPaise: 0 });

/**
 * The range's voids of uploaded payments and their reversals. The cash went back at the void;
 * the wallet gets the debit back (less the commission) only when the company accepts, so until
 * then that much is the difference between the drawer and the wallet, and the report says so.
 */
export function reversalsReport(db: Db, at: { from: string; to: string }): ReversalsSummary {
  const rows = db
    .prepare(
      `SELECT p.receipt_no, p.consumer_no, p.amount_paise, coalesce(o.wallet_debit_paise, p.amount_paise) AS wallet_debit_paise,
              coalesce(o.commission_paise, 0) AS commission_paise, v.recorded_at AS voided_at,
              r.state, r.case_id, r.wallet_credit_paise, r.decision_note, r.decided_at
       FROM reversal_requests r JOIN ledger v ON v.entry_id = r.void_entry_id JOIN ledger p ON p.entry_id = r.client_txn_id
       LEFT JOIN outbox o ON o.entry_id = r.client_txn_id
       WHERE v.training = 0 AND v.recorded_at >= @from AND v.recorded_at < @to ORDER BY v.seq`,
    )
    .all(at) as Array<{
    receipt_no: string;
    consumer_no: string;
    amount_paise: number;
    wallet_debit_paise: number;
    commission_paise: number;
    voided_at: string;
    state: ReversalState;
    case_id: string | null;
    wallet_credit_paise: number;
    decision_note: string | null;
    decided_at: string | null;
  }>;
  const list: ReversalLine[] = rows.map((row) => ({
    receiptNo: row.receipt_no,
    consumerNo: row.consumer_no,
    amountPaise: row.amount_paise,
    walletDebitPaise: row.wallet_debit_paise,
    commissionPaise: row.commission_paise,
    voidedAt: row.voided_at,
    state: row.state,
    caseId: row.case_id,
    walletCreditPaise: row.wallet_credit_paise,
    note: row.decision_note,
    decidedAt: row.decided_at,
  }));
  const summary: ReversalsSummary = { waiting: none(), requested: none(), accepted: none(), refused: none(), creditedPaise: 0, stillDebitedPaise: 0, list };
  for (const line of list) {
    const bucket = summary[line.state === 'WAITING' ? 'waiting' : line.state === 'REQUESTED' ? 'requested' : line.state === 'ACCEPTED' ? 'accepted' : 'refused'];
    bucket.count += 1;
    bucket.totalPaise += line.amountPaise;
    if (line.state === 'ACCEPTED') summary.creditedPaise += line.walletCreditPaise;
    if (line.state === 'WAITING' || line.state === 'REQUESTED') summary.stillDebitedPaise += line.walletDebitPaise - line.commissionPaise;
  }
  return summary;
}
