import { create } from 'zustand';

export type View = 'pay' | 'receipts' | 'cash' | 'shift' | 'day' | 'supervisor';

interface DeskState {
  view: View;
  show(view: View): void;
}

/** Which part of the counter is on screen; every part has a function key. */
export const useDesk = create<DeskState>()((set) => ({
  view: 'pay',
  show: (view) => set({ view }),
}));
