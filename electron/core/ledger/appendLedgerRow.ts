import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { GENESIS_HASH, hashLedgerRow } from './hashChain';
import type { LedgerRow } from './ledgerRow';

export type NewLedgerRow = Omit<LedgerRow, 'seq' | 'prev_hash' | 'hash'>;

const COLUMNS = [
  'seq',
  'entry_id',
  'kind',
  'receipt_no',
  'cabin_code',
  'shift_id',
  'user_id',
  'training',
  'consumer_no',
  'consumer_name',
  'bill_number',
  'amount_paise',
  'tendered_paise',
  'change_paise',
  'cash_received',
  'voids_entry_id',
  'reason',
  'approved_by',
  'recorded_at',
  'prev_hash',
  'hash',
] as const;

/**
 * Columns a later migration added, named only by a row that carries a value: any other row leaves
 * them to their defaults, so a ledger from before them (a migration's test, an older file) takes it too.
 */
const LATER_COLUMNS = ['change_rounding_paise', 'bill_month'] as const;

/**
 * Appends a row at the head of the hash chain. Must run inside the caller's write transaction,
 * so the head it links to cannot move underneath it.
 */
export function createLedgerAppender(db: Db): (row: NewLedgerRow) => LedgerRow {
  const head = db.prepare('SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1');
  // One statement for each set of later columns a row names, prepared when first needed.
  const inserts: Array<ReturnType<Db['prepare']>> = [];
  const prepareFor = (named: number) => {
    const columns = [...COLUMNS, ...LATER_COLUMNS.filter((_, bit) => named & (1 << bit))];
    return db.prepare(`INSERT INTO ledger (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`);
  };
  const insertFor = (stored: LedgerRow) => {
    const named = LATER_COLUMNS.reduce((mask, column, bit) => (stored[column] ? mask | (1 << bit) : mask), 0);
    return (inserts[named] ??= prepareFor(named));
  };
  return (row) => {
    if (!db.inTransaction) throw new Error('A ledger row can only be appended inside a transaction');
    const previous = head.get() as { seq: number; hash: string } | undefined;
    const stored = { ...row, seq: (previous?.seq ?? 0) + 1, prev_hash: previous?.hash ?? GENESIS_HASH, hash: '' };
    stored.hash = hashLedgerRow(stored);
    // Named values: the statement takes those it names and passes over the rest.
    insertFor(stored).run(stored);
    return stored;
  };
}
