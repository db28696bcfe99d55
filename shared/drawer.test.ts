import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawerTerms, shouldBeInDrawer, termOperator } from './drawer';

const shift = {
  openingFloatPaise: 100_000,
  payments: { count: 3, totalPaise: 290_050 },
  voids: { count: 1, totalPaise: 41_000 },
  refunds: { count: 1, totalPaise: 87_290 },
  cashInPaise: 20_000,
  cashOutPaise: 50_000,
  roundingPaise: -37,
};

test('the drawer holds float + payments − voids − refunds + cash in − cash out', () => {
  assert.equal(shouldBeInDrawer(shift), 100_000 + 290_050 - 41_000 - 87_290 + 20_000 - 50_000 - 37);
});

test('every term is listed, in order, with the sign it adds up with', () => {
  const terms = drawerTerms(shift);
  assert.deepEqual(
    terms.map((term, i) => `${termOperator(term, i)}${term.key}`),
    ['openingFloat', '+payments', '−voids', '−refunds', '+cashIn', '−cashOut', '±rounding'],
  );
  assert.equal(
    terms.reduce((sum, term) => sum + term.sign * term.amountPaise, 0),
    shouldBeInDrawer(shift),
  );
  assert.deepEqual(
    terms.map((term) => term.count),
    [null, 3, 1, 1, null, null, null],
  );
});
