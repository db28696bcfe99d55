import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { ConsumerPaymentStatus, LocalPaymentStatus } from '../../../shared/paymentStatus';
import type { GatewayClient } from '../sync/gatewayClient';
import { UPLOAD_STATE } from '../sync/outbox';

/** This cabin's newest payments for a consumer, with how each upload stands. */
export function localPaymentsOf(db: Db, consumerNo: string, limit = 20): LocalPaymentStatus[] {
  const rows = db
    .prepare(
      `SELECT p.receipt_no, p.bill_number, p.amount_paise, p.recorded_at, p.training, ${UPLOAD_STATE('p', 'o')} AS state, o.approval_ref_number,
              (SELECT r.kind FROM ledger AS r WHERE r.kind IN ('VOID', 'REFUND') AND r.voids_entry_id = p.entry_id) AS reversed_by
       FROM ledger AS p LEFT JOIN outbox AS o ON o.entry_id = p.entry_id
       WHERE p.kind = 'PAYMENT' AND p.consumer_no = ? ORDER BY p.seq DESC LIMIT ?`,
    )
    .all(consumerNo, limit) as Array<{
    receipt_no: string;
    bill_number: string;
    amount_paise: number;
    recorded_at: string;
    training: 0 | 1;
    state: LocalPaymentStatus['upload'];
    approval_ref_number: string | null;
    reversed_by: 'VOID' | 'REFUND' | null;
  }>;
  return rows.map((row) => ({
    receiptNo: row.receipt_no,
    billNumber: row.bill_number,
    amountPaise: row.amount_paise,
    recordedAt: row.recorded_at,
    training: row.training === 1,
    reversedBy: row.reversed_by,
    upload: row.state ?? null,
    approvalRefNumber: row.approval_ref_number,
  }));
}

/**
 * "Has my payment reached?": what this cabin knows at once, and what the company holds when it
 * answers within the client's timeout. Offline the local part still answers; nothing is written.
 */
export async function consumerPaymentStatus(db: Db, client: GatewayClient | undefined, consumerNo: string): Promise<ConsumerPaymentStatus> {
  const local = localPaymentsOf(db, consumerNo);
  if (!client) return { consumerNo, local, company: null, companyProblem: 'NOT_REGISTERED' };
  try {
    const answer = await client.consumerPayments(consumerNo);
    return {
      consumerNo,
      local,
      company: answer.payments.map((payment) => ({
        receiptNo: payment.receiptNo,
        cabinCode: payment.cabinCode,
        billNumber: payment.billNumber,
        amountPaise: payment.amount,
        collectedAt: payment.collectedAt,
        state: payment.status,
        approvalRefNumber: payment.approvalRefNumber,
      })),
      companyProblem: null,
    };
  } catch {
    return { consumerNo, local, company: null, companyProblem: 'UNREACHABLE' };
  }
}
