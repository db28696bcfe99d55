import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { GENESIS_HASH, hashLedgerRow } from './hashChain';
import type { LedgerRow } from './ledgerRow';

export type ChainReport = { ok: true; rows: number; headHash: string } | { ok: false; rows: number; seq: number; problem: string };

/** Walks the whole ledger in order and recomputes every link. */
export function verifyChain(db: Db): ChainReport {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM ledger ORDER BY seq').iterate() as Iterable<LedgerRow>) {
    if (row.seq !== expectedSeq) {
      return { ok: false, rows, seq: row.seq, problem: `row ${expectedSeq} is missing (next row is ${row.seq})` };
    }
    if (row.prev_hash !== previous) {
      return { ok: false, rows, seq: row.seq, problem: 'its previous-hash does not match the row before it' };
    }
    if (hashLedgerRow(row) !== row.hash) {
      return { ok: false, rows, seq: row.seq, problem: 'its contents do not match its hash' };
    }
    previous = row.hash;
    expectedSeq += 1;
    rows += 1;
  }
  return { ok: true, rows, headHash: previous };
}
