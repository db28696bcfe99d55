import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { rebuildTable } from './rebuildTable';

const inTransaction = (db: Database.Database, step: () => void) => db.transaction(step).immediate();
const dependents = (db: Database.Database) =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name").all();

describe('rebuildTable', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    // No INTEGER PRIMARY KEY: the rowids are SQLite's own, with a gap, as an FTS index could key on them.
    db.exec(`
      CREATE TABLE counters (name TEXT NOT NULL UNIQUE, value INTEGER NOT NULL CHECK (value >= 0)) STRICT;
      CREATE INDEX counters_by_value ON counters (value) WHERE value > 0;
      CREATE TABLE changes (name TEXT NOT NULL) STRICT;
      CREATE TRIGGER counters_inserted AFTER INSERT ON counters BEGIN INSERT INTO changes VALUES (new.name); END;
      CREATE TRIGGER changes_need_a_counter BEFORE INSERT ON changes WHEN NOT EXISTS (SELECT 1 FROM counters WHERE name = new.name)
      BEGIN SELECT RAISE(ABORT, 'no such counter'); END;
      INSERT INTO counters VALUES ('receipts', 7), ('gone', 0), ('refunds', 2);
      DELETE FROM counters WHERE name = 'gone';
      CREATE TRIGGER counters_are_kept BEFORE DELETE ON counters BEGIN SELECT RAISE(ABORT, 'counters are kept'); END;
    `);
  });
  afterEach(() => db.close());

  it('changes a CHECK from the current definition, keeping rows, rowids, indexes and triggers, firing none of them', () => {
    const rows = db.prepare('SELECT rowid, * FROM counters ORDER BY rowid').all();
    const before = dependents(db);
    inTransaction(db, () => rebuildTable(db, 'counters', (sql) => sql.replace('CHECK (value >= 0)', 'CHECK (value BETWEEN 0 AND 999999)')));

    assert.match(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'counters'").pluck().get() as string, /value BETWEEN 0 AND 999999/);
    assert.deepEqual(db.prepare('SELECT rowid, * FROM counters ORDER BY rowid').all(), rows);
    assert.deepEqual(dependents(db), before);
    assert.deepEqual(db.prepare('SELECT name FROM changes').pluck().all(), ['receipts', 'gone', 'refunds'], 'the copy inserted no change rows');
    assert.throws(() => db.prepare("INSERT INTO counters VALUES ('big', 1000000)").run(), /CHECK constraint/);
    assert.throws(() => db.prepare("DELETE FROM counters WHERE name = 'receipts'").run(), /counters are kept/);
    assert.throws(() => db.prepare("INSERT INTO changes VALUES ('nowhere')").run(), /no such counter/, "another table's trigger reaches the new table");
  });

  it('adds a column, which the copied rows take at its default', () => {
    inTransaction(db, () => rebuildTable(db, 'counters', (sql) => sql.replace(') STRICT', ", unit TEXT NOT NULL DEFAULT 'count') STRICT")));
    assert.deepEqual(db.prepare('SELECT name, unit FROM counters ORDER BY rowid').all(), [
      { name: 'receipts', unit: 'count' },
      { name: 'refunds', unit: 'count' },
    ]);
  });

  it('keys a table on its primary key alone when the new definition drops the rowid, keeping rows, indexes and triggers', () => {
    const rows = db.prepare('SELECT * FROM counters ORDER BY name').all();
    const before = dependents(db);
    inTransaction(db, () =>
      rebuildTable(db, 'counters', (sql) => sql.replace('name TEXT NOT NULL UNIQUE', 'name TEXT PRIMARY KEY').replace(') STRICT', ') STRICT, WITHOUT ROWID')),
    );
    assert.deepEqual(db.prepare('SELECT * FROM counters ORDER BY name').all(), rows);
    assert.deepEqual(dependents(db), before);
    assert.throws(() => db.prepare('SELECT rowid FROM counters').get(), /no such column: rowid/);
    assert.deepEqual(db.prepare('SELECT name FROM changes').pluck().all(), ['receipts', 'gone', 'refunds'], 'the copy inserted no change rows');
  });

  it('leaves the table as it was when the rows do not fit the new definition', () => {
    const schema = db.prepare('SELECT sql FROM sqlite_master ORDER BY rowid').pluck().all();
    assert.throws(() => inTransaction(db, () => rebuildTable(db, 'counters', (sql) => sql.replace('value >= 0', 'value > 2'))), /CHECK constraint/);
    assert.deepEqual(db.prepare('SELECT sql FROM sqlite_master ORDER BY rowid').pluck().all(), schema);
    assert.equal(db.prepare('SELECT count(*) FROM counters').pluck().get(), 2);
    assert.equal(db.pragma('legacy_alter_table', { simple: true }), 0);
  });

  it('refuses a definition that changes nothing, a table another references by foreign key, and a call outside a transaction', () => {
    assert.throws(() => inTransaction(db, () => rebuildTable(db, 'counters', (sql) => sql.replace('no such text', ''))), /same as the current one/);
    db.exec('CREATE TABLE readings (counter TEXT REFERENCES counters (name)) STRICT');
    assert.throws(() => inTransaction(db, () => rebuildTable(db, 'counters', (sql) => sql.replace('>= 0', '>= 1'))), /readings reference it/);
    assert.throws(() => rebuildTable(db, 'changes', (sql) => sql.replace('name', 'label')), /inside a migration's transaction/);
  });
});
