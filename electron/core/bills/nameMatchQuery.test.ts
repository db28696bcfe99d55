import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServices, type Services } from '../createServices';
import { tempDataDir } from '../testing/tempDataDir';
import { nameMatchQuery } from './nameMatchQuery';

describe('searching bills by a name as typed or pasted', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  before(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true });
  });
  after(() => {
    services.close();
    folder.remove();
  });

  const hostile = [
    'abc\u0000def',
    '\u0000\u0000\u0000',
    'ab"c',
    '"""',
    'ramu"',
    'NEAR(abc',
    'abc OR',
    'foo*',
    '\u0001\u0002\u0003',
    'a\u200bbcd',
    "'; DROP TABLE bills; --",
    '{consumer_name}: x',
    '^abc',
  ];
  for (const text of hostile) {
    it(`answers ${JSON.stringify(text)} with results or nothing, never an error`, () => {
      assert.ok(Array.isArray(services.bills.search(text)));
    });
  }

  it('still finds a name with a NUL pasted into it', () => {
    const bill = services.bills.search('Sharma')[0] ?? services.bills.search('Kumar')[0];
    assert.ok(bill, 'the demo bills hold a Sharma or a Kumar');
    const surname = bill.consumerName.split(' ').at(-1)!;
    assert.ok(services.bills.search(`${surname}\u0000`).some((found) => found.consumerNo === bill.consumerNo));
  });

  it('quotes every word and leaves out what cannot be searched', () => {
    assert.equal(nameMatchQuery('ram"u  kumar'), '"ram""u" AND "kumar"');
    assert.equal(nameMatchQuery('a\u0000b\u0000c'), undefined);
    assert.equal(nameMatchQuery('ab'), undefined);
  });
});
