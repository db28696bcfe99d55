import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eachLedgerMigratedThrough } from '../../testing/ledgerAtVersion';
import { shiftAndCashMoveIndexes } from './0014-shift-and-cash-move-indexes';

describe('migration: cash moves found by shift, shifts by opening time', () => {
  const ledger = eachLedgerMigratedThrough(shiftAndCashMoveIndexes);
  const plan = (sql: string) => (ledger().prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('; ');

  it('finds a shift’s cash moves and the shifts opened in a range through an index, not by reading every row', () => {
    assert.match(plan("SELECT direction, sum(amount_paise) FROM cash_moves WHERE shift_id = 'shift-1' GROUP BY direction"), /USING (COVERING )?INDEX cash_moves_by_shift/);
    assert.match(plan("SELECT shift_id FROM shifts WHERE opened_at >= '2026-11-24' AND opened_at < '2026-11-25'"), /USING (COVERING )?INDEX shifts_by_opening/);
  });
});
