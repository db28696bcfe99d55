import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../createServices';
import { refusedPayments } from '../sync/outbox';

/** Payments the gateway refused: listed until a supervisor sends one again or refunds it from the drawer. */
export function exceptionHandlers(services: Services) {
  const { sessions, exceptions } = services;
  return {
    'sync.exceptions': () => refusedPayments(services.db),

    'exceptions.retry': ({ clientTxnId, approval }, { user }) => {
      const approver = sessions.approve(approval, `retry upload ${clientTxnId}`);
      return exceptions.retry(clientTxnId, user, approver);
    },

    'exceptions.refund': ({ clientTxnId, reason, approval }, { user }) => {
      const approver = sessions.approve(approval, `refund ${clientTxnId}`);
      return exceptions.refund({ clientTxnId, reason }, user, approver);
    },
  } satisfies Partial<Handlers>;
}
