import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openLedgerAt, seedPeopleAndShift } from '../testing/ledgerAtVersion';
import { tempDataDir } from '../testing/tempDataDir';
import { PRE_UPDATE_FOLDER } from './backupBeforeUpdate';
import { ledgerMigrations } from './migrations';
import { openLedger } from './openLedger';

describe('the copy of an older version’s ledger, before the new version migrates it', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => (folder = tempDataDir('rokad-update-')));
  afterEach(() => folder.remove());

  it('is taken once, holds the ledger as the older version left it, and the ledger then migrates', () => {
    const file = join(folder.dir, 'ledger.sqlite');
    const older = ledgerMigrations.length - 1;
    const old = openLedgerAt(file, older);
    seedPeopleAndShift(old);
    old.close();

    openLedger(file).close();
    openLedger(file).close();

    const copies = readdirSync(join(folder.dir, PRE_UPDATE_FOLDER));
    assert.equal(copies.length, 1);
    assert.match(copies[0]!, new RegExp(`^ledger-schema-${older}-\\d{8}T\\d{6}\\.sqlite$`));
    const copy = new Database(join(folder.dir, PRE_UPDATE_FOLDER, copies[0]!), { readonly: true });
    assert.equal(copy.pragma('user_version', { simple: true }), older);
    assert.equal(copy.prepare('SELECT count(*) FROM users').pluck().get(), 2);
    copy.close();
    const migrated = new Database(file, { readonly: true });
    assert.equal(migrated.pragma('user_version', { simple: true }), ledgerMigrations.length);
    migrated.close();
  });

  it('is not taken for a new ledger or one already at this version', () => {
    const file = join(folder.dir, 'ledger.sqlite');
    openLedger(file).close();
    openLedger(file).close();
    assert.deepEqual(
      readdirSync(folder.dir).filter((name) => name === PRE_UPDATE_FOLDER),
      [],
    );
  });
});
