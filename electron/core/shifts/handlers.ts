import type { ShiftReport } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { Caller } from '../../../shared/ipc/access';
import type { Handlers } from '../../../shared/ipc/contract';
import { sessionStatus } from '../auth/sessionStatus';
import type { Services } from '../createServices';

/** Opening a shift with a counted float, cash in and out, the X report, and the close against the count. */
export function shiftHandlers(services: Services) {
  const { sessions, shifts, shiftSlips, receipts } = services;

  /**
   * The caller's open shift, or a shift named; another agent's only for a supervisor, or for the
   * agent it was handed over to, who has the outgoing Z on screen.
   */
  function reportFor(shiftId: string | undefined, { user }: Caller): ShiftReport {
    const id = shiftId ?? shifts.current(user.userId)?.shiftId;
    if (!id) throw new RokadError('NO_SHIFT', 'There is no open shift to report on.');
    const report = shifts.report(id);
    if (report.userId !== user.userId && user.role !== 'SUPERVISOR' && shiftSlips.handoverFrom(id)?.incoming.userId !== user.userId) {
      throw new RokadError('NOT_ALLOWED', 'Only a supervisor can see another agent’s shift.');
    }
    return report;
  }

  return {
    'shift.open': ({ count }, { user }) => {
      shifts.open(user, count);
      return sessionStatus(services);
    },

    // The supervisor's PIN is checked before anything is written: a wrong one records no move.
    'shift.cashMove': ({ countersign, ...move }, { user }) => {
      const supervisor = countersign ? sessions.approve(countersign, 'countersign cash taken out') : null;
      return shifts.moveCash(user, move, supervisor);
    },

    'shift.printCashOutSlip': async ({ moveId }, { user }) => {
      const slip = shiftSlips.cashOut(moveId);
      if (slip.agent.userId !== user.userId && user.role !== 'SUPERVISOR') throw new RokadError('NOT_ALLOWED', 'Only a supervisor can print another agent’s cash-out slip.');
      await receipts.printCashOutSlip(slip, shiftSlips.printsOf('CASH_OUT', moveId));
      shiftSlips.markPrinted('CASH_OUT', moveId, user.userId);
      return { printed: true as const };
    },

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
      await receipts.printShiftReport(reportFor(shiftId, caller));
      return { printed: true };
    },

    // Whoever may see the shift's report may see its cash-outs and print their slips again.
    'shift.cashOuts': ({ shiftId }, caller) => shiftSlips.cashOutsOf(reportFor(shiftId, caller).shiftId),

    'shift.printHandoverSlip': async ({ shiftId }, caller) => {
      reportFor(shiftId, caller);
      const slip = shiftSlips.handoverFrom(shiftId);
      if (!slip) throw new RokadError('NO_HANDOVER', 'This shift was not handed over to anyone, so it has no handover slip.');
      await receipts.printHandoverSlip(slip, shiftSlips.printsOf('HANDOVER', shiftId));
      shiftSlips.markPrinted('HANDOVER', shiftId, caller.user.userId);
      return { printed: true as const };
    },
  } satisfies Partial<Handlers>;
}
