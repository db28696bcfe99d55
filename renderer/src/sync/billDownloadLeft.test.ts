import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secondsLeft } from './billDownloadLeft';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, seconds)).toISOString();

describe('the time left of a bill master download', () => {
  it('goes by the pace so far', () => {
    assert.equal(secondsLeft({ done: 100_000, total: 550_000, startedAt: at(0), at: at(40) }), 180);
  });
  it('is not guessed before a page is in or while the total is unknown', () => {
    assert.equal(secondsLeft({ done: 0, total: 550_000, startedAt: at(0), at: at(0) }), null);
    assert.equal(secondsLeft({ done: 2_000, total: null, startedAt: at(0), at: at(5) }), null);
  });
});
