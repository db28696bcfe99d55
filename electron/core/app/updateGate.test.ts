import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { UpdateStage } from '../../../shared/updates';
import { dispatch } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { roundEnded, roundStarted } from '../sync/syncProgress';
import { callCore } from '../testing/callCore';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { readUpdateFacts, whyUpdateWaits, type Updater } from './updateGate';

/** electron-updater stands in as the state it reports and the installs it was asked for. */
function standInUpdater(stage: UpdateStage, version: string | null = '0.2.0'): Updater & { installs: number } {
  const updater = { installs: 0, state: () => ({ stage, version }), install: () => void (updater.installs += 1) };
  return updater;
}

describe('when a downloaded update may install', () => {
  it('waits for each open shift, a running sync round and a queued receipt, and says which', () => {
    assert.deepEqual(whyUpdateWaits({ openShifts: 0, uploadRunning: false, pendingPrintJobs: 0 }), []);
    assert.deepEqual(whyUpdateWaits({ openShifts: 2, uploadRunning: false, pendingPrintJobs: 0 }), ['shift-open']);
    assert.deepEqual(whyUpdateWaits({ openShifts: 1, uploadRunning: true, pendingPrintJobs: 3 }), ['shift-open', 'upload-running', 'print-pending']);
  });

  describe('as the ledger has it', () => {
    let folder: ReturnType<typeof tempDataDir>;
    let services: Services;
    let updater: ReturnType<typeof standInUpdater>;
    beforeEach(() => {
      folder = tempDataDir('rokad-update-');
      updater = standInUpdater('ready');
      services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, updates: updater });
    });
    afterEach(() => {
      services.close();
      folder.remove();
    });

    const payOnce = (counter: ReturnType<typeof openCounter>) => {
      const bill = services.bills.find('N3330008565')!;
      return services.recordPayment({ clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: 124_550, tenderedPaise: 124_550 }, counter);
    };

    it('counts the open shift, the receipt not yet printed and the round that has started', () => {
      const now = services.now();
      assert.deepEqual(readUpdateFacts(services.db, now), { openShifts: 0, uploadRunning: false, pendingPrintJobs: 0 });
      const counter = openCounter(services);
      payOnce(counter);
      roundStarted(services.db, now);
      assert.deepEqual(readUpdateFacts(services.db, now), { openShifts: 1, uploadRunning: true, pendingPrintJobs: 1 });
      roundEnded(services.db);
      assert.equal(readUpdateFacts(services.db, now).uploadRunning, false);
    });

    it('installs only when the supervisor asks and nothing would be cut off, and logs who did', async () => {
      const core = createCore(services);
      const counter = openCounter(services);
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      assert.deepEqual(await callCore(core, 'app.update', {}), { stage: 'ready', version: '0.2.0', waitsFor: ['shift-open'] });
      assert.deepEqual(await callCore(core, 'app.installUpdate', {}), { installing: false, waitsFor: ['shift-open'] });
      assert.equal(updater.installs, 0);

      services.shifts.close(counter.user, OPENING_FLOAT, null, null);
      assert.deepEqual(await callCore(core, 'app.installUpdate', {}), { installing: true, waitsFor: [] });
      assert.equal(updater.installs, 1);
      const logged = services.db.prepare("SELECT user_id, detail FROM audit_log WHERE action = 'UPDATE_INSTALL'").all();
      assert.deepEqual(logged, [{ user_id: PEOPLE.supervisor.userId, detail: JSON.stringify({ version: '0.2.0' }) }]);
    });

    it('refuses an agent, and says so when nothing is ready to install', async () => {
      const core = createCore(services);
      openCounter(services);
      const asAgent = await dispatch(core, 'app.installUpdate', {});
      assert.equal(!asAgent.ok && asAgent.error.code, 'NOT_ALLOWED');
      services.close();
      updater = standInUpdater('downloading');
      services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', updates: updater });
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      const early = await dispatch(createCore(services), 'app.installUpdate', {});
      assert.equal(!early.ok && early.error.code, 'NO_UPDATE_READY');
      assert.equal(updater.installs, 0);
    });
  });

  it('reports no update feed where the shell has no updater', async () => {
    const folder = tempDataDir('rokad-update-off-');
    const services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07' });
    try {
      openCounter(services);
      services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
      assert.deepEqual(await callCore(createCore(services), 'app.update', {}), { stage: 'off', version: null, waitsFor: ['shift-open'] });
    } finally {
      services.close();
      folder.remove();
    }
  });
});
