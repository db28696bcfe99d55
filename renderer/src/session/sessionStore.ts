import { create } from 'zustand';
import type { SessionStatus } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { call } from '../api';
import { showLanguage } from '../i18n/i18n';

interface SessionState {
  status: SessionStatus | null;
  error: ErrorBody | null;
  busy: boolean;
  refresh(): Promise<void>;
  /** Runs a session call that answers with the new status, showing its error, or the form's own refusal, if it fails. */
  run(action: () => ReturnType<typeof call<'session.status'>>): Promise<boolean>;
}

/** The signed-in person's own language wins over the one last used at this PC. */
function adopt(status: SessionStatus): SessionStatus {
  if (status.user) showLanguage(status.user.language);
  return status;
}

/** Who is at the keyboard, as the core says: the window never decides it. */
export const useSession = create<SessionState>()((set, get) => ({
  status: null,
  error: null,
  busy: false,
  async refresh() {
    const result = await call('session.status', {});
    if (result.ok) set({ status: adopt(result.value) });
    else set({ error: result.error });
  },
  async run(action) {
    if (get().busy) return false;
    set({ busy: true, error: null });
    const result = await action();
    if (result.ok) set({ busy: false, status: adopt(result.value) });
    else set({ busy: false, error: result.error });
    return result.ok;
  },
}));
