import type { ShiftReport } from '../../../shared/domain';
import type { DayRange, DayReport, Movements, Totals, UploadCounts } from '../../../shared/reports';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { indiaDayRange } from '../../../shared/time';
import { GENESIS_HASH } from '../ledger/hashChain';
import { complaintsSummary } from '../complaints/complaintViews';
import { dayChecklist } from './dayChecklist';
import { reversalsReport } from './reversalsReport';

/** The UTC instants from the start of the first India day to the end of the last. */
export function rangeInstants(range: DayRange): { from: string; to: string } {
  return { from: indiaDayRange(range.from).from, to: indiaDayRange(range.to).to };
}

/** SQLite expressions for the India calendar date and hour of a stored UTC instant. */
export const INDIA_DATE_SQL = (column: string) => `date(${column}, '+330 minutes')`;
const INDIA_HOUR_SQL = (column: string) => `CAST(strftime('%H', ${column}, '+330 minutes') AS INTEGER)`;

const IN_RANGE = 'l.training = 0 AND l.recorded_at >= @from AND l.recorded_at < @to';

const none = (): Totals => ({ count: 0, totalPaise: 0 });

export interface KindSums {
  kind: 'PAYMENT' | 'VOID' | 'REFUND';
  n: number;
  total: number;
}

/** Ledger sums by kind as payments, voids, refunds and the net they leave. */
export function movementsOf(rows: readonly KindSums[]): Movements {
  const of = (kind: KindSums['kind']) => {
    const row = rows.find((r) => r.kind === kind);
    return row ? { count: row.n, totalPaise: row.total } : none();
  };
  const payments = of('PAYMENT');
  const voids = of('VOID');
  const refunds = of('REFUND');
  return { payments, voids, refunds, netPaise: payments.totalPaise - voids.totalPaise - refunds.totalPaise };
}

