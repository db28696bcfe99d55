import type { DayRange } from '../../../shared/reports';
import type { WalletMovements as Movements } from '../../../shared/walletMovements';
import { rangeInstants } from '../reports/dayReport';
import type { GatewayClient } from '../sync/gatewayClient';
import { GatewayError } from '../sync/gatewayClient';

/** Enough for a month of a busy cabin; a longer range is cut there and says so. */
const PAGE = 1000;
const MAX_PAGES = 20;

/**
 * The wallet's own ledger as the company's server keeps it, for a range of India days: top-ups,
 * debits, commissions and reversals. Only the server knows top-ups, so this asks it, and says
 * plainly when it cannot (not registered, offline) instead of showing a partial figure as whole.
 */
export async function walletMovements(client: GatewayClient | undefined, range: DayRange): Promise<Movements> {
  if (!client) return { available: false, reason: 'NOT_REGISTERED', entries: [], totals: [], truncated: false };
  const { from, to } = rangeInstants(range);
  const entries: Movements['entries'] = [];
  let cursor = '';
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await client.walletLedger({ from, to, cursor, limit: PAGE });
      entries.push(...answer.entries.map((e) => ({ kind: e.kind, amountPaise: e.amount, closingBalancePaise: e.closingBalance, note: e.note, at: e.at })));
      if (!answer.hasMore) return summarise(entries, false);
      cursor = answer.nextCursor;
    }
    return summarise(entries, true);
  } catch (error) {
    if (error instanceof GatewayError && error.transient) return { available: false, reason: 'OFFLINE', entries: [], totals: [], truncated: false };
    throw error;
  }
}

function summarise(entries: Movements['entries'], truncated: boolean): Movements {
  const totals = new Map<string, { kind: Movements['entries'][number]['kind']; count: number; totalPaise: number }>();
  for (const entry of entries) {
    const sum = totals.get(entry.kind) ?? { kind: entry.kind, count: 0, totalPaise: 0 };
    sum.count += 1;
    sum.totalPaise += entry.amountPaise;
    totals.set(entry.kind, sum);
  }
  return { available: true, reason: null, entries, totals: [...totals.values()], truncated };
}
