import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { uploadStatus } from '../sync/outbox';
import { reversalOf } from '../sync/reversals';
import { findReceipts } from './findReceipts';
import { toRecordedPayment } from './ledgerRow';

/** Payments at the counter: recording one, the shift's recent ones, a void with a supervisor's approval, a logged reprint. */
export function ledgerHandlers(services: Services) {
  const { sessions, payments, db } = services;
  return {
    'payments.record': (request, collector) => services.recordPayment(request, collector),

    'payments.recent': (_input, { shiftId }) =>
      payments.ofShift(shiftId, 20).map((row) => ({ ...toRecordedPayment(row, false, payments.isVoided(row.entry_id)), reversal: reversalOf(db, row.entry_id) ?? null })),

    'receipts.find': ({ text }) => findReceipts(db, text, payments.isVoided),

    'payments.void': ({ receiptNo, reason, approval }, { user }) => {
      const approver = sessions.approve(approval, `void ${receiptNo}`);
      return services.voidPayment({ receiptNo, reason }, user, approver);
    },

    'payments.reprint': ({ receiptNo }, { user }) => {
      // The logged copy number and the queued DUPLICATE commit together; receipts.print then prints it.
      const reprint = db
        .transaction(() => {
          const logged = services.logReprint(receiptNo, user);
          services.receipts.queueReprint(logged.receiptNo, logged.copy);
          return logged;
        })
        .immediate();
      const entryId = payments.byReceiptNo(receiptNo)?.entry_id;
      const uploaded = entryId ? uploadStatus(db, entryId) : undefined;
      return { ...reprint, txnRefId: uploaded?.txnRefId ?? null, approvalRefNumber: uploaded?.approvalRefNumber ?? null };
    },
  } satisfies Partial<Handlers>;
}
