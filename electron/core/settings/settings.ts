import type { Db } from '../../../shared/node/sqlite/openDatabase';

/**
 * Keys of the settings table read through here. Sync owns most: the sync worker writes them, the
 * main process reads them. The backup folder and keep are set by a supervisor (backups.saveSettings).
 */
export type SettingKey =
  | 'gateway_url'
  /** The device token in the clear: only where no SecretStore is available (tests, the demo, older versions). */
  | 'device_token'
  /** The device token sealed by the SecretStore, base64. */
  | 'device_token_sealed'
  | 'agent_id'
  | 'biller_id'
  | 'sync_online'
  | 'sync_last_ok_at'
  | 'sync_last_error'
  /** When the sync round under way began; removed when it ends (syncProgress). */
  | 'sync_round_started_at'
  /** How far the bill master download under way has come, as JSON (syncProgress). */
  | 'bill_master_progress'
  /** The biller's pattern that finds the consumer number in a bill's QR or barcode text (consumerNoFromScan). */
  | 'scan_pattern'
  | 'backup_folder'
  | 'backup_keep'
  /** The number of the last backup taken, which that backup holds too (see cabinBackups). */
  | 'backup_number'
  /** Why the gateway's latest rules were refused (the last good ones stay in force), as an error body; absent when they were not. */
  | 'rules_refused'
  /** How long an original receipt waits for the gateway's approval reference, in ms (see awaitApproval). */
  | 'approval_wait_ms'
  /** The company's receipt verification address, from the gateway's config; the receipt's QR points there. */
  | 'receipt_verify_url';

export function getSetting(db: Db, key: SettingKey): string | null {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

export function deleteSetting(db: Db, key: SettingKey): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}

export function setSetting(db: Db, key: SettingKey, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
