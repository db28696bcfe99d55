import { create } from 'zustand';
import type { ShiftReport } from '../../../shared/domain';

interface ClosedShiftState {
  /** The Z report of the shift just closed, kept until its agent leaves it. */
  report: ShiftReport | null;
  keep(report: ShiftReport): void;
  leave(): void;
}

/**
 * Once a shift is closed the core's status has no shift, and the gate would show "open your shift"
 * at the next status poll. The Z report lives here instead, outside the counter, so it stays.
 */
export const useClosedShift = create<ClosedShiftState>()((set) => ({
  report: null,
  keep: (report) => set({ report }),
  leave: () => set({ report: null }),
}));
