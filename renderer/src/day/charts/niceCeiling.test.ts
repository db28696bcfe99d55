import assert from 'node:assert/strict';
import { test } from 'node:test';
import { niceCeiling } from './niceCeiling';

test('the axis top is a round number of rupees at or above the largest bar', () => {
  assert.equal(niceCeiling(0), 10_000);
  assert.equal(niceCeiling(165_550), 200_000);
  assert.equal(niceCeiling(41_000), 50_000);
  assert.equal(niceCeiling(500_000), 500_000);
  assert.equal(niceCeiling(500_001), 1_000_000);
});
