import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { migrateKeepingTheLedger, openLedgerAt, seedBacklog } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';
import { ledgerTimeIndex } from './0010-ledger-time-index';

describe('migration: the ledger indexed by time', () => {
  const step = ledgerTimeIndex.version;
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, step - 1);
    seedBacklog(before);
    before.close();
    db = migrateKeepingTheLedger(file, step);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('; ');

  it("finds a day's rows through an index, not by reading the whole ledger", () => {
    assert.match(
      plan("SELECT kind, sum(amount_paise) FROM ledger WHERE training = 0 AND recorded_at >= '2026-11-24' AND recorded_at < '2026-11-25' GROUP BY kind"),
      /USING INDEX ledger_by_time/,
    );
  });
});
