import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch } from '../../../shared/ipc/dispatch';
import { shouldBeInDrawer } from '../../../shared/drawer';
import type { ShiftReport } from '../../../shared/domain';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

const SUPERVISOR = { supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin };

describe('cash taken out of the drawer, countersigned by the supervisor', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let shiftId: string;

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: () => new Date('2026-11-24T09:15:00Z') });
    shiftId = openCounter(services).shiftId;
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const move = (input: Record<string, unknown>) =>
    dispatch(createCore(services), 'shift.cashMove', { moveId: randomUUID(), direction: 'OUT', amountPaise: 40_000, reason: 'Handed to the supervisor', ...input }, () => {});
  const movesWritten = () => services.db.prepare('SELECT count(*) FROM cash_moves').pluck().get();
  const refusal = (result: Awaited<ReturnType<typeof move>>) => (result.ok ? null : result.error.code);

  it('records the move with the supervisor’s countersignature and the drawer’s figure after it', async () => {
    const moveId = randomUUID();
    const result = await move({ moveId, countersign: SUPERVISOR });
    assert.ok(result.ok, JSON.stringify(result));
    const report = result.value as ShiftReport;
    assert.equal(report.expectedPaise, shouldBeInDrawer(report));
    assert.equal(report.expectedPaise, 60_000);
    assert.deepEqual(services.shiftSlips.cashOut(moveId), {
      moveId,
      cabinCode: 'BPL-07',
      shiftId,
      agent: { userId: PEOPLE.agent.userId, name: PEOPLE.agent.name },
      amountPaise: 40_000,
      reason: 'Handed to the supervisor',
      at: '2026-11-24T09:15:00.000Z',
      supervisor: { userId: PEOPLE.supervisor.userId, name: PEOPLE.supervisor.name },
      expectedAfterPaise: 60_000,
    });
  });

  it('writes nothing without a countersignature, with a wrong PIN, or with an agent’s PIN', async () => {
    assert.equal(refusal(await move({})), 'COUNTERSIGN_NEEDED');
    assert.equal(refusal(await move({ countersign: { ...SUPERVISOR, pin: '0000' } })), 'APPROVAL_WRONG_PIN');
    assert.equal(refusal(await move({ countersign: { supervisorId: PEOPLE.agent.userId, pin: PEOPLE.agent.pin } })), 'NOT_SUPERVISOR');
    assert.equal(movesWritten(), 0);
    assert.equal(services.shifts.report(shiftId).expectedPaise, 100_000);
  });

  it('refuses a supervisor countersigning the cash they take out of their own drawer', async () => {
    services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    services.shifts.open(services.sessions.current()!.user, { N500: 2 });
    assert.equal(refusal(await move({ countersign: SUPERVISOR })), 'COUNTERSIGN_OWN');
    assert.equal(movesWritten(), 0);
  });

  it('takes cash in without a countersignature', async () => {
    assert.ok((await move({ direction: 'IN', reason: 'Float top-up' })).ok);
    assert.equal(services.shifts.report(shiftId).expectedPaise, 140_000);
  });

  it("lists the shift's countersigned cash-outs for the agent and a supervisor, not for another agent", async () => {
    const first = randomUUID();
    const second = randomUUID();
    for (const moveId of [first, second]) assert.ok((await move({ moveId, amountPaise: 10_000, countersign: SUPERVISOR })).ok);
    assert.ok((await move({ direction: 'IN', reason: 'Float top-up' })).ok);
    const listed = await dispatch(createCore(services), 'shift.cashOuts', {}, () => {});
    assert.deepEqual(listed.ok && (listed.value as Array<{ moveId: string; expectedAfterPaise: number }>).map((slip) => [slip.moveId, slip.expectedAfterPaise]), [
      [first, 90_000],
      [second, 80_000],
    ]);
    services.sessions.signOut();
    services.users.insert({ userId: 'sunil.p', name: 'Sunil Patel', role: 'AGENT', pin: '9753', createdBy: null }, services.now());
    services.sessions.signIn('sunil.p', '9753');
    const stranger = await dispatch(createCore(services), 'shift.cashOuts', { shiftId }, () => {});
    assert.equal(stranger.ok ? null : stranger.error.code, 'NOT_ALLOWED');
    const reprint = await dispatch(createCore(services), 'shift.printCashOutSlip', { moveId: first }, () => {});
    assert.equal(reprint.ok ? null : reprint.error.code, 'NOT_ALLOWED');
  });

  it('has no slip for cash put in, or for a move it does not know', () => {
    const moveId = randomUUID();
    services.shifts.moveCash(services.sessions.current()!.user, { moveId, direction: 'IN', amountPaise: 1_000, reason: 'Float top-up' }, null);
    for (const id of [moveId, randomUUID()]) assert.throws(() => services.shiftSlips.cashOut(id), { code: 'NO_CASH_OUT_SLIP' });
  });
});
