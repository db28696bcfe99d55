import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { migrateKeepingTheLedger, openLedgerAt, seedBacklog } from '../../testing/ledgerAtVersion';
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
});
