import type { BillerRules } from '../../../shared/domain';
import { billerRulesSchema, defaultBillerRules } from '../../../shared/amountRules';
import type { Db } from '../../../shared/node/sqlite/openDatabase';

const KEY = 'biller_rules';

/** The rules in force: the last set saved (by the gateway sync), or the defaults. */
export function readBillerRules(db: Db): BillerRules {
  const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (!stored) return defaultBillerRules;
  const parsed = billerRulesSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : defaultBillerRules;
}

export function saveBillerRules(db: Db, rules: BillerRules): void {
  const valid = billerRulesSchema.parse(rules);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(valid));
}
