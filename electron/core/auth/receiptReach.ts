import { RokadError } from '../../../shared/errors';
import type { Caller, Reach } from '../../../shared/ipc/access';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { AuditLog } from '../audit/auditLog';
import type { Shifts } from '../shifts/shifts';

/**
 * The receipt a call names, against the access its channel declares. An agent works on the
 * receipts of their own open shift; another agent's, or a closed shift's, are a supervisor's to
 * reprint or preview, and every such reach is in the audit log, refused or not.
 */
export function createReceiptReach(deps: { db: Db; shifts: Pick<Shifts, 'current'>; audit: AuditLog }): Reach {
  const shiftOf = deps.db.prepare('SELECT shift_id FROM ledger WHERE receipt_no = ?').pluck();
  return (channel, access, input, caller) => {
    if (access.receipt !== 'own shift') return;
    const { user } = caller as Caller;
    const { receiptNo } = input as { receiptNo: string };
    const shiftId = shiftOf.get(receiptNo) as string | undefined;
    // No such receipt: the handler says so, as it does to anyone.
    if (shiftId === undefined || shiftId === deps.shifts.current(user.userId)?.shiftId) return;
    if (user.role === 'SUPERVISOR') {
      deps.audit.append(user.userId, 'RECEIPT_OUTSIDE_SHIFT', { channel, receiptNo, shiftId });
      return;
    }
    deps.audit.append(user.userId, 'ACCESS_REFUSED', { channel, receiptNo, shiftId });
    throw new RokadError('NOT_YOUR_RECEIPT', `Receipt ${receiptNo} is not from your open shift; a supervisor can reprint or show it.`, { receiptNo });
  };
}
