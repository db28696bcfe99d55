import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quickRanges } from './quickRanges';

test('yesterday crosses a month and a year end', () => {
  assert.deepEqual(quickRanges('2026-03-01').yesterday, { from: '2026-02-28', to: '2026-02-28' });
  assert.deepEqual(quickRanges('2027-01-01').yesterday, { from: '2026-12-31', to: '2026-12-31' });
});

test('this month runs from the first to today', () => {
  assert.deepEqual(quickRanges('2026-11-24').thisMonth, { from: '2026-11-01', to: '2026-11-24' });
  assert.deepEqual(quickRanges('2026-11-24').today, { from: '2026-11-24', to: '2026-11-24' });
});
