import type { SignedInUser } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { AuditLog } from '../audit/auditLog';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { createLedgerAppender } from './appendLedgerRow';
import { cashPaidBackOf } from './ledgerRow';
import type { PaymentQueries } from './paymentQueries';
import { enqueueReversal } from '../sync/reversals';
import { reversalRow } from './reversalRow';

export interface VoidRequest {
  receiptNo: string;
  reason: string;
}

/**
 * Voids a payment with a supervisor's approval: a new VOID row in the chain that names the
 * payment, never a change to it. The receipt number stays used. Only while the payment's shift
 * is open, because the cash goes back to the consumer from that drawer. A payment the gateway
 * already has is the company's: the void queues a request to reverse it (see sync/reversals).
 */
export function createVoidPayment(db: Db, deps: { payments: PaymentQueries; audit: AuditLog; now: () => Date }) {
  const append = createLedgerAppender(db);
  const refundOf = db.prepare(`SELECT receipt_no FROM ledger WHERE kind = 'REFUND' AND voids_entry_id = ?`).pluck();
  const shiftIsOpen = db.prepare('SELECT 1 FROM shifts s WHERE s.shift_id = ? AND NOT EXISTS (SELECT 1 FROM shift_closes c WHERE c.shift_id = s.shift_id)');

  const voidIt = db.transaction((request: VoidRequest, actor: SignedInUser, approver: SignedInUser) => {
    const payment = deps.payments.byReceiptNo(request.receiptNo);
    if (!payment) throw new RokadError('NO_SUCH_RECEIPT', `There is no receipt ${request.receiptNo}. Nothing was voided.`, { receiptNo: request.receiptNo });
    if (deps.payments.isVoided(payment.entry_id)) throw new RokadError('ALREADY_VOID', `Receipt ${request.receiptNo} is already void.`, { receiptNo: request.receiptNo });
    if (!shiftIsOpen.get(payment.shift_id)) {
      throw new RokadError('SHIFT_CLOSED', `Receipt ${request.receiptNo} belongs to a closed shift; it cannot be voided. Nothing was voided.`, { receiptNo: request.receiptNo });
    }
    const refundSlip = refundOf.get(payment.entry_id) as string | undefined;
    if (refundSlip) {
      throw new RokadError('ALREADY_REFUNDED', `Receipt ${request.receiptNo} was refunded to the consumer (slip ${refundSlip}); it cannot be voided. Nothing was voided.`, {
        receiptNo: request.receiptNo,
        slipNo: refundSlip,
      });
    }
    const at = deps.now().toISOString();
    const voided = append(
      reversalRow(payment, { kind: 'VOID', receiptNo: null, shiftId: payment.shift_id, userId: actor.userId, approvedBy: approver.userId, reason: request.reason, at }),
    );
    // The company has this payment already: only it can reverse it, so the request is queued with the void.
    const reversalRequested = enqueueReversal(db, voided.entry_id, at);
    deps.audit.append(actor.userId, 'VOID', {
      receiptNo: request.receiptNo,
      amountPaise: payment.amount_paise,
      reason: request.reason,
      approvedBy: approver.userId,
      reversalRequested,
    });
    // The consumer gets back what they paid net: the bill and the paise the rounded change left in the drawer (whole rupees).
    return {
      receiptNo: request.receiptNo,
      amountPaise: cashPaidBackOf(payment),
      voidedAt: at,
      reversalRequested,
    };
  });

  return (request: VoidRequest, actor: SignedInUser, approver: SignedInUser) => voidIt.immediate(request, actor, approver);
}
