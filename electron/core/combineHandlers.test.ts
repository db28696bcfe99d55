import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { combineHandlers } from './combineHandlers';

describe('combining the domains’ handlers', () => {
  const info = () => ({ cabinCode: 'BPL-07', today: '2026-11-24', canChooseFolder: false });

  it('joins the parts into one map', () => {
    const combined = combineHandlers({ 'app.info': info }, { 'session.lock': () => assert.fail('not called') });
    assert.deepEqual(Object.keys(combined), ['app.info', 'session.lock']);
  });

  it('refuses two domains answering the same channel, naming it', () => {
    assert.throws(() => combineHandlers({ 'app.info': info }, { 'app.info': info }), /both handle the channel app\.info/);
  });
});
