import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * A mobile number the consumer gave at the counter for the company's message about a payment.
 * Beside the ledger, not in it: the ledger row and its hash stay as they are, and the number is
 * contact data for the upload, not a money fact.
 */
export const paymentContacts: Migration = {
  version: 8,
  name: 'mobile numbers given at the counter for payment messages',
  up: (db) => {
    db.exec(`
      CREATE TABLE payment_contacts (
        entry_id TEXT PRIMARY KEY REFERENCES ledger (entry_id),
        mobile TEXT NOT NULL CHECK (length(mobile) = 10 AND mobile GLOB '[6-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')
      ) STRICT;
    `);
  },
};
