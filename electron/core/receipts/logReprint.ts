import type { SignedInUser } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { AuditLog } from '../audit/auditLog';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { PaymentQueries } from '../ledger/paymentQueries';

/**
 * A reprint is a DUPLICATE copy with its number: every one is written to the audit log, and the
 * count comes from there, so the paper and the log cannot disagree.
 */
export function createLogReprint(db: Db, deps: { payments: PaymentQueries; audit: AuditLog }) {
  const countReprints = db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'REPRINT' AND json_extract(detail, '$.receiptNo') = ?`);
  return db.transaction((receiptNo: string, user: SignedInUser) => {
    const payment = deps.payments.byReceiptNo(receiptNo);
    if (!payment) throw new RokadError('NO_SUCH_RECEIPT', `There is no receipt ${receiptNo}.`, { receiptNo });
    const copy = (countReprints.pluck().get(receiptNo) as number) + 1;
    deps.audit.append(user.userId, 'REPRINT', { receiptNo, copy });
    return { receiptNo, copy, voided: deps.payments.isVoided(payment.entry_id) };
  });
}
