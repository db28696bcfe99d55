import type { CashOutSlip, Person, ShiftReport } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import type { AuditLog } from '../audit/auditLog';
import type { Shifts } from './shifts';

/** A drawer handed from one agent to the next: the outgoing shift's Z and who took the cash. */
export interface HandoverSlip {
  closed: ShiftReport;
  incoming: Person;
  openedShiftId: string;
}

interface CashOutRow {
  move_id: string;
  shift_id: string;
  amount_paise: number;
  reason: string;
  at: string;
  user_id: string;
  agent_name: string;
  cabin_code: string;
  detail: string;
}

/**
 * The slips of a shift, read back from what was written when the cash moved: the move's row and
 * its audit entry, which holds the countersignature. Printing one again prints the same slip.
 */
export type SlipKind = 'CASH_OUT' | 'HANDOVER';

export function createShiftSlips(db: Db, deps: { shifts: Pick<Shifts, 'report'>; audit: AuditLog }) {
  const { shifts, audit } = deps;
  const cashOuts = `SELECT m.move_id, m.shift_id, m.amount_paise, m.reason, m.at, m.user_id, u.name AS agent_name, s.cabin_code, a.detail
     FROM cash_moves m JOIN shifts s USING (shift_id) JOIN users u ON u.user_id = m.user_id
     JOIN audit_log a ON a.action = 'CASH_OUT' AND json_extract(a.detail, '$.moveId') = m.move_id
     WHERE m.direction = 'OUT'`;
  const cashOutRow = db.prepare(`${cashOuts} AND m.move_id = ?`);
  const cashOutsOfShift = db.prepare(`${cashOuts} AND m.shift_id = ? ORDER BY m.at, a.seq`);

  // Cash-outs recorded before countersigning began have no supervisor to print: they have no slip.
  function slipOf(row: CashOutRow): CashOutSlip | null {
    const detail = JSON.parse(row.detail) as { countersignedBy?: string; countersignedName?: string; expectedAfterPaise?: number };
    if (!detail.countersignedBy || !detail.countersignedName || detail.expectedAfterPaise === undefined) return null;
    return {
      moveId: row.move_id,
      cabinCode: row.cabin_code,
      shiftId: row.shift_id,
      agent: { userId: row.user_id, name: row.agent_name },
      amountPaise: row.amount_paise,
      reason: row.reason,
      at: row.at,
      supervisor: { userId: detail.countersignedBy, name: detail.countersignedName },
      expectedAfterPaise: detail.expectedAfterPaise,
    };
  }
  const prints = db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'SLIP_PRINTED' AND json_extract(detail, '$.slip') = ? AND json_extract(detail, '$.id') = ?`).pluck();
  const handoverFrom = db.prepare(`SELECT detail FROM audit_log WHERE action = 'HANDOVER' AND json_extract(detail, '$.from') = ?`).pluck();

  return {
    cashOut(moveId: string): CashOutSlip {
      const row = cashOutRow.get(moveId) as CashOutRow | undefined;
      const slip = row ? slipOf(row) : null;
      if (!slip) throw new RokadError('NO_CASH_OUT_SLIP', 'There is no countersigned cash-out with that id to print.');
      return slip;
    },

    /** A shift's countersigned cash-outs, oldest first, each of whose slips can be printed again. */
    cashOutsOf: (shiftId: string): CashOutSlip[] => (cashOutsOfShift.all(shiftId) as CashOutRow[]).flatMap((row) => slipOf(row) ?? []),

    /** The handover that closed this shift, or null when it was closed without one. */
    handoverFrom(shiftId: string): HandoverSlip | null {
      const detail = handoverFrom.get(shiftId) as string | undefined;
      if (!detail) return null;
      const { to, incoming } = JSON.parse(detail) as { to: string; incoming: string };
      const name = db.prepare('SELECT name FROM users WHERE user_id = ?').pluck().get(incoming) as string;
      return { closed: shifts.report(shiftId), incoming: { userId: incoming, name }, openedShiftId: to };
    },

    /** How often a slip reached the printer: any print after the first is marked as a copy. */
    printsOf: (kind: SlipKind, id: string) => prints.get(kind, id) as number,

    markPrinted(kind: SlipKind, id: string, userId: string) {
      audit.append(userId, 'SLIP_PRINTED', { slip: kind, id });
    },
  };
}

export type ShiftSlips = ReturnType<typeof createShiftSlips>;
