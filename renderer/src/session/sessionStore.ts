import { create } from 'zustand';
import type { SessionStatus } from '../../../shared/domain';
import { call } from '../api';

interface SessionState {
  status: SessionStatus | null;
  error: string | null;
  busy: boolean;
  refresh(): Promise<void>;
  /** Runs a session call that answers with the new status, showing its error if it fails. */
  run(action: () => ReturnType<typeof call<'session.status'>>): Promise<void>;
}

/** Who is at the keyboard, as the core says: the window never decides it. */
export const useSession = create<SessionState>()((set, get) => ({
  status: null,
  error: null,
  busy: false,
  async refresh() {
    const result = await call('session.status', {});
    if (result.ok) set({ status: result.value });
    else set({ error: result.error.message });
  },
  async run(action) {
    if (get().busy) return;
    set({ busy: true, error: null });
    const result = await action();
    if (result.ok) set({ busy: false, status: result.value });
    else set({ busy: false, error: result.error.message });
  },
}));
