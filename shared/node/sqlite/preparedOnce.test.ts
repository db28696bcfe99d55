import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from './database';
import { preparedOnce } from './preparedOnce';

describe('a statement prepared once per connection', () => {
  it('is compiled the first time and the same statement afterwards', () => {
    const db = new Database(':memory:');
    const first = preparedOnce(db, 'SELECT 1 + ? AS n');
    assert.equal(preparedOnce(db, 'SELECT 1 + ? AS n'), first);
    assert.deepEqual(first.get(2), { n: 3 });
    db.close();
  });

  it('is kept apart plucked and plain, so neither caller gets the other’s shape', () => {
    const db = new Database(':memory:');
    assert.equal(preparedOnce(db, 'SELECT 1 + ? AS n', { pluck: true }).get(2), 3);
    assert.deepEqual(preparedOnce(db, 'SELECT 1 + ? AS n').get(2), { n: 3 });
    db.close();
  });

  it('belongs to its own connection', () => {
    const one = new Database(':memory:');
    const other = new Database(':memory:');
    assert.notEqual(preparedOnce(one, 'SELECT 1'), preparedOnce(other, 'SELECT 1'));
    one.close();
    other.close();
  });
});
