import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { dispatch } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { payBills, saveBills, settableClock } from '../testing/seedPayments';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

const INCOMING = { userId: 'sunita.p', name: 'सुनीता पटेल / Sunita Patel', pin: '8642', role: 'AGENT' } as const;
// The ₹1,000 float and one ₹100.00 payment: what the outgoing agent counts into the incoming agent's hands.
const HANDED_OVER = { ...OPENING_FLOAT, N100: OPENING_FLOAT.N100! + 1 };

describe('handing the drawer to the next agent without emptying it', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  const clock = settableClock('2026-11-24T06:30:00Z');

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', now: clock.now, security: { idleMinutes: 7 * 24 * 60 } });
    const counter = openCounter(services);
    services.users.insert({ ...INCOMING, createdBy: null }, services.now());
    payBills(services, counter, saveBills(services, 1), clock, () => '2026-11-24T06:40:00Z');
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const handOver = (input: Record<string, unknown>) =>
    dispatch(
      createCore(services),
      'shift.handover',
      { count: HANDED_OVER, outgoingPin: PEOPLE.agent.pin, incomingUserId: INCOMING.userId, incomingPin: INCOMING.pin, ...input },
      () => {},
    );
  const shiftRows = () =>
    services.db.prepare('SELECT s.user_id, s.opening_float_paise, c.counted_paise FROM shifts s LEFT JOIN shift_closes c USING (shift_id) ORDER BY opened_at').all();

  it('closes the outgoing shift on the count and opens the incoming agent’s on the same cash, with the session theirs', async () => {
    const result = await handOver({});
    assert.ok(result.ok, JSON.stringify(result));
    const { closed, status } = result.value as {
      closed: { countedPaise: number; differencePaise: number };
      status: { user: { userId: string }; shift: { openingFloatPaise: number } };
    };
    assert.equal(closed.countedPaise, 110_000);
    assert.equal(closed.differencePaise, 0);
    assert.equal(status.user.userId, INCOMING.userId);
    assert.equal(status.shift.openingFloatPaise, 110_000);
    assert.deepEqual(shiftRows(), [
      { user_id: PEOPLE.agent.userId, opening_float_paise: 100_000, counted_paise: 110_000 },
      { user_id: INCOMING.userId, opening_float_paise: 110_000, counted_paise: null },
    ]);
    // The closed shift is backed up, as a close without a handover is, once the handover has committed.
    await services.backups.idle();
    const actions = services.audit.list({ limit: 6 }).map((entry) => entry.action);
    assert.deepEqual(actions, ['BACKUP', 'SIGN_IN', 'SIGN_OUT', 'HANDOVER', 'SHIFT_OPEN', 'SHIFT_CLOSE']);
    assert.equal(services.audit.list({ action: 'BACKUP' })[0]!.detail.reason, 'SHIFT_CLOSE');
  });

  for (const [who, input] of [
    ['incoming', { incomingPin: '0000' }],
    ['outgoing', { outgoingPin: '0000' }],
  ] as const) {
    it(`changes nothing when the ${who} agent’s PIN is wrong`, async () => {
      const before = shiftRows();
      const result = await handOver(input);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.error.code, 'WRONG_PIN');
      assert.deepEqual(shiftRows(), before);
      assert.equal(services.sessions.current()?.user.userId, PEOPLE.agent.userId);
    });
  }

  it('refuses a count that differs from the drawer without a supervisor’s approval, and a handover to oneself', async () => {
    const short = await handOver({ count: OPENING_FLOAT });
    assert.equal(!short.ok && short.error.code, 'DIFFERENCE_NEEDS_APPROVAL');
    const self = await handOver({ incomingUserId: PEOPLE.agent.userId, incomingPin: PEOPLE.agent.pin });
    assert.equal(!self.ok && self.error.code, 'HANDOVER_SAME_PERSON');
    assert.equal(shiftRows().length, 1);
  });
});
