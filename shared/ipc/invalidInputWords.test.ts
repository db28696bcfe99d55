import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { channels } from './channels';
import { dispatch, type Core } from './dispatch';
import type { Handlers } from './contract';

/** Everything admitted, so each call reaches its schema; no handler is ever run, as every input here is refused. */
const core: Core = { handlers: {} as Handlers, admit: () => ({}), reach: () => undefined };

const badInputs: unknown[] = [null, 'text', { unexpected: 1 }, { consumerNo: '!!', pin: 'abc', count: { N500: -1 }, amountPaise: 1.5, reason: '', shiftId: 'x', text: '' }];

describe('a refused input is told in words, never by the field it came in', () => {
  test('every channel, given bad input, answers a message without a field name or a code', async () => {
    const faults: string[] = [];
    for (const channel of channels) {
      for (const input of badInputs) {
        const result = await dispatch(core, channel, input);
        if (result.ok || result.error.code !== 'INVALID_INPUT') continue;
        const { message } = result.error;
        if (/\([A-Za-z.]+\)/.test(message)) faults.push(`${channel}: "${message}" names a field`);
        if (/\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/.test(message)) faults.push(`${channel}: "${message}" shows a code`);
      }
    }
    assert.deepEqual(faults, []);
  });
});
