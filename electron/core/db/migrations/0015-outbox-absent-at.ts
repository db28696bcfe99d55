import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * A payment voided after an upload whose answer was lost may be at the gateway, its wallet
 * debited, though the cabin never heard so. The sync round asks the gateway about it; when the
 * gateway does not know it, `absent_at` keeps that answer, so it is not asked about again.
 */
export const outboxAbsentAt: Migration = {
  version: 15,
  name: 'payments the gateway said it never got',
  up: (db) => {
    db.exec('ALTER TABLE outbox ADD COLUMN absent_at TEXT');
  },
};
