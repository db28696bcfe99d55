import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDatabaseFile } from '../electron/core/backups/checkDatabaseFile';
import { createServices, LEDGER_FILE } from '../electron/core/createServices';
import { ledgerMigrations } from '../electron/core/db/migrations';
import { exportRows } from '../electron/core/exports/exportRows';
import { findReceipts } from '../electron/core/ledger/findReceipts';
import { csvOf } from '../electron/core/exports/writeCsv';
import { readUpdateFacts } from '../electron/core/app/updateGate';
import { startCore } from '../electron/core/startCore';
import { syncStatus } from '../electron/core/sync/syncCycle';
import { openCounter, PEOPLE, seedPeople } from '../electron/core/testing/seedCounter';
import { appendPayments, saveBills } from '../electron/core/testing/seedPayments';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import type { Bill } from '../shared/domain';
import { indiaDate } from '../shared/time';
import { timeEach, timeOnce, type LatencySummary } from './measure';

/** Ledger sizes: a month, a busy cabin's year, and ten years; BENCH_SCALE_ROWS=1000,100000 leaves out the largest. */
const SIZES = (process.env.BENCH_SCALE_ROWS ?? '1000,100000,1000000').split(',').map(Number);
const PER_DAY = 300;
const MEASURED = 1_000;
/** Each single-shot figure (start-up, reports, export) is the median of this many runs: one run is at the mercy of the machine's other work. */
const RUNS = 5;
const CHECK_WORKER = join(__dirname, '../electron/core/testing/ledgerCheckWorkerFromSource.mjs');
/** Seeded ledgers are kept here between runs, one per size and schema version, since ten years take a while to write. */
const FIXTURES = join(tmpdir(), 'rokad-bench-scale-fixtures');

/** The history's consumers, in memory only: the bill master holds the zone's current bills, whatever the ledger's age. */
function historyBills(rows: number): Bill[] {
  return Array.from({ length: rows }, (_, i) => ({
    consumerNo: `N4${String(i).padStart(9, '0')}`,
    consumerName: i % 2 === 0 ? `सुनीता वर्मा ${i} / Sunita Verma ${i}` : `Mohan Lal ${i}`,
    address: 'Bhopal',
    billNumber: `HIST-${i}`,
    billMonth: '2026-10',
    billDate: '2026-11-01',
    dueDate: '2099-12-31',
    amountByDuePaise: 10_000 + (i % 97) * 1_013,
    amountAfterDuePaise: 10_000 + (i % 97) * 1_013,
    arrearsPaise: 0,
    mobile: '',
  }));
}

/**
 * The history as a cabin's years leave it: a supervisor's shift a day, each with its PER_DAY
 * payments, a bank deposit and its close; every payment accepted and every receipt printed. The
 * agent's shift then holds only the measured payments.
 */
function seedHistory(dir: string, rows: number): void {
  const services = createServices({ dataDir: dir, cabinCode: 'BENCH-01' });
  try {
    seedPeople(services);
    const supervisor = services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    const bills = historyBills(rows);
    const days = Math.ceil(rows / PER_DAY);
    const firstDay = Date.now() - (days + 1) * 86_400_000;
    const at = (ms: number) => new Date(ms).toISOString();
    const openShift = services.db.prepare('INSERT INTO shifts (shift_id, user_id, cabin_code, opened_at, opening_float_paise, opening_count) VALUES (?, ?, ?, ?, 0, ?)');
    const deposit = services.db.prepare(
      "INSERT INTO cash_moves (move_id, shift_id, direction, amount_paise, reason, user_id, at) VALUES (?, ?, 'OUT', 100000, 'Bank deposit', ?, ?)",
    );
    const close = services.db.prepare(
      'INSERT INTO shift_closes (shift_id, closed_at, closed_by, counted_paise, counted, expected_paise, difference_paise) VALUES (?, ?, ?, 0, ?, 0, 0)',
    );
    for (let day = 0; day < days; day += 1) {
      const opened = firstDay + day * 86_400_000;
      const shiftId = `history-${day}`;
      openShift.run(shiftId, PEOPLE.supervisor.userId, services.cabinCode, at(opened), '{}');
      appendPayments(services, { user: supervisor, shiftId, training: false }, bills.slice(day * PER_DAY, (day + 1) * PER_DAY), (i) => at(opened + 60_000 + i * 1_000));
      deposit.run(`deposit-${day}`, shiftId, PEOPLE.supervisor.userId, at(opened + 10 * 3_600_000));
      close.run(shiftId, at(opened + 11 * 3_600_000), PEOPLE.supervisor.userId, '{}');
    }
    services.db.exec("UPDATE outbox SET state = 'SUCCESS'; UPDATE print_jobs SET status = 'PRINTED', attempts = 1, printed_at = queued_at");
    services.sessions.signOut();
  } finally {
    services.close();
  }
}

