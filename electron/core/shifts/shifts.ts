import { randomUUID } from 'node:crypto';
import type { ShiftReport, ShiftSummary, SignedInUser } from '../../../shared/domain';
import { totalOfCount, type CashCount } from '../../../shared/denominations';
import { shouldBeInDrawer } from '../../../shared/drawer';
import { RokadError } from '../../../shared/errors';
import { formatPaise } from '../../../shared/money';
import type { CloseOutcome } from '../../../shared/ipc/contract';
import type { AuditLog } from '../audit/auditLog';
import type { Db } from '../../../shared/node/sqlite/openDatabase';

interface ShiftRow {
  shift_id: string;
  user_id: string;
  cabin_code: string;
  opened_at: string;
  opening_float_paise: number;
  opening_count: string;
}

/** Cash put into or taken out of the drawer, with the id the window made for it. */
export interface CashMove {
  moveId: string;
  direction: 'IN' | 'OUT';
  amountPaise: number;
  reason: string;
}

interface CashMoveRow {
  move_id: string;
  shift_id: string;
  direction: 'IN' | 'OUT';
  amount_paise: number;
  reason: string;
  user_id: string;
}

interface CloseRow {
  closed_at: string;
  counted_paise: number;
  counted: string;
  expected_paise: number;
  difference_paise: number;
  note: string | null;
  approved_by: string | null;
}

export interface Shifts {
  current(userId: string): ShiftSummary | null;
  open(user: SignedInUser, count: CashCount): ShiftSummary;
  /**
   * Idempotent by the move's id: the same move sent again records nothing more. Cash taken out
   * needs a supervisor's countersignature, other than the agent's own.
   */
  moveCash(user: SignedInUser, move: CashMove, countersign: SignedInUser | null): ShiftReport;
  preview(user: SignedInUser, count: CashCount): CloseOutcome;
  close(user: SignedInUser, count: CashCount, note: string | null, approver: SignedInUser | null): ShiftReport;
  report(shiftId: string): ShiftReport;
  /** Closes the outgoing shift on the count and opens the incoming person's on the same cash, in one transaction. */
  handOver(outgoing: SignedInUser, incoming: SignedInUser, count: CashCount, note: string | null, approver: SignedInUser | null): { closed: ShiftReport; opened: ShiftSummary };
}

const toSummary = (row: ShiftRow): ShiftSummary => ({
  shiftId: row.shift_id,
  userId: row.user_id,
  openedAt: row.opened_at,
  openingFloatPaise: row.opening_float_paise,
});

/**
 * A cashier's shift, as in Odoo's POS: an opening float counted by denomination, cash moved in
 * and out with a reason, and a closing count against what the ledger says the drawer holds.
 * Every step is a new row; a closed shift stays closed.
 */
