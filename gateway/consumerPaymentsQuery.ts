import type { Db } from '../shared/node/sqlite/openDatabase';
import type { ConsumerPayments } from '../shared/gateway/consumerPayments';

/** The newest 20 payments the company holds for a consumer, whichever cabin took them. */
export function consumerPayments(db: Db, consumerNo: string): ConsumerPayments {
  const rows = db
    .prepare(
      `SELECT p.receipt_no, coalesce(d.cabin_code, '') AS cabin_code, p.bill_number, p.amount_paise, p.collected_at, p.accepted_at, p.pending_polls_left, p.approval_ref_number
       FROM payments AS p LEFT JOIN devices AS d ON d.device_id = p.device_id WHERE p.consumer_no = ? ORDER BY p.collected_at DESC LIMIT 20`,
    )
    .all(consumerNo) as Array<{
    receipt_no: string;
    cabin_code: string;
    bill_number: string;
    amount_paise: number;
    collected_at: string;
    accepted_at: string;
    pending_polls_left: number;
    approval_ref_number: string;
  }>;
  return {
    consumerNo,
    payments: rows.map((row) => ({
      receiptNo: row.receipt_no,
      cabinCode: row.cabin_code || row.receipt_no.replace(/-\d+$/, ''),
      billNumber: row.bill_number,
      amount: row.amount_paise,
      collectedAt: row.collected_at,
      receivedAt: row.accepted_at,
      status: row.pending_polls_left > 0 ? 'PENDING' : 'SUCCESS',
      approvalRefNumber: row.pending_polls_left > 0 ? null : row.approval_ref_number,
    })),
  };
}
