import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { AT, migrateKeepingTheLedger, openLedgerAt, seedBacklog } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';

describe('migration 3: receipt facts and print jobs', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  let outbox: unknown[];
  const queue = (reprint: number, copy: string) =>
    db.prepare("INSERT INTO print_jobs (ledger_seq, receipt_no, copy, reprint, status, queued_at) VALUES (2, 'BPL-07-000002', ?, ?, 'QUEUED', ?)").run(copy, reprint, AT);
  beforeEach(() => {
    folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, 2);
    seedBacklog(before);
    outbox = before.prepare('SELECT * FROM outbox ORDER BY entry_id').all();
    before.close();
    db = migrateKeepingTheLedger(file, 3);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  it('keeps the upload backlog as it was', () => {
    assert.deepEqual(db.prepare('SELECT * FROM outbox ORDER BY entry_id').all(), outbox);
  });

  it('records a receipt and its reprints as print jobs: the original first, each copy once, none deleted', () => {
    db.prepare("INSERT INTO receipt_facts VALUES (2, '2026-11')").run();
    queue(0, 'ORIGINAL');
    queue(1, 'DUPLICATE');
    assert.throws(() => queue(1, 'DUPLICATE'), /UNIQUE constraint/);
    assert.throws(() => queue(2, 'ORIGINAL'), /CHECK constraint/);
    assert.throws(() => queue(0, 'DUPLICATE'), /CHECK constraint/);

    db.prepare("UPDATE print_jobs SET status = 'PRINTED', printed_at = ? WHERE reprint = 0").run(AT);
    assert.deepEqual(db.prepare("SELECT reprint FROM print_jobs WHERE status <> 'PRINTED'").pluck().all(), [1]);
    assert.throws(() => db.prepare('DELETE FROM print_jobs').run(), /print jobs are kept/);
  });
});
