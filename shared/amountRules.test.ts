import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAmount, defaultBillerRules } from './amountRules';
import type { BillerRules } from './domain';

const rules = (overrides: Partial<BillerRules> = {}): BillerRules => ({ ...defaultBillerRules, ...overrides });

describe('checkAmount', () => {
  it('EXACT takes only the bill amount', () => {
    assert.equal(checkAmount(rules(), 124_550, 124_550, 0), null);
    assert.match(checkAmount(rules(), 124_550, 124_500, 0)!.message, /exactly ₹1,245\.50/);
  });

  it('EXACT_AND_ABOVE takes an advance but not less', () => {
    const above = rules({ exactness: 'EXACT_AND_ABOVE' });
    assert.equal(checkAmount(above, 124_550, 130_000, 0), null);
    assert.match(checkAmount(above, 124_550, 100_000, 0)!.message, /at least the bill amount/);
  });

  it('EXACT_AND_BELOW takes a part payment but not more', () => {
    const below = rules({ exactness: 'EXACT_AND_BELOW' });
    assert.equal(checkAmount(below, 124_550, 50_000, 0), null);
    assert.match(checkAmount(below, 124_550, 130_000, 0)!.message, /at most the bill amount/);
  });

  it('refuses above the per-payment cash maximum and below the minimum', () => {
    assert.deepEqual(checkAmount(rules(), 600_000, 600_000, 0)?.code, 'CASH_LIMIT');
    assert.deepEqual(checkAmount(rules({ exactness: 'EXACT_AND_BELOW' }), 50, 50, 0)?.code, 'CASH_LIMIT');
  });

  it('counts what the consumer already paid today against the daily limit', () => {
    const daily = rules({ dailyLimitPaise: 200_000 });
    assert.equal(checkAmount(daily, 100_000, 100_000, 100_000), null);
    const refused = checkAmount(daily, 100_000, 100_000, 150_000);
    assert.equal(refused?.code, 'DAILY_LIMIT');
    assert.match(refused!.message, /at most ₹500\.00 more/);
  });
});
