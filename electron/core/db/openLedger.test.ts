import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { RokadError } from '../../../shared/errors';
import { tempDataDir } from '../testing/tempDataDir';
import { openDatabase } from '../../../shared/node/sqlite/openDatabase';
import { openLedger } from './openLedger';
import { ledgerMigrations } from './migrations';

describe('openLedger', () => {
  let folder: ReturnType<typeof tempDataDir>;
  beforeEach(() => (folder = tempDataDir()));
  afterEach(() => folder.remove());

  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every open, including reopen', () => {
    const file = join(folder.dir, 'ledger.sqlite');
    openLedger(file).close();
    const db = openLedger(file);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('synchronous', { simple: true }), 2);
    assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
    assert.equal(db.pragma('user_version', { simple: true }), ledgerMigrations.length);
    db.close();
  });

  it('makes strict tables: a float where paise belong is refused', () => {
    const db = openLedger(join(folder.dir, 'ledger.sqlite'));
    assert.throws(() => db.prepare(`INSERT INTO bills VALUES ('N1', 'n', 'a', 'b', '2026-11', '2026-11-01', '2026-11-10', 10.5, 10, 0)`).run());
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = join(folder.dir, 'future.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${ledgerMigrations.length + 3}`);
    future.close();

    assert.throws(
      () => openLedger(file),
      (error: unknown) =>
        error instanceof RokadError &&
        error.code === 'DB_FROM_NEWER_VERSION' &&
        /Install the newer Rokad again/.test(error.message) &&
        /restores a backup taken before the update/.test(error.message),
    );

    const after = new Database(file, { readonly: true });
    assert.equal(after.pragma('user_version', { simple: true }), ledgerMigrations.length + 3);
    assert.deepEqual(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all(), [{ name: 'from_the_future' }]);
    after.close();
  });

  it('runs migrations in one transaction: a failing step leaves the database as it was', () => {
    const file = join(folder.dir, 'broken.sqlite');
    const broken = [
      ...ledgerMigrations,
      {
        version: ledgerMigrations.length + 1,
        name: 'a step that fails half-way',
        up: (db: Database.Database) => {
          db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          db.exec('THIS IS NOT SQL');
        },
      },
    ];
    openLedger(file).close();
    assert.throws(() => openDatabase(file, broken));
    const db = new Database(file, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), ledgerMigrations.length);
    assert.deepEqual(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get(), { n: 0 });
    db.close();
  });
});
