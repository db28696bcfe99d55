import type { DayLine } from '../../../shared/reports';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { INDIA_DATE_SQL, movementsOf, type KindSums } from '../reports/dayReport';
import { verifyChain } from './verifyChain';

export interface LedgerFault {
  /** Where: the row (seq), the receipt or the series. */
  where: string;
  problem: string;
}

export interface ReceiptSeries {
  series: string;
  first: number;
  last: number;
  count: number;
}

export interface LedgerAudit {
  rows: number;
  headHash: string | null;
  series: ReceiptSeries[];
  /** Real rows only; training numbers on a series of its own and never counts in totals. */
  days: DayLine[];
  faults: LedgerFault[];
}

const RECEIPT_NO = /^(.+)-(\d+)$/;

interface ReceiptRow {
  seq: number;
  receipt_no: string;
}

/**
 * Each series (receipts `BPL-07`, training `TRN-BPL-07`, refund slips `RFD-BPL-07`) must run
 * 1, 2, 3 … without a gap, in the order the chain recorded them, up to where its counter stands.
 */
function checkReceipts(rows: ReceiptRow[], counters: Map<string, number>): { series: ReceiptSeries[]; faults: LedgerFault[] } {
  const faults: LedgerFault[] = [];
  const bySeries = new Map<string, Array<{ seq: number; number: number; receiptNo: string }>>();
  for (const row of rows) {
    const match = RECEIPT_NO.exec(row.receipt_no);
    if (!match) {
      faults.push({ where: `row ${row.seq}`, problem: `receipt number ${row.receipt_no} is not of the form SERIES-000001` });
      continue;
    }
    const list = bySeries.get(match[1]!) ?? [];
    list.push({ seq: row.seq, number: Number(match[2]), receiptNo: row.receipt_no });
    bySeries.set(match[1]!, list);
  }
  const series: ReceiptSeries[] = [];
  for (const [name, list] of bySeries) {
    list.forEach((receipt, i) => {
      const previous = list[i - 1];
      if (previous && receipt.number < previous.number) {
        faults.push({
          where: `row ${receipt.seq} (receipt ${receipt.receiptNo})`,
          problem: `recorded after receipt ${previous.receiptNo} (row ${previous.seq}): rows are out of order`,
        });
      }
    });
    const numbers = new Set(list.map((r) => r.number));
    const last = list.reduce((most, r) => Math.max(most, r.number), 0);
    const missing = Array.from({ length: last }, (_, i) => i + 1).filter((n) => !numbers.has(n));
    if (missing.length > 0) {
      const shown = missing.length > 20 ? `${missing.slice(0, 20).join(', ')} and ${missing.length - 20} more` : missing.join(', ');
      faults.push({ where: `series ${name}`, problem: `receipt number${missing.length === 1 ? '' : 's'} ${shown} missing` });
    }
    const counter = counters.get(name);
    if (counter !== undefined && counter > last) {
      faults.push({ where: `series ${name}`, problem: `the receipt counter stands at ${counter} but the last receipt in the ledger is ${last}: the latest rows are missing` });
    }
    series.push({ series: name, first: list.reduce((least, r) => Math.min(least, r.number), last), last, count: list.length });
  }
  for (const [name, counter] of counters) {
    if (!bySeries.has(name) && counter > 0) faults.push({ where: `series ${name}`, problem: `the receipt counter stands at ${counter} but the ledger holds none of its receipts` });
  }
  return { series: series.sort((a, b) => a.series.localeCompare(b.series)), faults };
}

/**
 * Everything an auditor checks in a ledger file: the hash chain, receipt and refund-slip numbers
 * without gaps or reordering in each series, voids and refunds that each name a payment of their
 * own, and the totals of each India day.
 * Reads only; the file may be a copy taken off a cabin PC.
 */
export function auditLedger(db: Db): LedgerAudit {
  const faults: LedgerFault[] = [];
  const chain = verifyChain(db);
  if (!chain.ok) {
    const receipt = db.prepare('SELECT receipt_no FROM ledger WHERE seq = ?').pluck().get(chain.seq) as string | null | undefined;
    faults.push({ where: `row ${chain.seq}${receipt ? ` (receipt ${receipt})` : ''}`, problem: `hash chain broken: ${chain.problem}` });
  }

  const receipts = db.prepare("SELECT seq, receipt_no FROM ledger WHERE kind IN ('PAYMENT', 'REFUND') ORDER BY seq").all() as ReceiptRow[];
  const counters = new Map(
    (db.prepare('SELECT cabin_code, last_number FROM receipt_counters').all() as Array<{ cabin_code: string; last_number: number }>).map((c) => [c.cabin_code, c.last_number]),
  );
  const checked = checkReceipts(receipts, counters);
  faults.push(...checked.faults);

  const orphans = db
    .prepare(
      `SELECT r.seq, r.kind, r.receipt_no FROM ledger r
       WHERE r.kind IN ('VOID', 'REFUND') AND NOT EXISTS (SELECT 1 FROM ledger p WHERE p.kind = 'PAYMENT' AND p.entry_id = r.voids_entry_id) ORDER BY r.seq`,
    )
    .all() as Array<{ seq: number; kind: 'VOID' | 'REFUND'; receipt_no: string | null }>;
  for (const row of orphans) {
    faults.push(
      row.kind === 'VOID'
        ? { where: `row ${row.seq}`, problem: 'a void names a payment that is not in the ledger' }
        : { where: `row ${row.seq} (slip ${row.receipt_no})`, problem: 'a refund names a payment that is not in the ledger' },
    );
  }
  const sums = db
    .prepare(
      `SELECT ${INDIA_DATE_SQL('recorded_at')} AS date, kind, count(*) AS n, sum(amount_paise) AS total
       FROM ledger WHERE training = 0 GROUP BY date, kind ORDER BY date`,
    )
    .all() as Array<KindSums & { date: string }>;
  const byDate = new Map<string, KindSums[]>();
  for (const sum of sums) byDate.set(sum.date, [...(byDate.get(sum.date) ?? []), sum]);
  const days: DayLine[] = [...byDate].map(([date, kinds]) => ({ date, ...movementsOf(kinds) }));

  const rows = db.prepare('SELECT count(*) FROM ledger').pluck().get() as number;
  const head = db.prepare('SELECT hash FROM ledger ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined;
  return { rows, headHash: head ?? null, series: checked.series, days, faults };
}
