import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Who } from '../../../shared/ipc/access';
import { channels, type Channel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { callCore } from '../testing/callCore';
import { OPENING_FLOAT, PEOPLE, seedPeople } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

/** What answers before anyone signs in, or on a locked screen: kept here too, so widening it is a choice made twice. */
const OPEN_TO_ANYONE: Channel[] = [
  'app.info',
  'app.restart',
  'session.status',
  'setup.firstSupervisor',
  'session.signIn',
  'session.unlock',
  'session.signOut',
  'session.lock',
  'startup.health',
  'backups.restore',
  // Only a new data folder's first-run screen; an opened ledger refuses it (its code never changes).
  'cabin.setup',
];

/** What the window polls by itself: it must not keep an idle screen from locking. */
const POLLS: Channel[] = ['wallet.status', 'sync.status', 'payments.uploadStatus'];

type Session = 'signed out' | 'locked' | 'agent without a shift' | 'agent at the counter' | 'supervisor';

/** The refusal each session gets for a channel's access, or null where the call goes through to its handler. */
const REFUSAL: Record<Session, Record<Who, string | null>> = {
  'signed out': { anyone: null, person: 'SIGNED_OUT', collector: 'SIGNED_OUT', supervisor: 'SIGNED_OUT' },
  locked: { anyone: null, person: 'SESSION_LOCKED', collector: 'SESSION_LOCKED', supervisor: 'SESSION_LOCKED' },
  'agent without a shift': { anyone: null, person: null, collector: 'NO_SHIFT', supervisor: 'NOT_ALLOWED' },
  'agent at the counter': { anyone: null, person: null, collector: null, supervisor: 'NOT_ALLOWED' },
  supervisor: { anyone: null, person: null, collector: 'NO_SHIFT', supervisor: null },
};

describe('access to every channel of the contract', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;
  let clock: Date;
  const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

  beforeEach(() => {
    folder = tempDataDir();
    clock = new Date('2026-11-24T04:00:00Z');
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => clock });
    seedPeople(services);
    core = createCore(services);
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const enter: Record<Session, () => void> = {
    'signed out': () => {},
    locked: () => {
      services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
      services.sessions.lock();
    },
    'agent without a shift': () => services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin),
    'agent at the counter': () => services.shifts.open(services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin), OPENING_FLOAT),
    supervisor: () => services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin),
  };

  it('declares what is open to anyone and what is a poll, as listed here', () => {
    assert.deepEqual(
      channels.filter((channel) => contract[channel].access.who === 'anyone'),
      OPEN_TO_ANYONE,
    );
    assert.deepEqual(
      channels.filter((channel) => contract[channel].access.who !== 'anyone' && !contract[channel].access.activity),
      POLLS,
    );
  });

  it('scopes to one’s own shift only channels that name a receipt', () => {
    const scoped = channels.filter((channel) => 'receipt' in contract[channel].access);
    assert.deepEqual(scoped, ['payments.reprint', 'receipts.preview', 'receipts.print']);
    for (const channel of scoped) assert.ok('receiptNo' in contract[channel].input.shape, `${channel} names its receipt`);
  });

  for (const session of Object.keys(REFUSAL) as Session[]) {
    it(`answers a session that is ${session} on each channel exactly as its access says, before reading the input, and writes nothing`, async () => {
      enter[session]();
      const ledgerBefore = services.db.prepare('SELECT count(*) FROM ledger').pluck().get();
      for (const channel of channels) {
        // No channel takes a bare number: a call let through is refused by its schema, never run.
        const result = await dispatch(core, channel, 42);
        const expected = REFUSAL[session][contract[channel].access.who] ?? 'INVALID_INPUT';
        assert.equal(result.ok ? 'ok' : result.error.code, expected, `${channel} (${contract[channel].access.who}) for a session that is ${session}`);
      }
      assert.equal(services.db.prepare('SELECT count(*) FROM ledger').pluck().get(), ledgerBefore);
    });
  }

  for (const channel of channels.filter((name) => contract[name].access.who !== 'anyone')) {
    const { who, activity } = contract[channel].access;
    it(`${channel} ${activity ? 'counts as the person working' : 'does not keep an idle screen from locking'}`, async () => {
      enter[who === 'supervisor' ? 'supervisor' : 'agent at the counter']();
      later(services.sessions.idleMinutes - 1);
      await dispatch(core, channel, 42);
      later(2);
      assert.equal(services.sessions.current()?.locked, !activity);
    });
  }

  it('says how many idle minutes lock the screen, in the status and in the refusal', async () => {
    enter['agent at the counter']();
    later(services.sessions.idleMinutes + 1);
    const status = await callCore(core, 'session.status', {});
    assert.deepEqual([status.locked, status.idleMinutes], [true, 10]);
    const refused = await dispatch(core, 'payments.recent', {});
    assert.deepEqual(!refused.ok && refused.error.params, { minutes: 10 });
  });
});
