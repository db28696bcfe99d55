import type { Migration } from '../../../../shared/node/sqlite/migrate';

/**
 * The wallet check runs inside every payment's transaction; summing the upload backlog there
 * grew with the backlog (days offline). The sum is kept instead, by triggers, so it changes in
 * the same transaction as the outbox row or the void that changes it, and a crash cannot part them.
 */
export const uploadBacklogTotal: Migration = {
  version: 4,
  name: 'running total of the upload backlog',
  up: (db) => {
    const waiting = (row: 'new' | 'old') =>
      `(${row}.state = 'PENDING' OR (${row}.state = 'WAITING' AND NOT EXISTS (SELECT 1 FROM ledger AS v WHERE v.kind = 'VOID' AND v.voids_entry_id = ${row}.entry_id)))`;
    db.exec(`
      CREATE TABLE outbox_waiting (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        count INTEGER NOT NULL CHECK (count >= 0),
        paise INTEGER NOT NULL CHECK (paise >= 0)
      ) STRICT;
      INSERT INTO outbox_waiting (id, count, paise)
        SELECT 1, count(*), coalesce(sum(amount_paise), 0) FROM outbox WHERE ${waiting('new').replaceAll('new.', 'outbox.')};

      CREATE TRIGGER outbox_waiting_insert AFTER INSERT ON outbox WHEN ${waiting('new')} BEGIN
        UPDATE outbox_waiting SET count = count + 1, paise = paise + new.amount_paise WHERE id = 1;
      END;
      CREATE TRIGGER outbox_waiting_update AFTER UPDATE OF state ON outbox WHEN ${waiting('old')} <> ${waiting('new')} BEGIN
        UPDATE outbox_waiting SET
          count = count + (CASE WHEN ${waiting('new')} THEN 1 ELSE -1 END),
          paise = paise + (CASE WHEN ${waiting('new')} THEN new.amount_paise ELSE -old.amount_paise END)
        WHERE id = 1;
      END;
      CREATE TRIGGER outbox_waiting_void AFTER INSERT ON ledger WHEN new.kind = 'VOID' BEGIN
        UPDATE outbox_waiting SET count = count - 1, paise = paise - (SELECT amount_paise FROM outbox WHERE entry_id = new.voids_entry_id)
        WHERE id = 1 AND EXISTS (SELECT 1 FROM outbox WHERE entry_id = new.voids_entry_id AND state = 'WAITING');
      END;
    `);
  },
};
