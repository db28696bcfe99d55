import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createLedgerAppender } from '../../ledger/appendLedgerRow';
import { verifyChain } from '../../ledger/verifyChain';
import { migrateKeepingTheLedger, openLedgerAt, payment, seedBacklog, voidOf } from '../../testing/ledgerAtVersion';
import { schemaText } from '../../testing/schemaText';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';

describe('migration 5: refunds in the ledger', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let file: string;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, 4);
    seedBacklog(before);
    before.close();
  });
  afterEach(() => {
    db?.close();
    folder.remove();
  });

  it('gives the schema this step shipped with, captured from its inline rebuild before rebuildTable', () => {
    db = migrateKeepingTheLedger(file, 5);
    assert.equal(schemaText(db), readFileSync(join(import.meta.dirname, '0005-ledger-refunds.schema.sql'), 'utf8'));
  });

  it('rebuilds the ledger for refunds with the same indexes and triggers: rows stay append-only, a void still leaves the upload total', () => {
    const dependents = (of: Db) => of.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'ledger' AND type <> 'table' ORDER BY name").all();
    const before = openLedgerAt(file, 4);
    const expected = dependents(before);
    before.close();
    db = migrateKeepingTheLedger(file, 5);
    assert.deepEqual(dependents(db), expected);
    assert.throws(() => db.prepare('UPDATE ledger SET amount_paise = 1 WHERE seq = 1').run(), /append-only/);
    assert.throws(() => db.prepare('DELETE FROM ledger WHERE seq = 5').run(), /append-only/);

    const append = createLedgerAppender(db);
    db.transaction(() => {
      append(voidOf(6, 4, 40_000, 'Wrong bill'));
      append({
        ...payment(7, 1),
        entry_id: 'refund-3',
        kind: 'REFUND',
        receipt_no: 'RFD-BPL-07-000001',
        amount_paise: 30_000,
        tendered_paise: 0,
        change_paise: 0,
        voids_entry_id: 'pay-3',
        reason: 'Refused by the gateway',
        approved_by: 'meena.s',
      });
    })();
    assert.equal(db.prepare('SELECT paise FROM outbox_waiting').pluck().get(), 20_000);
    assert.throws(() => db.transaction(() => append({ ...payment(8, 1), kind: 'REFUND', voids_entry_id: 'pay-2', reason: 'no approver' }))(), /CHECK constraint/);
    assert.equal(verifyChain(db).ok, true);
  });
});
