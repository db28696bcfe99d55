import { z } from 'zod';

/** The notes and coins a cabin drawer holds, largest first, with their value in paise. */
export const denominations = [
  { key: 'N500', paise: 50_000, kind: 'note' },
  { key: 'N200', paise: 20_000, kind: 'note' },
  { key: 'N100', paise: 10_000, kind: 'note' },
  { key: 'N50', paise: 5_000, kind: 'note' },
  { key: 'N20', paise: 2_000, kind: 'note' },
  { key: 'N10', paise: 1_000, kind: 'note' },
  { key: 'C20', paise: 2_000, kind: 'coin' },
  { key: 'C10', paise: 1_000, kind: 'coin' },
  { key: 'C5', paise: 500, kind: 'coin' },
  { key: 'C2', paise: 200, kind: 'coin' },
  { key: 'C1', paise: 100, kind: 'coin' },
] as const;

export type DenominationKey = (typeof denominations)[number]['key'];

const denominationKeys = denominations.map((d) => d.key) as [DenominationKey, ...DenominationKey[]];

/** How many of each note and coin; missing keys count as none. */
export const cashCountSchema = z.partialRecord(
  z.enum(denominationKeys),
  z
    .number({ error: 'A count must be a number.' })
    .int({ error: 'A count must be a whole number.' })
    .min(0, { error: 'A count cannot be negative.' })
    .max(100_000, { error: 'That count is too large.' }),
);

export type CashCount = z.infer<typeof cashCountSchema>;

export function totalOfCount(count: CashCount): number {
  return denominations.reduce((sum, d) => sum + (count[d.key] ?? 0) * d.paise, 0);
}
