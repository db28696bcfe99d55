import type { PaymentUploadStatus, RefundSlip, SignedInUser } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import type { AuditLog } from '../audit/auditLog';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { createLedgerAppender } from '../ledger/appendLedgerRow';
import { cashPaidBackOf, type PaymentRow, type ReceiptRow } from '../ledger/ledgerRow';
import type { PaymentQueries } from '../ledger/paymentQueries';
import { createReceiptNumbers } from '../ledger/receiptNumbers';
import { reversalRow } from '../ledger/reversalRow';
import type { Shifts } from '../shifts/shifts';
import { markRetry, uploadStatus } from '../sync/outbox';

export interface ExceptionDeps {
  cabinCode: string;
  payments: PaymentQueries;
  shifts: Shifts;
  audit: AuditLog;
  now: () => Date;
  /** Runs inside the refund's transaction, so the slip's print job commits with the REFUND row or not at all. */
  queueRefundSlip: (row: ReceiptRow) => void;
}

export interface RefundRequest {
  clientTxnId: string;
  reason: string;
}

/**
 * The supervisor's two ways to resolve a payment the gateway refused after the cash was taken:
 * send it again after fixing the cause (a wallet top-up), or pay the cash back against a signed
 * refund slip. Either ends the exception; one already resolved is refused and nothing changes.
 */
export function createExceptionResolution(db: Db, deps: ExceptionDeps) {
  const append = createLedgerAppender(db);
  const nextNumber = createReceiptNumbers(db);
  const reversalOf = db.prepare(`SELECT kind, receipt_no, recorded_at FROM ledger WHERE kind IN ('VOID', 'REFUND') AND voids_entry_id = ?`);

  /** The refused payment, or a clear refusal saying why there is nothing to resolve. */
  function openException(clientTxnId: string): PaymentRow {
    const payment = deps.payments.byEntryId(clientTxnId);
    const upload = uploadStatus(db, clientTxnId);
    if (!payment || !upload) {
      throw new RokadError('NO_EXCEPTION', 'There is no refused payment with this id in this cabin. Open the list of exceptions again. Nothing was changed.');
    }
    const reversal = reversalOf.get(clientTxnId) as { kind: 'VOID' | 'REFUND'; receipt_no: string | null; recorded_at: string } | undefined;
    if (reversal?.kind === 'REFUND') {
      throw new RokadError(
        'EXCEPTION_RESOLVED',
        `Receipt ${payment.receipt_no} was already refunded on ${formatIndiaDateTime(reversal.recorded_at)} (slip ${reversal.receipt_no}). Nothing was changed.`,
        { variant: 'REFUNDED', receiptNo: payment.receipt_no, slipNo: reversal.receipt_no ?? '' },
      );
    }
    if (reversal?.kind === 'VOID')
      throw new RokadError('EXCEPTION_RESOLVED', `Receipt ${payment.receipt_no} was voided and its cash given back. Nothing was changed.`, {
        variant: 'VOIDED',
        receiptNo: payment.receipt_no,
      });
    if (upload.state !== 'FAILED') {
      const where = upload.state === 'SUCCESS' ? 'was accepted by the gateway' : 'is already waiting to be uploaded again';
      throw new RokadError('EXCEPTION_RESOLVED', `Receipt ${payment.receipt_no} is no longer refused: it ${where}. Nothing was changed.`, {
        variant: upload.state === 'SUCCESS' ? 'ACCEPTED' : 'WAITING',
        receiptNo: payment.receipt_no,
      });
    }
    return payment;
  }

  const retry = db.transaction((clientTxnId: string, actor: SignedInUser, approver: SignedInUser): PaymentUploadStatus => {
    const payment = openException(clientTxnId);
    const refused = uploadStatus(db, clientTxnId);
    markRetry(db, clientTxnId, deps.now());
    deps.audit.append(actor.userId, 'EXCEPTION_RETRY', {
      clientTxnId,
      receiptNo: payment.receipt_no,
      failureCode: refused?.failureCode ?? null,
      approvedBy: approver.userId,
    });
    return uploadStatus(db, clientTxnId)!;
  });

  const refund = db.transaction((request: RefundRequest, actor: SignedInUser, approver: SignedInUser): RefundSlip => {
    const payment = openException(request.clientTxnId);
    const shift = deps.shifts.current(actor.userId);
    if (!shift) throw new RokadError('NO_SHIFT', 'Open a shift first: the refund is paid from your drawer. Nothing was refunded.');
    const inDrawer = deps.shifts.report(shift.shiftId).expectedPaise;
    // The drawer pays back the cash the consumer paid net, not the bill amount alone, when the change was rounded.
    const cashPaise = cashPaidBackOf(payment);
    if (cashPaise > inDrawer) {
      throw new RokadError(
        'NOT_IN_DRAWER',
        `Only ${formatPaise(inDrawer)} should be in the drawer; the refund of ${formatPaise(cashPaise)} cannot be paid from it. Nothing was refunded.`,
        { variant: 'REFUND', expectedPaise: inDrawer, amountPaise: cashPaise },
      );
    }
    const row = append(
      reversalRow(payment, {
        kind: 'REFUND',
        receiptNo: nextNumber(`RFD-${deps.cabinCode}`),
        shiftId: shift.shiftId,
        userId: actor.userId,
        approvedBy: approver.userId,
        reason: request.reason,
        at: deps.now().toISOString(),
      }),
    ) as ReceiptRow;
    deps.queueRefundSlip(row);
    deps.audit.append(actor.userId, 'REFUND', {
      clientTxnId: payment.entry_id,
      receiptNo: payment.receipt_no,
      slipNo: row.receipt_no,
      amountPaise: row.amount_paise,
      reason: request.reason,
      approvedBy: approver.userId,
    });
    return { slipNo: row.receipt_no, receiptNo: payment.receipt_no, clientTxnId: payment.entry_id, amountPaise: row.amount_paise, cashPaise, refundedAt: row.recorded_at };
  });

  return {
    retry: (clientTxnId: string, actor: SignedInUser, approver: SignedInUser) => retry.immediate(clientTxnId, actor, approver),
    refund: (request: RefundRequest, actor: SignedInUser, approver: SignedInUser) => refund.immediate(request, actor, approver),
  };
}

export type ExceptionResolution = ReturnType<typeof createExceptionResolution>;
