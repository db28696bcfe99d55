import type { Db } from '../db/openDatabase';

/**
 * Keys of the settings table read through here. Sync owns most: the sync worker writes them, the
 * main process reads them. The backup keys are set by whoever installs the cabin PC.
 */
export type SettingKey =
  | 'gateway_url'
  | 'device_token'
  | 'agent_id'
  | 'biller_id'
  | 'bill_master_cursor'
  | 'bill_master_synced_at'
  | 'sync_online'
  | 'sync_last_ok_at'
  | 'sync_last_error'
  | 'backup_folder'
  | 'backup_keep';

export function getSetting(db: Db, key: SettingKey): string | null {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

export function setSetting(db: Db, key: SettingKey, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
