import { create } from 'zustand';
import type { ShiftReport, SignedInUser } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { call } from '../api';

interface SlipPrint {
  busy: boolean;
  printed: boolean;
  error: ErrorBody | null;
}

const NOT_PRINTED: SlipPrint = { busy: false, printed: false, error: null };

interface ClosedShiftState {
  /** The Z report of the shift just closed, kept until the person at the counter leaves it. */
  report: ShiftReport | null;
  /** Who is at the counter: the agent who closed, or after a handover the incoming agent, signed in now. */
  shownTo: string | null;
  /** The agent the drawer went to, when the shift was handed over rather than closed. */
  handedTo: SignedInUser | null;
  /** The handover slip's last print: it outlives the form that handed over, which the gate replaces. */
  slip: SlipPrint;
  keep(report: ShiftReport, handedTo?: SignedInUser): void;
  /** Sends the handover slip of the shift kept here to the printer; the handover stands whatever the printer does. */
  printHandoverSlip(): Promise<void>;
  leave(): void;
}

/**
 * Once a shift is closed the core's status has no shift, and the gate would show "open your shift"
 * at the next status poll; after a handover it is the incoming agent's. The Z report lives here
 * instead, outside the counter, so it stays.
 */
export const useClosedShift = create<ClosedShiftState>()((set, get) => ({
  report: null,
  shownTo: null,
  handedTo: null,
  slip: NOT_PRINTED,
  keep: (report, handedTo) => set({ report, shownTo: handedTo?.userId ?? report.userId, handedTo: handedTo ?? null, slip: NOT_PRINTED }),
  printHandoverSlip: async () => {
    const shiftId = get().report?.shiftId;
    if (!shiftId || get().slip.busy) return;
    set({ slip: { busy: true, printed: false, error: null } });
    const result = await call('shift.printHandoverSlip', { shiftId });
    set({ slip: { busy: false, printed: result.ok, error: result.ok ? null : result.error } });
  },
  leave: () => set({ report: null, shownTo: null, handedTo: null, slip: NOT_PRINTED }),
}));
