import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RokadError } from '../../../shared/errors';
import { createServices, type Services } from '../createServices';
import type { Collector } from '../../../shared/ipc/access';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

const code = (expected: string) => (error: unknown) => error instanceof RokadError && error.code === expected;

describe('shifts', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let counter: Collector;
  const pay = (consumerNo: string, billNumber: string, amountPaise: number, training = false) =>
    services.recordPayment({ clientTxnId: randomUUID(), consumerNo, billNumber, amountPaise, tenderedPaise: amountPaise }, { ...counter, training });
  const supervisor = () => services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');

  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, now: () => new Date('2026-11-24T06:30:00Z') });
    counter = openCounter(services);
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('opens with the float counted by denomination, once', () => {
    const report = services.shifts.report(counter.shiftId);
    assert.equal(report.openingFloatPaise, 100_000);
    assert.throws(() => services.shifts.open(counter.user, OPENING_FLOAT), code('SHIFT_ALREADY_OPEN'));
  });

  it('expects float + collections − voids ± cash moves, leaving training payments out', () => {
    const voided = pay('N3330008565', 'B2611-000451', 124_550);
    pay('1234567890', 'B2611-000453', 41_000);
    pay('N3330012277', 'B2611-000452', 87_290, true);
    services.voidPayment({ receiptNo: voided.receiptNo, reason: 'Wrong consumer' }, counter.user, supervisor());
    services.shifts.moveCash(counter.user, { moveId: randomUUID(), direction: 'IN', amountPaise: 50_000, reason: 'Float top-up from supervisor' }, null);
    const report = services.shifts.moveCash(counter.user, { moveId: randomUUID(), direction: 'OUT', amountPaise: 20_000, reason: 'Handed to supervisor' }, supervisor());
    assert.deepEqual(
      { payments: report.payments, voids: report.voids, in: report.cashInPaise, out: report.cashOutPaise, expected: report.expectedPaise },
      {
        payments: { count: 2, totalPaise: 165_550 },
        voids: { count: 1, totalPaise: 124_550 },
        in: 50_000,
        out: 20_000,
        expected: 100_000 + 165_550 - 124_550 + 50_000 - 20_000,
      },
    );
  });

  it('records a cash move sent twice with the same id once, and refuses the id with other figures', () => {
    const move = { moveId: randomUUID(), direction: 'OUT', amountPaise: 20_000, reason: 'Handed to supervisor' } as const;
    const first = services.shifts.moveCash(counter.user, move, supervisor());
    const again = services.shifts.moveCash(counter.user, move, supervisor());
    assert.deepEqual(again, first);
    assert.equal(services.db.prepare('SELECT count(*) FROM cash_moves').pluck().get(), 1);
    assert.throws(() => services.shifts.moveCash(counter.user, { ...move, amountPaise: 30_000 }, supervisor()), code('MOVE_ID_REUSED'));
    assert.equal(services.shifts.report(counter.shiftId).cashOutPaise, 20_000);
  });

  it('refuses to take out more cash than the drawer should hold', () => {
    assert.throws(
      () => services.shifts.moveCash(counter.user, { moveId: randomUUID(), direction: 'OUT', amountPaise: 100_001, reason: 'Bank deposit' }, supervisor()),
      code('NOT_IN_DRAWER'),
    );
  });

  it('closes at once when the count matches, and the shift stays closed', () => {
    pay('1234567890', 'B2611-000453', 41_000);
    const report = services.shifts.close(counter.user, { ...OPENING_FLOAT, N200: 2, C1: 10 }, null, null);
    assert.equal(report.differencePaise, 0);
    assert.equal(report.closedAt, '2026-11-24T06:30:00.000Z');
    assert.equal(services.shifts.current(counter.user.userId), null);
    assert.throws(() => services.db.prepare('DELETE FROM shift_closes').run(), /stays closed/);
  });

  it('needs a supervisor and a note to close with a difference', () => {
    const short = { ...OPENING_FLOAT, C5: 18 };
    assert.throws(
      () => services.shifts.close(counter.user, short, null, null),
      (error: unknown) => code('DIFFERENCE_NEEDS_APPROVAL')(error) && /₹10\.00 short/.test((error as Error).message),
    );
    assert.throws(() => services.shifts.close(counter.user, short, null, supervisor()), code('DIFFERENCE_NEEDS_APPROVAL'));
    const report = services.shifts.close(counter.user, short, 'Two ₹5 coins given as change without entry', supervisor());
    assert.equal(report.differencePaise, -1_000);
    assert.equal(report.approvedBy, PEOPLE.supervisor.userId);
  });
});
