import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { approvalWaitMs } from '../sync/awaitApproval';
import { callCore } from '../testing/callCore';
import { PEOPLE, seedPeople } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

describe('the supervisor sets how long a receipt waits for the approval reference (F10, gateway)', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => new Date('2026-11-24T05:00:00Z') });
    seedPeople(services);
    core = createCore(services);
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('starts at 2 seconds, keeps a new wait the receipts then use, and audits the change', async () => {
    services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    assert.deepEqual(await callCore(core, 'settings.getApprovalWait', {}), { waitMs: 2_000, defaultMs: 2_000, maxMs: 5_000 });
    assert.equal((await callCore(core, 'settings.setApprovalWait', { waitMs: 0 })).waitMs, 0);
    assert.equal(approvalWaitMs(services.db), 0, 'what awaitApproval reads');
    assert.equal(services.db.prepare("SELECT detail FROM audit_log WHERE action = 'SETTINGS_CHANGE'").pluck().get(), JSON.stringify({ approvalWaitMs: 0 }));
  });

  it('refuses a wait past the limit, or from an agent, and changes nothing', async () => {
    services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    const tooLong = await dispatch(core, 'settings.setApprovalWait', { waitMs: 9_000 });
    assert.deepEqual(!tooLong.ok && [tooLong.error.code, tooLong.error.message], ['INVALID_INPUT', 'A receipt waits at most 5 seconds.']);
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    const agent = await dispatch(core, 'settings.setApprovalWait', { waitMs: 1_000 });
    assert.equal(!agent.ok && agent.error.code, 'NOT_ALLOWED');
    assert.equal(approvalWaitMs(services.db), 2_000);
  });
});
