import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch, type Core } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

const SECOND_AGENT = { userId: 'sunil.p', name: 'सुनील पटेल / Sunil Patel', pin: '8642', role: 'AGENT' } as const;

describe('receipts beyond one’s own shift', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let core: Core;
  let receiptNo: string;
  const codeOf = (result: Awaited<ReturnType<typeof dispatch>>) => (result.ok ? 'ok' : result.error.code);
  const reachAll = async () => [
    codeOf(await dispatch(core, 'payments.reprint', { receiptNo })),
    codeOf(await dispatch(core, 'receipts.preview', { receiptNo })),
    codeOf(await dispatch(core, 'receipts.print', { receiptNo })),
  ];
  const reprintsLogged = () => services.audit.list({ action: 'REPRINT' }).length;

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => new Date('2026-11-24T06:30:00Z') });
    core = createCore(services);
    const counter = openCounter(services);
    receiptNo = services.recordPayment(
      { clientTxnId: randomUUID(), consumerNo: 'N3330008565', billNumber: 'B2611-000451', amountPaise: 124_550, tenderedPaise: 124_550 },
      counter,
    ).receiptNo;
    services.users.insert({ ...SECOND_AGENT, createdBy: PEOPLE.supervisor.userId }, services.now());
    services.sessions.signOut();
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('refuses another agent’s receipt to an agent, in words, and logs the attempt', async () => {
    services.shifts.open(services.sessions.signIn(SECOND_AGENT.userId, SECOND_AGENT.pin), OPENING_FLOAT);
    assert.deepEqual(await reachAll(), ['NOT_YOUR_RECEIPT', 'NOT_YOUR_RECEIPT', 'NOT_YOUR_RECEIPT']);
    assert.equal(reprintsLogged(), 0);
    const refused = services.audit.list({ action: 'ACCESS_REFUSED' });
    assert.deepEqual(
      refused.map((entry) => [entry.userId, entry.detail.channel, entry.detail.receiptNo]).reverse(),
      ['payments.reprint', 'receipts.preview', 'receipts.print'].map((channel) => [SECOND_AGENT.userId, channel, receiptNo]),
    );
  });

  it('refuses an agent their own receipt from a shift they have closed', async () => {
    const agent = services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'close');
    services.shifts.close(agent, OPENING_FLOAT, 'Counted with the supervisor', supervisor);
    services.shifts.open(agent, OPENING_FLOAT);
    assert.deepEqual(await reachAll(), ['NOT_YOUR_RECEIPT', 'NOT_YOUR_RECEIPT', 'NOT_YOUR_RECEIPT']);
  });

  it('lets the agent reach the receipts of their own open shift without a note in the log', async () => {
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    const [reprint, preview] = await reachAll();
    assert.deepEqual([reprint, preview], ['ok', 'ok']);
    assert.equal(services.audit.list({ action: 'RECEIPT_OUTSIDE_SHIFT' }).length, 0);
  });

  it('lets a supervisor reprint and show any receipt, each reach beyond their own shift logged', async () => {
    services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    const [reprint, preview] = await reachAll();
    assert.deepEqual([reprint, preview], ['ok', 'ok']);
    assert.equal(reprintsLogged(), 1);
    assert.deepEqual(
      services.audit
        .list({ action: 'RECEIPT_OUTSIDE_SHIFT' })
        .map((entry) => entry.detail.channel)
        .reverse(),
      ['payments.reprint', 'receipts.preview', 'receipts.print'],
    );
  });
});
