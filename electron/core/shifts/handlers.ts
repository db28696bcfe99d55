import type { ShiftReport } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { Caller } from '../../../shared/ipc/access';
import type { Handlers } from '../../../shared/ipc/contract';
import { sessionStatus } from '../auth/sessionStatus';
import type { Services } from '../createServices';

/** Opening a shift with a counted float, cash in and out, the X report, and the close against the count. */
export function shiftHandlers(services: Services) {
  const { sessions, shifts } = services;

  /** The caller's open shift, or a shift named; another agent's only for a supervisor. */
  function reportFor(shiftId: string | undefined, { user }: Caller): ShiftReport {
    const id = shiftId ?? shifts.current(user.userId)?.shiftId;
    if (!id) throw new RokadError('NO_SHIFT', 'There is no open shift to report on.');
    const report = shifts.report(id);
    if (report.userId !== user.userId && user.role !== 'SUPERVISOR') throw new RokadError('NOT_ALLOWED', 'Only a supervisor can see another agent’s shift.');
    return report;
  }

  return {
    'shift.open': ({ count }, { user }) => {
      shifts.open(user, count);
      return sessionStatus(services);
    },

    'shift.cashMove': (move, { user }) => shifts.moveCash(user, move),

    'shift.closePreview': ({ count }, { user }) => shifts.preview(user, count),

    'shift.close': ({ count, note, approval }, { user }) => {
      const approver = approval ? sessions.approve(approval, 'close shift with a difference') : null;
      return shifts.close(user, count, note ?? null, approver);
    },

    // Both PINs are checked before anything is written: a wrong one leaves both drawers as they were.
    'shift.handover': ({ count, note, approval, outgoingPin, incomingUserId, incomingPin }, { user }) => {
      sessions.confirm(user.userId, outgoingPin, 'handover');
      const incoming = sessions.confirm(incomingUserId, incomingPin, 'handover');
      const approver = approval ? sessions.approve(approval, 'hand over a drawer with a difference') : null;
      const { closed } = shifts.handOver(user, incoming, count, note ?? null, approver);
      sessions.handTo(incoming);
      return { closed, status: sessionStatus(services) };
    },

    'shift.report': ({ shiftId }, caller) => reportFor(shiftId, caller),

    'shift.printReport': async ({ shiftId }, caller) => {
      await services.receipts.printShiftReport(reportFor(shiftId, caller));
      return { printed: true };
    },
  } satisfies Partial<Handlers>;
}