/** A data folder holding `rows` payments of history: a copy of the kept fixture, seeded first if there is none for this schema. */
function seededFolder(dir: string, rows: number): void {
  const fixture = join(FIXTURES, `v${ledgerMigrations.length}-${rows}`);
  if (!existsSync(fixture)) {
    const partial = `${fixture}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    seedHistory(partial, rows);
    renameSync(partial, fixture);
  }
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(fixture)) copyFileSync(join(fixture, file), join(dir, file));
}

interface Figures {
  startMs: number;
  checkMs: number;
  record: LatencySummary;
  dayReportMs: number;
  shiftReportMs: number;
  dayExportMs: number;
  syncStatusMs: number;
  unprintedMs: number;
  findReceiptMs: number;
  findConsumerMs: number;
}

const median = (samples: number[]) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

/** The median time of RUNS runs of `run`. */
async function medianMs(run: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push((await timeOnce(run)).ms);
  return median(samples);
}

/** Median of a few start-ups, each to a usable counter, with the check after start let finish before the next. */
async function startUpMs(dir: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = await timeOnce(() => startCore({ dataDir: dir, cabinCode: 'BENCH-01', checkWorkerFile: CHECK_WORKER }));
    if (started.result.state !== 'ready') throw new Error('the seeded ledger did not open');
    const checked = await started.result.checked;
    started.result.services.close();
    if (!checked.ok) throw new Error(`the seeded ledger failed its check: ${checked.problem}`);
    samples.push(started.ms);
  }
  return median(samples);
}

async function atSize(dir: string, rows: number): Promise<Figures> {
  seededFolder(dir, rows);
  const startMs = await startUpMs(dir);
  const checkMs = (await timeOnce(() => checkDatabaseFile(join(dir, LEDGER_FILE)))).ms;
  const started = startCore({ dataDir: dir, cabinCode: 'BENCH-01' });
  if (started.state !== 'ready') throw new Error('the seeded ledger did not open');
  const { services } = started;
  try {
    const counter = openCounter(services);
    const bills = saveBills(services, MEASURED);
    const record = timeEach(MEASURED, (i) => {
      const bill = bills[i]!;
      services.recordPayment(
        { clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: bill.amountByDuePaise, tenderedPaise: bill.amountByDuePaise },
        counter,
      );
    });
    const today = indiaDate(new Date());
    const range = { from: today, to: today };
    const dayReportMs = await medianMs(() => services.dayReport(range));
    const shiftReportMs = await medianMs(() => services.shifts.report(counter.shiftId));
    const dayExportMs = await medianMs(() => csvOf(exportRows(services.db, range)));
    // What the counter asks for on its own: the status bar's upload counts, and the receipts still owed (at start-up, before an update).
    const syncStatusMs = await medianMs(() => syncStatus(services.db, services.billMaster));
    const unprintedMs = await medianMs(() => [services.receipts.pending(), readUpdateFacts(services.db, new Date())]);
    // F4 asked for the ledger's oldest payment, the worst case for a search newest first.
    const oldest = services.db.prepare("SELECT receipt_no, consumer_no FROM ledger WHERE kind = 'PAYMENT' ORDER BY seq LIMIT 1").get() as {
      receipt_no: string;
      consumer_no: string;
    };
    const findReceiptMs = await medianMs(() => findReceipts(services.db, oldest.receipt_no, services.payments.isVoided));
    const findConsumerMs = await medianMs(() => findReceipts(services.db, oldest.consumer_no, services.payments.isVoided));
    return { startMs, checkMs, record, dayReportMs, shiftReportMs, dayExportMs, syncStatusMs, unprintedMs, findReceiptMs, findConsumerMs };
  } finally {
    services.close();
  }
}

/**
 * Issue #14 item 1, flat over time: the same counter work on ledgers of growing size, each
 * figure beside the same figure on the smallest ledger (the baseline). Only the quick check may
 * grow, since it must read the whole file; it runs beside the counter, after start-up.
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
            [`start-up to a usable counter (median of ${RUNS})`]: cell(f.startMs, base.startMs),
            'quick check of the file (after start, in a worker)': cell(f.checkMs, base.checkMs),
            [`record p50 (${MEASURED} payments)`]: cell(f.record.p50Ms, base.record.p50Ms),
            [`record p99 (${MEASURED} payments)`]: cell(f.record.p99Ms, base.record.p99Ms),
            [`day report (median of ${RUNS})`]: cell(f.dayReportMs, base.dayReportMs),
            [`shift report (median of ${RUNS})`]: cell(f.shiftReportMs, base.shiftReportMs),
            [`export of a day, CSV (median of ${RUNS})`]: cell(f.dayExportMs, base.dayExportMs),
            [`sync status (median of ${RUNS})`]: cell(f.syncStatusMs, base.syncStatusMs),
            [`receipts owed and the update gate (median of ${RUNS})`]: cell(f.unprintedMs, base.unprintedMs),
            [`F4 find by the oldest receipt's number (median of ${RUNS})`]: cell(f.findReceiptMs, base.findReceiptMs),
            [`F4 find by its consumer's number (median of ${RUNS})`]: cell(f.findConsumerMs, base.findConsumerMs),
          },
        ]),
      ),
    );
  } finally {
    folder.remove();
  }
}
