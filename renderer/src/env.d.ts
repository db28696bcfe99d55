import type { RokadApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Installed by the preload in Electron, and by the bridge in the Chromium tests. */
    api: RokadApi;
  }
}
