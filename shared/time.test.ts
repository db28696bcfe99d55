import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INDIA_TIME_ZONE, indiaDate } from './time';

const byTimeZoneDatabase = new Intl.DateTimeFormat('en-CA', { timeZone: INDIA_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the India date of an instant', () => {
  it('is the date the time-zone database gives, on both sides of every India midnight from 1950 to 2100', () => {
    for (let midnight = Date.UTC(1949, 11, 31, 18, 30); midnight < Date.UTC(2100, 11, 31, 18, 30); midnight += DAY_MS) {
      for (const instant of [midnight - 1, midnight, midnight + DAY_MS / 2]) {
        const at = new Date(instant);
        if (indiaDate(at) !== byTimeZoneDatabase.format(at)) assert.fail(`${at.toISOString()}: ${indiaDate(at)}, not ${byTimeZoneDatabase.format(at)}`);
      }
    }
  });

  it('turns over at 18:30 UTC', () => {
    assert.equal(indiaDate(new Date('2026-11-24T18:29:59.999Z')), '2026-11-24');
    assert.equal(indiaDate(new Date('2026-11-24T18:30:00.000Z')), '2026-11-25');
  });
});
