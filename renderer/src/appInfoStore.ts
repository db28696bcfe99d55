import { create } from 'zustand';
import type { AppInfo } from '../../shared/domain';

/** What the core said about the cabin at start-up; the top bar and the folder fields read it. */
export const useAppInfo = create<{ info: AppInfo | null; set: (info: AppInfo) => void }>()((set) => ({
  info: null,
  set: (info) => set({ info }),
}));
