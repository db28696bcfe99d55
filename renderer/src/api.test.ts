import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Result } from '../../shared/errors';
import { call, onLedgerDamaged } from './api';

/** The bridge as the preload gives it, answering every call with `answer`. */
function bridgeAnswering(answer: Result<unknown>): void {
  Object.assign(globalThis, { window: { api: { invoke: async () => answer } } });
}

test('a call refused because the ledger was found damaged tells the window, which then shows the recovery', async () => {
  let told = 0;
  const stop = onLedgerDamaged(() => (told += 1));
  bridgeAnswering({ ok: false, error: { code: 'DB_DAMAGED', message: 'The database is damaged.' } });
  const refused = await call('payments.recent', {});
  assert.equal(!refused.ok && refused.error.code, 'DB_DAMAGED');
  assert.equal(told, 1);

  bridgeAnswering({ ok: false, error: { code: 'NOT_SIGNED_IN', message: 'Sign in first.' } });
  await call('payments.recent', {});
  bridgeAnswering({ ok: true, value: [] });
  await call('payments.recent', {});
  assert.equal(told, 1, 'other answers tell it nothing');

  stop();
  bridgeAnswering({ ok: false, error: { code: 'DB_DAMAGED', message: 'The database is damaged.' } });
  await call('payments.recent', {});
  assert.equal(told, 1, 'a listener that stopped hears no more');
});