export function createShifts(db: Db, deps: { cabinCode: string; now: () => Date; audit: AuditLog }): Shifts {
  const { cabinCode, now, audit } = deps;

  const openShiftOf = (userId: string) =>
    db
      .prepare(
        `SELECT s.* FROM shifts s LEFT JOIN shift_closes c ON c.shift_id = s.shift_id
         WHERE s.user_id = ? AND c.shift_id IS NULL ORDER BY s.opened_at DESC LIMIT 1`,
      )
      .get(userId) as ShiftRow | undefined;

  function requireOpen(userId: string): ShiftRow {
    const shift = openShiftOf(userId);
    if (!shift) throw new RokadError('NO_SHIFT', 'Open a shift first: count the opening float into the drawer.');
    return shift;
  }

  function report(shiftId: string): ShiftReport {
    const shift = db.prepare('SELECT * FROM shifts WHERE shift_id = ?').get(shiftId) as ShiftRow | undefined;
    if (!shift) throw new RokadError('NO_SUCH_SHIFT', 'There is no such shift.');
    const sums = db
      .prepare(
        `SELECT kind, count(*) AS n, coalesce(sum(amount_paise), 0) AS total FROM ledger
         WHERE shift_id = ? AND training = 0 GROUP BY kind`,
      )
      .all(shiftId) as Array<{ kind: string; n: number; total: number }>;
    const of = (kind: string) => sums.find((s) => s.kind === kind) ?? { n: 0, total: 0 };
    const moves = db.prepare('SELECT direction, coalesce(sum(amount_paise), 0) AS total FROM cash_moves WHERE shift_id = ? GROUP BY direction').all(shiftId) as Array<{
      direction: string;
      total: number;
    }>;
    const moved = (direction: string) => moves.find((m) => m.direction === direction)?.total ?? 0;
    const close = db.prepare('SELECT * FROM shift_closes WHERE shift_id = ?').get(shiftId) as CloseRow | undefined;
    const userName = db.prepare('SELECT name FROM users WHERE user_id = ?').pluck().get(shift.user_id) as string;
    const payments = of('PAYMENT');
    const voids = of('VOID');
    // A refund pays a refused payment back from this drawer, whichever shift took the payment.
    const refunds = of('REFUND');
    const figures = {
      openingFloatPaise: shift.opening_float_paise,
      payments: { count: payments.n, totalPaise: payments.total },
      voids: { count: voids.n, totalPaise: voids.total },
      refunds: { count: refunds.n, totalPaise: refunds.total },
      cashInPaise: moved('IN'),
      cashOutPaise: moved('OUT'),
      roundingPaise: db
        .prepare(`SELECT coalesce(sum(CASE kind WHEN 'PAYMENT' THEN change_rounding_paise ELSE -change_rounding_paise END), 0) FROM ledger WHERE shift_id = ? AND training = 0`)
        .pluck()
        .get(shiftId) as number,
    };
    return {
      shiftId,
      userId: shift.user_id,
      userName,
      cabinCode: shift.cabin_code,
      openedAt: shift.opened_at,
      closedAt: close?.closed_at ?? null,
      ...figures,
      expectedPaise: close?.expected_paise ?? shouldBeInDrawer(figures),
      countedPaise: close?.counted_paise ?? null,
      differencePaise: close?.difference_paise ?? null,
      note: close?.note ?? null,
      approvedBy: close?.approved_by ?? null,
      counted: close ? JSON.parse(close.counted) : null,
    };
  }

  const shifts: Shifts = {
    current: (userId) => {
      const row = openShiftOf(userId);
      return row ? toSummary(row) : null;
    },

    open: db.transaction((user: SignedInUser, count: CashCount) => {
      if (openShiftOf(user.userId)) throw new RokadError('SHIFT_ALREADY_OPEN', 'Your shift is already open.');
      const row: ShiftRow = {
        shift_id: randomUUID(),
        user_id: user.userId,
        cabin_code: cabinCode,
        opened_at: now().toISOString(),
        opening_float_paise: totalOfCount(count),
        opening_count: JSON.stringify(count),
      };
      db.prepare('INSERT INTO shifts VALUES (@shift_id, @user_id, @cabin_code, @opened_at, @opening_float_paise, @opening_count)').run(row);
      audit.append(user.userId, 'SHIFT_OPEN', { shiftId: row.shift_id, floatPaise: row.opening_float_paise, count });
      return toSummary(row);
    }),

    moveCash: db.transaction((user: SignedInUser, move: CashMove, countersign: SignedInUser | null) => {
      const { moveId, direction, amountPaise, reason } = move;
      if (direction === 'OUT' && !countersign) {
        throw new RokadError('COUNTERSIGN_NEEDED', 'Cash taken out of the drawer is countersigned by a supervisor: they enter their id and PIN.');
      }
      if (direction === 'OUT' && countersign?.userId === user.userId) {
        throw new RokadError('COUNTERSIGN_OWN', 'Another supervisor countersigns: nobody countersigns the cash they take out themselves.');
      }
      // The window sends the same id again when an answer was lost or Enter was pressed twice: one move, however often it arrives.
      const earlier = db.prepare('SELECT * FROM cash_moves WHERE move_id = ?').get(moveId) as CashMoveRow | undefined;
      if (earlier) {
        const same = earlier.user_id === user.userId && earlier.direction === direction && earlier.amount_paise === amountPaise && earlier.reason === reason;
        if (!same) throw new RokadError('MOVE_ID_REUSED', 'This cash move was already recorded with other figures; nothing was changed. Start the cash move again.');
        return report(earlier.shift_id);
      }
      const shift = requireOpen(user.userId);
      const before = report(shift.shift_id);
      if (direction === 'OUT' && amountPaise > before.expectedPaise) {
        throw new RokadError('NOT_IN_DRAWER', `Only ${formatPaise(before.expectedPaise)} should be in the drawer; ${formatPaise(amountPaise)} cannot be taken out.`, {
          expectedPaise: before.expectedPaise,
          amountPaise,
        });
      }
      db.prepare('INSERT INTO cash_moves (move_id, shift_id, direction, amount_paise, reason, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        moveId,
        shift.shift_id,
        direction,
        amountPaise,
        reason,
        user.userId,
        now().toISOString(),
      );
      const after = report(shift.shift_id);
      if (direction === 'IN') audit.append(user.userId, 'CASH_IN', { shiftId: shift.shift_id, moveId, amountPaise, reason });
      // The countersignature and the drawer's figure after the move are kept with the move, so the slip prints the same every time.
      else
        audit.append(user.userId, 'CASH_OUT', {
          shiftId: shift.shift_id,
          moveId,
          amountPaise,
          reason,
          countersignedBy: countersign?.userId,
          countersignedName: countersign?.name,
          expectedAfterPaise: after.expectedPaise,
        });
      return after;
    }),

    preview(user, count) {
      const expected = report(requireOpen(user.userId).shift_id).expectedPaise;
      const counted = totalOfCount(count);
      return { expectedPaise: expected, countedPaise: counted, differencePaise: counted - expected };
    },

    close: db.transaction((user: SignedInUser, count: CashCount, note: string | null, approver: SignedInUser | null) => {
      const shift = requireOpen(user.userId);
      const expected = report(shift.shift_id).expectedPaise;
      const counted = totalOfCount(count);
      const difference = counted - expected;
      if (difference !== 0 && (!approver || !note)) {
        const what = difference < 0 ? `${formatPaise(-difference)} short` : `${formatPaise(difference)} over`;
        throw new RokadError(
          'DIFFERENCE_NEEDS_APPROVAL',
          `The drawer is ${what} (counted ${formatPaise(counted)}, expected ${formatPaise(expected)}). A supervisor must confirm it with a note.`,
          { variant: difference < 0 ? 'SHORT' : 'OVER', differencePaise: Math.abs(difference), countedPaise: counted, expectedPaise: expected },
        );
      }
      db.prepare('INSERT INTO shift_closes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        shift.shift_id,
        now().toISOString(),
        user.userId,
        counted,
        JSON.stringify(count),
        expected,
        difference,
        note,
        approver?.userId ?? null,
      );
      audit.append(user.userId, 'SHIFT_CLOSE', { shiftId: shift.shift_id, expected, counted, difference, approvedBy: approver?.userId ?? null, note });
      return report(shift.shift_id);
    }),

    report,

    handOver: db.transaction((outgoing: SignedInUser, incoming: SignedInUser, count: CashCount, note: string | null, approver: SignedInUser | null) => {
      if (incoming.userId === outgoing.userId) throw new RokadError('HANDOVER_SAME_PERSON', 'Hand the drawer to another person: the incoming id is yours.');
      if (openShiftOf(incoming.userId)) {
        throw new RokadError('HANDOVER_INCOMING_HAS_SHIFT', `${incoming.name} has a shift open already; they close it before taking this drawer.`, { name: incoming.name });
      }
      const closed = shifts.close(outgoing, count, note, approver);
      const opened = shifts.open(incoming, count);
      audit.append(outgoing.userId, 'HANDOVER', {
        from: closed.shiftId,
        to: opened.shiftId,
        incoming: incoming.userId,
        countedPaise: closed.countedPaise,
        approvedBy: approver?.userId ?? null,
      });
      return { closed, opened };
    }),
  };
  return shifts;
}
