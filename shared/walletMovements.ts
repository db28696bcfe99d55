import type { WalletLedgerResponse } from './gateway/schemas';

type EntryKind = WalletLedgerResponse['entries'][number]['kind'];

/** The wallet's movements in a range, from the company's server; `available` is false when it could not be asked. */
export interface WalletMovements {
  available: boolean;
  reason: 'NOT_REGISTERED' | 'OFFLINE' | null;
  /** Oldest first; amounts signed as the server keeps them (a debit is negative). */
  entries: Array<{ kind: EntryKind; amountPaise: number; closingBalancePaise: number; note: string; at: string }>;
  totals: Array<{ kind: EntryKind; count: number; totalPaise: number }>;
  /** The range held more entries than one screen asks for. */
  truncated: boolean;
}
