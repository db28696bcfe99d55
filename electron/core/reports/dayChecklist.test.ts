import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createServices, type Services } from '../createServices';
import { followUpPayments } from '../ledger/followUpPayments';
import { markAccepted, markRefused } from '../sync/outbox';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { payBills, saveBills, settableClock } from '../testing/seedPayments';
import { tempDataDir } from '../testing/tempDataDir';

const DAY = '2026-11-24';

describe('the supervisor’s end-of-day checklist', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  const clock = settableClock('2026-11-23T10:00:00Z');
  let paid: ReturnType<typeof payBills> = [];
  const checklist = () => services.dayReport({ from: DAY, to: DAY }).checklist;

  before(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-07', now: clock.now, security: { idleMinutes: 7 * 24 * 60 } });
  });
  after(() => {
    services.close();
    folder.remove();
  });

  it('lists the open shift, the waiting upload, the open refusal and the missing export and backup, not counting yesterday’s backup', async () => {
    await services.backups.take('SUPERVISOR', null);
    clock.set(`${DAY}T04:00:00Z`);
    const counter = openCounter(services);
    paid = payBills(services, counter, saveBills(services, 3), clock, (i) => `${DAY}T0${4 + i}:10:00Z`);
    assert.deepEqual(checklist(), {
      openShifts: [{ shiftId: counter.shiftId, name: PEOPLE.agent.name }],
      waitingUploads: 3,
      openRefusals: 0,
      exportTaken: false,
      backupTaken: false,
      allDone: false,
    });
    const [first, second, third] = paid.map((p) => p.clientTxnId);
    // The upload round writes the payments' outbox rows before it sends them.
    followUpPayments(services.db);
    markAccepted(services.db, first!, { txnRefId: 'TXN-1', approvalRefNumber: 'AP-1', walletDebit: 9_990, commission: 10 }, clock.now());
    markAccepted(services.db, second!, { txnRefId: 'TXN-2', approvalRefNumber: 'AP-2', walletDebit: 9_990, commission: 10 }, clock.now());
    markRefused(services.db, third!, { code: 'CONSUMER_BLOCKED', message: 'Consumer is blocked' }, clock.now());
    assert.deepEqual(
      { ...checklist(), openShifts: checklist().openShifts.length },
      {
        openShifts: 1,
        waitingUploads: 0,
        openRefusals: 1,
        exportTaken: false,
        backupTaken: false,
        allDone: false,
      },
    );
  });

  it('is all done once the refusal is refunded, the shift closed, a backup and an export taken on the day', async () => {
    clock.set(`${DAY}T12:00:00Z`);
    const user = services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');
    services.exceptions.refund({ clientTxnId: paid[2]!.clientTxnId, reason: 'Consumer blocked at the zone office' }, user, supervisor);
    services.shifts.close(user, OPENING_FLOAT, 'Collections handed to the supervisor', supervisor);
    await services.backups.take('SUPERVISOR', PEOPLE.supervisor.userId);
    assert.equal(checklist().exportTaken, false);
    const usb = join(folder.dir, 'usb');
    mkdirSync(usb);
    await services.writeExports({ from: DAY, to: DAY, folder: usb, formats: ['csv'] }, services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin));
    assert.deepEqual(checklist(), { openShifts: [], waitingUploads: 0, openRefusals: 0, exportTaken: true, backupTaken: true, allDone: true });
  });
});