/** The head of the hash chain now: what an export records so a copy can be checked against the ledger later. */
export function ledgerHead(db: Db): { seq: number; hash: string } {
  const head = db.prepare('SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

function groupByKey<K extends string | number>(rows: Array<KindSums & { key: K }>): Map<K, KindSums[]> {
  const groups = new Map<K, KindSums[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return groups;
}

function uploadCounts(db: Db, at: { from: string; to: string }): UploadCounts {
  // A voided or refunded payment is settled in cash whatever the gateway said last: a void before
  // upload is never sent (see outbox.ts), and a refund resolves a refusal.
  const rows = db
    .prepare(
      `SELECT CASE
                WHEN o.state = 'SUCCESS' THEN 'accepted'
                WHEN EXISTS (SELECT 1 FROM ledger r WHERE r.kind = 'REFUND' AND r.voids_entry_id = l.entry_id) THEN 'refunded'
                WHEN EXISTS (SELECT 1 FROM ledger v WHERE v.kind = 'VOID' AND v.voids_entry_id = l.entry_id) THEN 'cancelled'
                WHEN o.state = 'FAILED' THEN 'refused'
                ELSE 'waiting'
              END AS bucket, count(*) AS n, sum(l.amount_paise) AS total
       FROM ledger l LEFT JOIN outbox o USING (entry_id)
       WHERE l.kind = 'PAYMENT' AND ${IN_RANGE} GROUP BY bucket`,
    )
    .all(at) as Array<{ bucket: keyof UploadCounts; n: number; total: number }>;
  const counts: UploadCounts = { accepted: none(), waiting: none(), refused: none(), refunded: none(), cancelled: none() };
  for (const row of rows) counts[row.bucket] = { count: row.n, totalPaise: row.total };
  return counts;
}

/**
 * The supervisor's view of a run of India days, read from the ledger and its side tables.
 * Training rows are left out of every figure. Shifts are those opened in the range or holding
 * a row of it, each with its whole drawer (expected against counted at its close).
 */
export function dayReport(db: Db, deps: { cabinCode: string; shiftReport: (shiftId: string) => ShiftReport }, range: DayRange): DayReport {
  const at = rangeInstants(range);
  return db.transaction((): DayReport => {
    const totals = movementsOf(db.prepare(`SELECT kind, count(*) AS n, sum(amount_paise) AS total FROM ledger l WHERE ${IN_RANGE} GROUP BY kind`).all(at) as KindSums[]);

    const days = groupByKey(
      db
        .prepare(
          `SELECT ${INDIA_DATE_SQL('l.recorded_at')} AS key, kind, count(*) AS n, sum(amount_paise) AS total FROM ledger l WHERE ${IN_RANGE} GROUP BY key, kind ORDER BY key`,
        )
        .all(at) as Array<KindSums & { key: string }>,
    );

    // A void counts against the shift that took the payment and a refund against the drawer that paid
    // it out, both under that shift's agent, never the supervisor who approved it.
    const agentRows = db
      .prepare(
        `SELECT s.user_id AS key, kind, count(*) AS n, sum(amount_paise) AS total FROM ledger l JOIN shifts s USING (shift_id)
         WHERE ${IN_RANGE} GROUP BY key, kind`,
      )
      .all(at) as Array<KindSums & { key: string }>;
    const nameOf = db.prepare('SELECT name FROM users WHERE user_id = ?').pluck();
    const byAgent = [...groupByKey(agentRows)]
      .map(([userId, rows]) => ({ userId, name: nameOf.get(userId) as string, ...movementsOf(rows) }))
      .sort((a, b) => b.netPaise - a.netPaise);

    const hours = groupByKey(
      db
        .prepare(
          `SELECT ${INDIA_HOUR_SQL('l.recorded_at')} AS key, kind, count(*) AS n, sum(amount_paise) AS total FROM ledger l WHERE ${IN_RANGE} AND kind = 'PAYMENT' GROUP BY key, kind`,
        )
        .all(at) as Array<KindSums & { key: number }>,
    );

    const shiftIds = db
      .prepare(
        `SELECT shift_id FROM shifts WHERE opened_at >= @from AND opened_at < @to
         UNION SELECT shift_id FROM ledger l WHERE ${IN_RANGE}`,
      )
      .pluck()
      .all(at) as string[];
    const byShift = shiftIds
      .map((shiftId) => deps.shiftReport(shiftId))
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt))
      .map((shift) => ({
        shiftId: shift.shiftId,
        userId: shift.userId,
        name: shift.userName,
        openedAt: shift.openedAt,
        closedAt: shift.closedAt,
        openingFloatPaise: shift.openingFloatPaise,
        payments: shift.payments,
        voids: shift.voids,
        refunds: shift.refunds,
        cashInPaise: shift.cashInPaise,
        cashOutPaise: shift.cashOutPaise,
        roundingPaise: shift.roundingPaise,
        expectedPaise: shift.expectedPaise,
        countedPaise: shift.countedPaise,
        differencePaise: shift.differencePaise,
      }));

    const voidList = db
      .prepare(
        `SELECT p.receipt_no AS receiptNo, l.consumer_no AS consumerNo, l.amount_paise AS amountPaise, l.reason, l.user_id AS voidedBy,
                l.approved_by AS approvedBy, l.recorded_at AS voidedAt
         FROM ledger l JOIN ledger p ON p.entry_id = l.voids_entry_id WHERE l.kind = 'VOID' AND ${IN_RANGE} ORDER BY l.seq`,
      )
      .all(at) as DayReport['voidList'];

    const refundList = db
      .prepare(
        `SELECT l.receipt_no AS slipNo, p.receipt_no AS receiptNo, l.consumer_no AS consumerNo, l.amount_paise AS amountPaise, l.reason,
                l.user_id AS refundedBy, l.approved_by AS approvedBy, l.recorded_at AS refundedAt
         FROM ledger l JOIN ledger p ON p.entry_id = l.voids_entry_id WHERE l.kind = 'REFUND' AND ${IN_RANGE} ORDER BY l.seq`,
      )
      .all(at) as DayReport['refundList'];

    // CROSS JOIN keeps the day's ledger rows as the outer loop: SQLite otherwise walks every accepted upload ever.
    const wallet = db
      .prepare(
        `SELECT coalesce(sum(o.wallet_debit_paise), 0) AS debited, coalesce(sum(o.commission_paise), 0) AS commission
         FROM ledger l CROSS JOIN outbox o USING (entry_id) WHERE l.kind = 'PAYMENT' AND o.state = 'SUCCESS' AND ${IN_RANGE}`,
      )
      .get(at) as { debited: number; commission: number };
    const mirror = db.prepare('SELECT balance_paise, as_of FROM wallet_mirror WHERE id = 1').get() as { balance_paise: number; as_of: string } | undefined;

    const uploads = uploadCounts(db, at);
    return {
      from: range.from,
      to: range.to,
      cabinCode: deps.cabinCode,
      ...totals,
      byDay: [...days].map(([date, rows]) => ({ date, ...movementsOf(rows) })),
      byAgent,
      byShift,
      byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, payments: movementsOf(hours.get(hour) ?? []).payments })),
      voidList,
      refundList,
      uploads,
      wallet: {
        debitedPaise: wallet.debited,
        commissionPaise: wallet.commission,
        balancePaise: mirror?.balance_paise ?? null,
        balanceAsOf: mirror?.as_of ?? null,
      },
      reversals: reversalsReport(db, at),
      complaints: complaintsSummary(db, at),
      ledgerHead: ledgerHead(db),
      checklist: dayChecklist(db, { byShift, uploads }, range.to),
    };
  })();
}
