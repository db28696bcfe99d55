import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { GENESIS_HASH, hashLedgerRow } from './hashChain';
import type { LedgerRow } from './ledgerRow';

export type NewLedgerRow = Omit<LedgerRow, 'seq' | 'prev_hash' | 'hash'>;

/**
 * Appends a row at the head of the hash chain. Must run inside the caller's write transaction,
 * so the head it links to cannot move underneath it.
 */
export function createLedgerAppender(db: Db): (row: NewLedgerRow) => LedgerRow {
  const head = db.prepare('SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO ledger (seq, entry_id, kind, receipt_no, cabin_code, shift_id, user_id, training, consumer_no, consumer_name,
                        bill_number, amount_paise, tendered_paise, change_paise, cash_received, voids_entry_id, reason,
                        approved_by, recorded_at, prev_hash, hash)
    VALUES (@seq, @entry_id, @kind, @receipt_no, @cabin_code, @shift_id, @user_id, @training, @consumer_no, @consumer_name,
            @bill_number, @amount_paise, @tendered_paise, @change_paise, @cash_received, @voids_entry_id, @reason,
            @approved_by, @recorded_at, @prev_hash, @hash)`);
  // A rounded row names the column; any other row leaves it to its default, so a ledger from before the column takes it too.
  let insertRounded: ReturnType<Db['prepare']> | undefined;
  return (row) => {
    if (!db.inTransaction) throw new Error('A ledger row can only be appended inside a transaction');
    const previous = head.get() as { seq: number; hash: string } | undefined;
    const unhashed = { ...row, seq: (previous?.seq ?? 0) + 1, prev_hash: previous?.hash ?? GENESIS_HASH };
    const stored: LedgerRow = { ...unhashed, hash: hashLedgerRow(unhashed) };
    if (stored.change_rounding_paise) {
      insertRounded ??= db.prepare(
        insert.source
          .replace('approved_by, recorded_at,', 'approved_by, change_rounding_paise, recorded_at,')
          .replace('@approved_by, @recorded_at,', '@approved_by, @change_rounding_paise, @recorded_at,'),
      );
      insertRounded.run(stored);
    } else {
      const { change_rounding_paise: _zero, ...plain } = stored;
      insert.run(plain);
    }
    return stored;
  };
}
