import type { Db } from '../../../shared/node/sqlite/openDatabase';

const KEY = 'training_mode';

/** Training mode: payments are stamped TRAINING, never uploaded, never in reports or totals. */
export function isTrainingMode(db: Db): boolean {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) === 'on';
}

export function setTrainingMode(db: Db, on: boolean): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, on ? 'on' : 'off');
}
