import { create } from 'zustand';
import type { SyncStatus, WalletStatus } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { call } from '../api';

interface SyncState {
  sync: SyncStatus | null;
  wallet: WalletStatus | null;
  busy: boolean;
  error: ErrorBody | null;
  refresh: () => Promise<void>;
  syncNow: () => Promise<void>;
}

/** What the window shows about uploads and the wallet; read from the core, never computed here. */
export const useSync = create<SyncState>((set, get) => ({
  sync: null,
  wallet: null,
  busy: false,
  error: null,
  refresh: async () => {
    const [sync, wallet] = await Promise.all([call('sync.status', {}), call('wallet.status', {})]);
    set({
      sync: sync.ok ? sync.value : get().sync,
      wallet: wallet.ok ? wallet.value : get().wallet,
      error: !sync.ok ? sync.error : !wallet.ok ? wallet.error : null,
    });
  },
  syncNow: async () => {
    set({ busy: true });
    const result = await call('sync.now', {});
    set({ busy: false, ...(result.ok ? { sync: result.value, error: null } : { error: result.error }) });
    await get().refresh();
  },
}));
