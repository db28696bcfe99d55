import type { Migration } from '../../../../shared/node/sqlite/migrate';
import { rebuildTable } from '../../../../shared/node/sqlite/rebuildTable';

/**
 * Issue #14, recording a payment: every B-tree a payment adds to is one more page written at
 * commit (21 of them before this step). Two of them carried nothing of their own:
 * - the upload outbox was a rowid table beside its key on `entry_id`, two B-trees holding the
 *   same rows; keyed on `entry_id` alone it is one, with every row, index and trigger as it was;
 * - `ledger_by_bill` served only the repeat-payment check, which also names the consumer, and
 *   `ledger_by_consumer` finds those few rows as quickly.
 */
export const fewerPagesAPayment: Migration = {
  version: 11,
  name: 'fewer pages written for each payment',
  up: (db) => {
    rebuildTable(db, 'outbox', (sql) => sql.replace(/\)\s*STRICT\s*$/, ') STRICT, WITHOUT ROWID'));
    db.exec('DROP INDEX ledger_by_bill');
  },
};
