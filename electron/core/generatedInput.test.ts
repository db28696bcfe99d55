import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { SignedInUser } from '../../shared/domain';
import type { Who } from '../../shared/ipc/access';
import { channels, type Channel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { dispatch, type Core } from '../../shared/ipc/dispatch';
import { createCore } from './createCore';
import { createServices, type Services } from './createServices';
import { FUZZ_RUNS, inputFor } from './testing/generated/hostileValues';
import { OPENING_FLOAT, PEOPLE, seedPeople } from './testing/seedCounter';

type Session = 'signed out' | 'locked' | 'agent' | 'supervisor';

/** As in auth/access.test.ts: the refusal each session gets for a channel's access, or null where the call reaches its schema and handler. */
const REFUSAL: Record<Session, Record<Who, string | null>> = {
  'signed out': { anyone: null, person: 'SIGNED_OUT', collector: 'SIGNED_OUT', supervisor: 'SIGNED_OUT' },
  locked: { anyone: null, person: 'SESSION_LOCKED', collector: 'SESSION_LOCKED', supervisor: 'SESSION_LOCKED' },
  agent: { anyone: null, person: null, collector: null, supervisor: 'NOT_ALLOWED' },
  supervisor: { anyone: null, person: null, collector: 'NO_SHIFT', supervisor: null },
};

const DEVICE_TOKEN = 'secret-device-token-that-must-never-be-shown-0123456789';

/** Every table that holds money or its history, and the consumers' complaints: a refused call must leave each exactly as it was. */
const MONEY_TABLES = ['ledger', 'outbox', 'shifts', 'shift_closes', 'cash_moves', 'receipt_counters', 'receipt_facts', 'wallet_mirror', 'complaints', 'complaint_outbox'];

const takesNoInput = (channel: Channel) => Object.keys(contract[channel].input.shape).length === 0;

/**
 * The data folder on a memory-backed file system where there is one: the same SQLite file and
 * synchronous=FULL, without a disk's fsync wait on each of the thousands of calls.
 */
function memoryBackedDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'rokad-generated-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Generated input on every channel of the contract, in each of four sessions, through the real
 * dispatch: whatever the window sends, the core answers with a result, never an internal error
 * nor a throw past the dispatch; a refusal writes nothing; the access table decides first; and
 * no answer carries the device token or a PIN's hash.
 */
for (const session of Object.keys(REFUSAL) as Session[]) {
  describe(`generated input from a window that is ${session}`, () => {
    let folder: ReturnType<typeof memoryBackedDataDir>;
    let services: Services;
    let core: Core;
    const clock = new Date('2026-11-24T04:00:00Z');
    const scratch = () => join(folder.dir, 'scratch');

    let person: SignedInUser | undefined;
    /** Puts the session back as this suite needs it, without a PIN check (a sign-in costs scrypt's 50 ms). */
    const enter = () => {
      services.sessions.signOut();
      if (!person) return;
      services.sessions.startFor(person);
      if (session === 'agent' && !services.shifts.current(person.userId)) services.shifts.open(person, OPENING_FLOAT);
      if (session === 'locked') services.sessions.lock();
    };
    const inState = () => {
      const current = services.sessions.current();
      if (session === 'signed out') return current === null;
      if (current?.user.userId !== person?.userId || current?.locked !== (session === 'locked')) return false;
      return session !== 'agent' || services.shifts.current(person!.userId) !== undefined;
    };
    // Every row as it is: the outbox has no rowid since step 11, and a row changed in place must show too.
    const moneyState = () => MONEY_TABLES.map((table) => JSON.stringify(services.db.prepare(`SELECT * FROM ${table}`).raw().all())).join('|');

    before(() => {
      folder = memoryBackedDataDir();
      mkdirSync(scratch());
      services = createServices({
        dataDir: join(folder.dir, 'data'),
        cabinCode: 'BPL-07',
        demoBills: true,
        now: () => clock,
        gateway: { url: 'http://127.0.0.1:1', deviceToken: DEVICE_TOKEN },
        onlineLookupTimeoutMs: 200,
      });
      seedPeople(services);
      core = createCore(services);
      if (session !== 'signed out') {
        const chosen = session === 'supervisor' ? PEOPLE.supervisor : PEOPLE.agent;
        person = services.sessions.signIn(chosen.userId, chosen.pin);
      }
      enter();
    });
    after(() => {
      services.close();
      folder.remove();
    });

    for (const channel of channels) {
      const { who } = contract[channel].access;
      it(`${channel} (${who})`, async () => {
        const known = [PEOPLE.agent.userId, PEOPLE.supervisor.userId, PEOPLE.agent.pin, PEOPLE.supervisor.pin];
        await fc.assert(
          fc.asyncProperty(inputFor(contract[channel].input, { scratch: scratch(), known }), async (input) => {
            if (!inState()) enter();
            const before = moneyState();
            // A supervisor's generated shift.open may have opened a shift: the counter's channels are then theirs too.
            const refusal = session === 'supervisor' && who === 'collector' && services.shifts.current(person!.userId) ? null : REFUSAL[session][who];
            const logged: unknown[] = [];
            const result = await dispatch(core, channel, input, (_message, error) => logged.push(error));
            assert.ok(result.ok || result.error.code !== 'INTERNAL', `internal error: ${String(logged[0])}`);
            assert.deepEqual(logged, []);
            if (refusal) assert.equal(result.ok ? 'ok' : result.error.code, refusal);
            if (!result.ok) assert.equal(moneyState(), before, `${result.error.code} changed nothing`);
            const answer = JSON.stringify(result, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)) ?? '';
            assert.ok(!answer.includes(DEVICE_TOKEN), 'the device token never leaves the core');
            assert.doesNotMatch(answer, /pin_?hash|pinSalt|pin_salt/i);
          }),
          // A channel that takes no input has little to generate, and some (a backup) are real work each time.
          { numRuns: takesNoInput(channel) ? Math.ceil(FUZZ_RUNS / 4) : FUZZ_RUNS, includeErrorInReport: true },
        );
      });
    }
  });
}
