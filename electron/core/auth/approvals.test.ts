import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

describe('a supervisor’s PIN typed on an agent’s screen', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;
  let clock: Date;
  const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));
  const trainingWith = (pin: string) => dispatch(core, 'settings.setTraining', { on: true, approval: { supervisorId: PEOPLE.supervisor.userId, pin } });
  const codeOf = (result: Awaited<ReturnType<typeof dispatch>>) => (result.ok ? 'ok' : result.error.code);

  beforeEach(() => {
    folder = tempDataDir();
    clock = new Date('2026-11-24T04:00:00Z');
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => clock });
    core = createCore(services);
    openCounter(services);
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('pauses approvals asked from that screen after five wrong PINs, without locking the supervisor out of their own sign-in', async () => {
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(codeOf(await trainingWith('0000')));
    assert.deepEqual(answers, ['APPROVAL_WRONG_PIN', 'APPROVAL_WRONG_PIN', 'APPROVAL_WRONG_PIN', 'APPROVAL_WRONG_PIN', 'APPROVALS_PAUSED']);
    assert.equal(codeOf(await trainingWith(PEOPLE.supervisor.pin)), 'APPROVALS_PAUSED', 'even the right PIN waits: guessing is slowed, not rewarded');
    assert.equal(services.audit.list({ action: 'FAILED_APPROVAL' }).filter((entry) => entry.userId === PEOPLE.agent.userId).length, 5);

    await dispatch(core, 'session.signOut', {});
    const supervisorSignsIn = await dispatch(core, 'session.signIn', { userId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin });
    assert.equal(codeOf(supervisorSignsIn), 'ok');
    assert.equal(services.users.find(PEOPLE.supervisor.userId)!.locked_until, null);
  });

  it('keeps the count across signing out and in again, and lets approvals through once the lock minutes have passed', async () => {
    for (let i = 0; i < 5; i += 1) await trainingWith('0000');
    await dispatch(core, 'session.signOut', {});
    await dispatch(core, 'session.signIn', { userId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin });
    assert.equal(codeOf(await trainingWith(PEOPLE.supervisor.pin)), 'APPROVALS_PAUSED');
    later(16);
    await dispatch(core, 'session.unlock', { pin: PEOPLE.agent.pin });
    assert.equal(codeOf(await trainingWith(PEOPLE.supervisor.pin)), 'ok');
  });

  it('says how many tries are left and for how long approvals would pause, for the Hindi screen too', async () => {
    const first = await trainingWith('0000');
    assert.deepEqual(!first.ok && first.error.params, { left: 4, count: 4, minutes: 15 });
    assert.match(!first.ok ? first.error.message : '', /4 tries left before approvals from this screen pause for 15 minutes/);
  });
});
