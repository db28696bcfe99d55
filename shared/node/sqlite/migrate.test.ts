import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { checkMigrationChain, migrate, type Migration } from './migrate';

const step = (version: number, name = `step ${version}`): Migration => ({
  version,
  name,
  up: (db) => db.exec(`CREATE TABLE t${version} (x INTEGER) STRICT`),
});

describe('checkMigrationChain', () => {
  it('takes steps numbered 1…n, and no steps at all', () => {
    checkMigrationChain([step(1), step(2), step(3)]);
    checkMigrationChain([]);
  });

  it('refuses a gap, a repeat and a wrong order, naming the step out of place', () => {
    assert.throws(() => checkMigrationChain([step(1), step(3, 'after a gap')]), /"after a gap" is numbered 3 but stands at place 2/);
    assert.throws(() => checkMigrationChain([step(1), step(1, 'repeated')]), /"repeated" is numbered 1 but stands at place 2/);
    assert.throws(() => checkMigrationChain([step(2, 'too early'), step(1)]), /"too early" is numbered 2 but stands at place 1/);
    assert.throws(() => checkMigrationChain([step(0, 'from zero')]), /"from zero" is numbered 0/);
  });
});

describe('migrate', () => {
  it('runs only the steps a database has not run, and refuses a chain out of order before running any', () => {
    const db = new Database(':memory:');
    migrate(db, [step(1)]);
    migrate(db, [step(1), step(2)]);
    assert.equal(db.pragma('user_version', { simple: true }), 2);
    assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all(), ['t1', 't2']);
    assert.throws(() => migrate(db, [step(1), step(2), step(4)]), /numbered 4 but stands at place 3/);
    assert.equal(db.pragma('user_version', { simple: true }), 2);
    db.close();
  });
});
