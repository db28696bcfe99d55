import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { SecretStore } from './secretStore';
import { deleteSetting, getSetting, setSetting } from './settings';

export interface DeviceTokenStore {
  save(token: string): void;
  /** null when not registered, or when the token is sealed and the OS key cannot open it now. */
  load(): string | null;
  /** Listeners run after a save: the sync worker thread, which cannot reach the OS key, is told the new token. */
  onSaved(listener: (token: string) => void): void;
}

/** Whether a device token is stored, sealed or not: the folder is registered with a gateway. */
export function hasDeviceToken(db: Db): boolean {
  return getSetting(db, 'device_token_sealed') !== null || getSetting(db, 'device_token') !== null;
}

/**
 * The bearer token that lets this cabin act on its agent's wallet. With a SecretStore that is
 * available only the sealed blob is stored; a token stored in the clear by an earlier version is
 * sealed on the first open with one. Nothing here ever logs the token.
 */
export function createDeviceTokenStore(db: Db, secrets?: SecretStore): DeviceTokenStore {
  const listeners: Array<(token: string) => void> = [];
  const sealing = () => secrets !== undefined && secrets.available();

  function seal(token: string): void {
    setSetting(db, 'device_token_sealed', secrets!.encrypt(token).toString('base64'));
    deleteSetting(db, 'device_token');
  }

  const plaintext = getSetting(db, 'device_token');
  if (plaintext !== null && sealing()) {
    // secure_delete zeroes the freed bytes, and the checkpoint empties the WAL that still held them.
    db.pragma('secure_delete = ON');
    db.transaction(() => seal(plaintext)).immediate();
    db.pragma('wal_checkpoint(TRUNCATE)');
  }

  return {
    save(token) {
      db.transaction(() => (sealing() ? seal(token) : setSetting(db, 'device_token', token))).immediate();
      for (const listener of listeners) listener(token);
    },
    load() {
      const sealed = getSetting(db, 'device_token_sealed');
      if (sealed === null) return getSetting(db, 'device_token');
      return sealing() ? secrets!.decrypt(Buffer.from(sealed, 'base64')) : null;
    },
    onSaved: (listener) => void listeners.push(listener),
  };
}
