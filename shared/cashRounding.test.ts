import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roundChange } from './cashRounding';

test('a bill of ₹1,245.50 paid with ₹1,300: ₹54.50 of change is handed back as the rule says', () => {
  assert.deepEqual(roundChange(5_450, { stepPaise: 100, direction: 'DOWN' }), { givenPaise: 5_400, roundingPaise: 50 });
  assert.deepEqual(roundChange(5_450, { stepPaise: 100, direction: 'UP' }), { givenPaise: 5_500, roundingPaise: -50 });
  assert.deepEqual(roundChange(5_450, { stepPaise: 100, direction: 'NEAREST' }), { givenPaise: 5_500, roundingPaise: -50 }, 'a half goes up');
  assert.deepEqual(roundChange(5_450, { stepPaise: 50, direction: 'DOWN' }), { givenPaise: 5_450, roundingPaise: 0 }, 'already in half rupees');
  assert.deepEqual(roundChange(5_413, { stepPaise: 100, direction: 'NEAREST' }), { givenPaise: 5_400, roundingPaise: 13 });
  assert.deepEqual(roundChange(5_413, { stepPaise: 50, direction: 'UP' }), { givenPaise: 5_450, roundingPaise: -37 });
});

test('no rule, a step of 0 or no change: the exact change, nothing rounded', () => {
  assert.deepEqual(roundChange(5_413, undefined), { givenPaise: 5_413, roundingPaise: 0 });
  assert.deepEqual(roundChange(5_413, { stepPaise: 0, direction: 'DOWN' }), { givenPaise: 5_413, roundingPaise: 0 });
  assert.deepEqual(roundChange(0, { stepPaise: 100, direction: 'UP' }), { givenPaise: 0, roundingPaise: 0 });
});

test('the change given plus the rounding is always the exact change, and never more than a step away', () => {
  for (const stepPaise of [50, 100] as const) {
    for (const direction of ['NEAREST', 'DOWN', 'UP'] as const) {
      for (let exact = 0; exact <= 1_000; exact += 7) {
        const { givenPaise, roundingPaise } = roundChange(exact, { stepPaise, direction });
        assert.equal(givenPaise + roundingPaise, exact);
        assert.equal(givenPaise % stepPaise, 0);
        assert.ok(Math.abs(roundingPaise) < stepPaise);
        assert.ok(givenPaise >= 0);
      }
    }
  }
});
