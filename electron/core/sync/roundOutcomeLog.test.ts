import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roundOutcomeLog } from './roundOutcomeLog';
import { emptySyncReport } from './syncCycle';

describe('the log line of a sync round', () => {
  it('says nothing while rounds work', () => {
    const lines: string[] = [];
    const logRound = roundOutcomeLog((level, text) => lines.push(`${level} ${text}`));
    for (let round = 0; round < 5; round += 1) logRound({ ...emptySyncReport(), online: true, accepted: 1 });
    assert.deepEqual(lines, []);
  });

  it('logs a failure once with its reason, a new reason once more, and the round that works again', () => {
    const lines: string[] = [];
    const logRound = roundOutcomeLog((level, text) => lines.push(`${level} ${text}`));
    for (let retry = 0; retry < 20; retry += 1) logRound(emptySyncReport('The gateway could not be reached.'));
    logRound(emptySyncReport('The gateway refused this device token.'));
    logRound(emptySyncReport('The gateway refused this device token.'));
    logRound({ ...emptySyncReport(), online: true });
    logRound({ ...emptySyncReport(), online: true });
    assert.deepEqual(lines, [
      'warn A sync round failed: The gateway could not be reached.',
      'warn A sync round failed: The gateway refused this device token.',
      'info Sync rounds work again (the last failure was: The gateway refused this device token.)',
    ]);
  });
});
