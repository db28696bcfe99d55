import { safeStorage } from 'electron';
import type { SecretStore } from '../core/settings/secretStore';

/**
 * Electron's safeStorage as the core's SecretStore: DPAPI on Windows, the Keychain on macOS, the
 * desktop's secret service on Linux. Linux's "basic_text" fallback seals with a key written in
 * Chromium itself, which protects nothing, so it counts as unavailable. The synchronous calls
 * match the core's synchronous transactions; main calls them only after the app is ready.
 */
export const safeStorageSecrets: SecretStore = {
  available: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: (text) => safeStorage.encryptString(text),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
};
