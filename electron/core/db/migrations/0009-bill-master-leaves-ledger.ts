import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Issue #14: the zone's bills move to their own file (bill-master.sqlite), so the ledger, its
 * backups and its verifier hold the money alone; a 550,000-consumer zone made every backup 155 MB.
 * Dropping them here loses nothing: bills are not money, no ledger row refers to them (a payment
 * keeps its own copy of the consumer, bill number and amount), and the bill master is a cache of
 * the gateway's. Its pull cursor goes with it, so the next sync fetches the whole zone again into
 * the new file. Until then an offline cabin finds bills only online.
 */
export const billMasterLeavesLedger: Migration = {
  version: 9,
  name: 'the bill master leaves the ledger for its own file',
  up: (db) => {
    db.exec(`
      DROP TRIGGER IF EXISTS bills_by_name_insert;
      DROP TRIGGER IF EXISTS bills_by_name_delete;
      DROP TRIGGER IF EXISTS bills_by_name_update;
      DROP TABLE bills_by_name;
      DROP TABLE bills;
      DELETE FROM settings WHERE key IN ('bill_master_cursor', 'bill_master_synced_at');
    `);
  },
};
