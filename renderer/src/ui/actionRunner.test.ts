import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ErrorBody, Result } from '../../../shared/errors';
import { createActionRunner, type ActionSink } from './actionRunner';

function recordingSink() {
  const seen: string[] = [];
  const sink: ActionSink = {
    busy: (inFlight) => seen.push(inFlight ? 'busy' : 'idle'),
    settled: (error) => seen.push(error ? `refused ${error.code}` : 'ok'),
  };
  return { seen, sink };
}

/** A core call the test answers when it likes. */
function pending<T>() {
  let answer: (result: Result<T>) => void = () => {};
  const promise = new Promise<Result<T>>((resolve) => (answer = resolve));
  return { promise, answer };
}

const refusal: ErrorBody = { code: 'NOT_IN_DRAWER', message: 'Only ₹100.00 should be in the drawer.' };

test('a second start while the first is in flight runs no work at all', async () => {
  const run = createActionRunner();
  const { seen, sink } = recordingSink();
  const call = pending<number>();
  let calls = 0;
  const done: number[] = [];
  const first = run(
    sink,
    () => (calls++, call.promise),
    (value) => done.push(value),
  );
  const second = run(
    sink,
    () => (calls++, call.promise),
    (value) => done.push(value),
  );
  await second;
  assert.equal(calls, 1);
  call.answer({ ok: true, value: 7 });
  await first;
  assert.deepEqual(done, [7]);
  assert.deepEqual(seen, ['busy', 'idle', 'ok']);
});

test('once the answer is in, the next start runs', async () => {
  const run = createActionRunner();
  const { sink } = recordingSink();
  let calls = 0;
  await run(sink, () => (calls++, Promise.resolve({ ok: true, value: 1 } as const)));
  await run(sink, () => (calls++, Promise.resolve({ ok: true, value: 2 } as const)));
  assert.equal(calls, 2);
});

test("the core's refusal is shown and done is not called", async () => {
  const run = createActionRunner();
  const { seen, sink } = recordingSink();
  let doneCalled = false;
  await run(
    sink,
    () => Promise.resolve({ ok: false, error: refusal }),
    () => (doneCalled = true),
  );
  assert.equal(doneCalled, false);
  assert.deepEqual(seen, ['busy', 'idle', 'refused NOT_IN_DRAWER']);
});

test('a refusal the form finds itself takes the same path, and frees the guard', async () => {
  const run = createActionRunner();
  const { seen, sink } = recordingSink();
  await run(sink, () => ({ ok: false, error: { code: 'AMOUNT_EMPTY', message: 'Enter the cash amount.' } }));
  await run(sink, () => ({ ok: true, value: 'sent' }));
  assert.deepEqual(seen, ['busy', 'idle', 'refused AMOUNT_EMPTY', 'busy', 'idle', 'ok']);
});

test('work that throws frees the guard for the next start', async () => {
  const run = createActionRunner();
  const { sink } = recordingSink();
  await assert.rejects(run(sink, () => Promise.reject(new Error('bridge gone'))));
  let ran = false;
  await run(sink, () => ((ran = true), { ok: true, value: null }));
  assert.equal(ran, true);
});
