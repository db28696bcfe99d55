import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Issue #14, flat over time: a shift's report read every cash move the cabin ever made to find its
 * own, and the day report every shift ever opened to find the day's. Both tables grow by a few
 * rows a day, so over years each report would slow down; an index each finds the few rows at once.
 */
export const shiftAndCashMoveIndexes: Migration = {
  version: 14,
  name: 'cash moves found by shift, shifts by opening time',
  up: (db) => {
    db.exec(`
      CREATE INDEX cash_moves_by_shift ON cash_moves (shift_id, at);
      CREATE INDEX shifts_by_opening ON shifts (opened_at);
    `);
  },
};
