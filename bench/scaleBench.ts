import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createServices, type Services } from '../electron/core/createServices';
import { exportRows } from '../electron/core/exports/exportRows';
import { csvOf } from '../electron/core/exports/writeCsv';
import { startCore } from '../electron/core/startCore';
import { openCounter, PEOPLE } from '../electron/core/testing/seedCounter';
import { appendPayments, saveBills } from '../electron/core/testing/seedPayments';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { indiaDate } from '../shared/time';
import { timeEach, timeOnce, type LatencySummary } from './measure';

/** Ledger sizes: a month, a busy cabin's year, and (BENCH_SCALE_ROWS=1000,100000,1000000) ten years. */
const SIZES = (process.env.BENCH_SCALE_ROWS ?? '1000,100000').split(',').map(Number);
const PER_DAY = 300;
const MEASURED = 200;

function seedHistory(services: Services, rows: number): void {
  // A supervisor's old shift holds the history, so the agent's shift below holds only the measured payments.
  services.db
    .prepare('INSERT INTO shifts (shift_id, user_id, cabin_code, opened_at, opening_float_paise, opening_count) VALUES (?, ?, ?, ?, 0, ?)')
    .run('history', PEOPLE.supervisor.userId, services.cabinCode, '2016-01-01T00:00:00.000Z', '{}');
  const supervisor = services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
  const bills = saveBills(services, rows);
  const end = Date.now() - 86_400_000;
  appendPayments(services, { user: supervisor, shiftId: 'history', training: false }, bills, (i) =>
    new Date(end - Math.floor((rows - i) / PER_DAY) * 86_400_000 - (i % PER_DAY) * 1_000).toISOString(),
  );
  services.db.exec("UPDATE outbox SET state = 'SUCCESS'");
}

interface Figures {
  startMs: number;
  record: LatencySummary;
  dayReportMs: number;
  shiftReportMs: number;
  dayExportMs: number;
}

async function atSize(dir: string, rows: number): Promise<Figures> {
  const seeding = createServices({ dataDir: dir, cabinCode: 'BENCH-01' });
  openCounter(seeding);
  seedHistory(seeding, rows);
  seeding.close();

  const started = await timeOnce(() => startCore({ dataDir: dir, cabinCode: 'BENCH-01' }));
  if (started.result.state !== 'ready') throw new Error('the seeded ledger did not pass its start-up check');
  const services = started.result.services;
  try {
    const counter = openCounter(services);
    const bills = saveBills(services, MEASURED).map((bill) => ({ ...bill, consumerNo: bill.consumerNo.replace(/^N5/, 'N6') }));
    services.bills.save(bills);
    const record = timeEach(MEASURED, (i) => {
      const bill = bills[i]!;
      services.recordPayment(
        { clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: bill.amountByDuePaise, tenderedPaise: bill.amountByDuePaise },
        counter,
      );
    });
    const today = indiaDate(new Date());
    const range = { from: today, to: today };
    const dayReportMs = (await timeOnce(() => services.dayReport(range))).ms;
    const shiftReportMs = (await timeOnce(() => services.shifts.report(counter.shiftId))).ms;
    const dayExportMs = (await timeOnce(() => csvOf(exportRows(services.db, range)))).ms;
    return { startMs: started.ms, record, dayReportMs, shiftReportMs, dayExportMs };
  } finally {
    services.close();
  }
}

/**
 * Issue #14 item 1, flat over time: the same counter work on ledgers of growing size, each
 * figure beside the same figure on the smallest ledger (the baseline). Only start-up may grow,
 * as far as its integrity check must read the file.
 */
export async function benchScale(): Promise<void> {
  const folder = tempDataDir('rokad-bench-scale-');
  try {
    const results: Array<[number, Figures]> = [];
    for (const rows of SIZES) {
      const seeded = await timeOnce(() => atSize(join(folder.dir, String(rows)), rows));
      console.log(`scale: ${rows} ledger rows seeded and measured in ${(seeded.ms / 1000).toFixed(1)} s`);
      results.push([rows, seeded.result]);
    }
    const base = results[0]![1];
    const cell = (value: number, baseline: number) => `${value.toFixed(2)} ms (${(value / baseline).toFixed(2)}x)`;
    console.log(`\nFlat over time: the same work on ledgers of ${SIZES.join(', ')} rows; (x) = times the figure at ${SIZES[0]} rows, the baseline`);
    console.table(
      Object.fromEntries(
        results.map(([rows, f]) => [
          `${rows} rows`,
          {
            'start-up (check + open)': cell(f.startMs, base.startMs),
            'record p50': cell(f.record.p50Ms, base.record.p50Ms),
            'record p99': cell(f.record.p99Ms, base.record.p99Ms),
            'day report': cell(f.dayReportMs, base.dayReportMs),
            'shift report': cell(f.shiftReportMs, base.shiftReportMs),
            'export of a day (CSV)': cell(f.dayExportMs, base.dayExportMs),
          },
        ]),
      ),
    );
  } finally {
    folder.remove();
  }
}
