import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import Database, { sqliteBinding, useSqliteBinding } from './database';

const packageBuild = join(dirname(createRequire(__filename).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

describe('the better-sqlite3 build every connection of a thread loads', () => {
  afterEach(() => useSqliteBinding(undefined));

  it('is the package’s own until a runtime names another', () => {
    assert.equal(sqliteBinding(), undefined);
    const db = new Database(':memory:');
    assert.equal(db.prepare('SELECT 1 + 1').pluck().get(), 2);
    db.close();
  });

  it('is the named build once named, for every later connection', () => {
    useSqliteBinding(packageBuild);
    const db = new Database(':memory:', { timeout: 100 });
    assert.equal(db.prepare('SELECT sqlite_version() IS NOT NULL').pluck().get(), 1);
    db.close();
    useSqliteBinding(join(dirname(packageBuild), 'not-there.node'));
    assert.throws(() => new Database(':memory:'), /not-there\.node/);
  });
});
