import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * Issue #13: the change given is rounded by the biller's rule (shared/cashRounding), and the
 * difference from the exact change is kept with the payment as a figure of its own, signed
 * (+ the drawer kept paise, − it gave them). `change_paise` stays the exact change, so
 * tendered = amount + change still holds; the change handed back is change − rounding. A void or
 * a refund carries its payment's rounding: the consumer gets back what they paid net. Earlier rows
 * get 0, which the hash chain leaves out (ledger/hashChain.ts), so their hashes still verify.
 */
export const changeRounding: Migration = {
  version: 7,
  name: 'change rounding kept with the payment',
  up: (db) => {
    db.exec('ALTER TABLE ledger ADD COLUMN change_rounding_paise INTEGER NOT NULL DEFAULT 0 CHECK (abs(change_rounding_paise) < 100)');
  },
};
