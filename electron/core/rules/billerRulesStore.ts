import type { BillerRules } from '../../../shared/domain';
import { billerRulesSchema, defaultBillerRules } from '../../../shared/amountRules';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { preparedOnce } from '../../../shared/node/sqlite/preparedOnce';

const KEY = 'biller_rules';

// Every payment reads the rules; the sync worker changes them about once a day, from its own
// connection. The stored text is read each time and parsed only when it differs from the last.
let lastParsed: { text: string; rules: BillerRules } | undefined;

function parseRules(text: string): BillerRules {
  if (lastParsed?.text !== text) {
    const parsed = billerRulesSchema.safeParse(JSON.parse(text));
    lastParsed = { text, rules: parsed.success ? parsed.data : defaultBillerRules };
  }
  return lastParsed.rules;
}

/** The rules in force: the last set saved (by the gateway sync), or the defaults. */
export function readBillerRules(db: Db): BillerRules {
  const stored = preparedOnce(db, 'SELECT value FROM settings WHERE key = ?', { pluck: true }).get(KEY) as string | undefined;
  return stored ? parseRules(stored) : defaultBillerRules;
}

export function saveBillerRules(db: Db, rules: BillerRules): void {
  const valid = billerRulesSchema.parse(rules);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(valid));
}
