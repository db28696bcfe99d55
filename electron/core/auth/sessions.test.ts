import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RokadError } from '../../../shared/errors';
import { createCore } from '../createCore';
import { callCore } from '../testing/callCore';
import { createServices, type Services } from '../createServices';
import { PEOPLE, seedPeople } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

const code = (expected: string) => (error: unknown) => error instanceof RokadError && error.code === expected;

describe('sessions', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let clock = new Date('2026-11-24T04:00:00Z');
  const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

  beforeEach(() => {
    folder = tempDataDir();
    clock = new Date('2026-11-24T04:00:00Z');
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => clock });
    seedPeople(services);
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('stores only a salted scrypt hash of a PIN', () => {
    const row = services.users.find(PEOPLE.agent.userId)!;
    assert.notEqual(row.pin_hash, PEOPLE.agent.pin);
    assert.match(row.pin_hash, /^[0-9a-f]{64}$/);
    assert.match(row.pin_salt, /^[0-9a-f]{32}$/);
    services.users.insert({ userId: 'twin', name: 'Same PIN', role: 'AGENT', pin: PEOPLE.agent.pin, createdBy: null }, clock);
    assert.notEqual(services.users.find('twin')!.pin_hash, row.pin_hash, 'the same PIN hashes differently for two people');
  });

  it('signs in with the right PIN and out again, writing both to the audit log', () => {
    const user = services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    assert.equal(user.role, 'AGENT');
    services.sessions.signOut();
    assert.equal(services.sessions.current(), null);
    assert.deepEqual(
      services.audit.list().map((e) => e.action),
      ['SIGN_OUT', 'SIGN_IN'],
    );
  });

  it('locks an account after five wrong PINs, even against the right one, until the lock runs out', () => {
    for (let i = 1; i <= 4; i += 1) {
      assert.throws(
        () => services.sessions.signIn(PEOPLE.agent.userId, '0000'),
        (error: unknown) => code('WRONG_PIN')(error) && new RegExp(`${5 - i} tr`).test((error as Error).message),
      );
    }
    assert.throws(() => services.sessions.signIn(PEOPLE.agent.userId, '0000'), code('ACCOUNT_LOCKED'));
    assert.throws(() => services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin), code('ACCOUNT_LOCKED'));
    assert.equal(services.audit.list({ action: 'LOCKOUT' }).length, 1);
    later(16);
    assert.equal(services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin).userId, PEOPLE.agent.userId);
  });

  it('answers an unknown user like a wrong PIN, so ids cannot be guessed', () => {
    assert.throws(
      () => services.sessions.signIn('nobody', '1234'),
      (error: unknown) => code('WRONG_PIN')(error) && (error as Error).message === 'Wrong user id or PIN.',
    );
  });

  it('locks the screen after the idle minutes; only the same PIN unlocks it', () => {
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    later(9);
    services.sessions.require();
    later(11);
    assert.throws(() => services.sessions.require(), code('SESSION_LOCKED'));
    assert.throws(() => services.sessions.unlock(PEOPLE.supervisor.pin), code('WRONG_PIN'));
    services.sessions.unlock(PEOPLE.agent.pin);
    assert.equal(services.sessions.require().userId, PEOPLE.agent.userId);
  });

  it('does not count the window polling uploads and the wallet as work, and shows them to nobody signed out', async () => {
    const core = createCore(services);
    await assert.rejects(async () => callCore(core, 'sync.status', {}), code('SIGNED_OUT'));
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    later(6);
    await callCore(core, 'sync.status', {});
    await callCore(core, 'wallet.status', {});
    later(5);
    assert.throws(() => services.sessions.require(), code('SESSION_LOCKED'));
    await assert.rejects(async () => callCore(core, 'wallet.status', {}), code('SESSION_LOCKED'));
  });

  it('locks at once when the person steps away, and says so in the audit log', () => {
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    services.sessions.lock();
    assert.throws(() => services.sessions.require(), code('SESSION_LOCKED'));
    services.sessions.unlock(PEOPLE.agent.pin);
    assert.equal(services.sessions.require().userId, PEOPLE.agent.userId);
    assert.deepEqual(
      services.audit.list({ action: 'LOCK' }).map((entry) => entry.userId),
      [PEOPLE.agent.userId],
    );
  });

  it('takes a supervisor’s approval, and refuses an agent’s PIN as one', () => {
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    assert.equal(services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'void').role, 'SUPERVISOR');
    assert.throws(() => services.sessions.approve({ supervisorId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin }, 'void'), code('NOT_SUPERVISOR'));
    assert.throws(() => services.sessions.require('SUPERVISOR'), code('NOT_ALLOWED'));
    assert.equal(services.audit.list({ action: 'APPROVAL_REFUSED' }).length, 1);
  });
});
