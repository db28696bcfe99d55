import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Issue #14, recording a payment: the payment's transaction held, besides its ledger row, its
 * upload outbox row, its original's print job and its bill month (receipt_facts), seven more
 * B-trees and seven more pages written at every commit. The outbox row and the print job are
 * derived from the ledger row alone, so they are now written after it (ledger/followUpPayments.ts):
 * at the next quiet moment, upload round or print, in a transaction of their own. Until then a
 * payment above `payment_follow_ups.seq` is waiting for upload and owes its original, and every
 * reader counts it so. The bill month is not derived (the bill master moves on), so it is kept in
 * the payment's own ledger row, under its hash.
 */
export const paymentFollowUps: Migration = {
  version: 13,
  name: 'payment follow-ups written after the payment',
  up: (db) => {
    db.exec(`
      ALTER TABLE ledger ADD COLUMN bill_month TEXT;
      CREATE TABLE payment_follow_ups (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL CHECK (seq >= 0)
      ) STRICT;
      INSERT INTO payment_follow_ups (id, seq) SELECT 1, coalesce(max(seq), 0) FROM ledger;
    `);
  },
};
