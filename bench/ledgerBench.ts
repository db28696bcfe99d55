import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createServices, LEDGER_FILE } from '../electron/core/createServices';
import { openCounter } from '../electron/core/testing/seedCounter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import type { LedgerRow } from '../electron/core/ledger/ledgerRow';
import { followUpPayments } from '../electron/core/ledger/followUpPayments';
import { createReceiptNumbers } from '../electron/core/ledger/receiptNumbers';
import { boundWalGrowth, checkpointWhenQuiet, QUIET_MS, WAL_BOUND_PAGES } from '../electron/core/db/walCheckpoints';
import { printLatencyTable, timeSideBySide, type SideBySideSummary } from './measure';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 10_000);
/**
 * The core checkpoints the WAL once it has been quiet for QUIET_MS. A timed loop is never quiet,
 * so the same checkpoint runs untimed after every this many payments, on both connections: a
 * queue served back to back. At a real counter the quiet comes after nearly every payment.
 */
const QUIET_EVERY = 20;
const isQuietMoment = (index: number) => index % QUIET_EVERY === QUIET_EVERY - 1;

type Synchronous = 'FULL' | 'OFF';

/** A scratch ledger file with the settings the app and the raw baseline share, and its quiet-moment checkpoints. */
function openScratch(file: string, synchronous: Synchronous) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  boundWalGrowth(db);
  return { db, checkpoints: checkpointWhenQuiet(db) };
}

/**
 * One run: payments recorded through the core (bill, rules, repeat and daily-limit checks, wallet,
 * receipt number, hash chain, bill month, one transaction; the upload outbox row and the print job
 * follow at the quiet moment, timed apart), each to a different
 * consumer as at a counter, side by side with the baseline: the same payment row inserted raw by
 * better-sqlite3 into a copy of the ledger table (its checks, keys and unique indexes) in a file
 * with the same pragmas and the same checkpoints (see QUIET_EVERY), one transaction each.
 * Then the floor of the design, in turn with the raw insert again: the same row written to a copy
 * of the whole ledger (every index and trigger the ledger's queries need) with its receipt number
 * taken from the counter, and no check, no chain head, no hash.
 */
interface LedgerRun {
  core: SideBySideSummary;
  baseline: SideBySideSummary;
  floor: SideBySideSummary;
  /** The raw insert again, timed in turn with the floor. */
  floorBaseline: SideBySideSummary;
  followUpMs: number;
}

function runLedger(synchronous: Synchronous): LedgerRun {
  const folder = tempDataDir('rokad-bench-');
  try {
    const services = createServices({ dataDir: join(folder.dir, 'core'), cabinCode: 'BENCH-01', demoBills: true });
    // The app opens with FULL; the scratch run takes the fsync out to leave the CPU part.
    services.db.pragma(`synchronous = ${synchronous}`);
    const template = services.bills.find('N3330008565')!;
    const bills = Array.from({ length: PAYMENTS + 1 }, (_, i) => ({ ...template, consumerNo: `N4${String(i).padStart(9, '0')}`, billNumber: `BENCH-${i}` }));
    services.bills.save(bills);
    const counter = openCounter(services);
    const pay = (i: number) => {
      const bill = bills[i]!;
      services.recordPayment(
        { clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: bill.amountByDuePaise, tenderedPaise: bill.amountByDuePaise },
        counter,
      );
    };
    // The first payment warms the statements up and gives the row the baseline copies.
    pay(0);
    const first = services.db.prepare('SELECT * FROM ledger WHERE seq = 1').get() as LedgerRow;

    const floorFile = join(folder.dir, 'floor.sqlite');
    services.db.prepare('VACUUM INTO ?').run(floorFile);
    const { db: floorDb, checkpoints: floorCheckpoints } = openScratch(floorFile, synchronous);
    const { db: raw, checkpoints: rawCheckpoints } = openScratch(join(folder.dir, 'raw.sqlite'), synchronous);
    for (const ddl of services.db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ('users', 'shifts', 'ledger') ORDER BY name = 'ledger'")
      .pluck()
      .all() as string[]) {
      raw.exec(ddl);
    }
    raw.exec(`ATTACH '${join(folder.dir, 'core', LEDGER_FILE)}' AS core;
      INSERT INTO users SELECT * FROM core.users; INSERT INTO shifts SELECT * FROM core.shifts; DETACH core;`);
    const columns = Object.keys(first);
    const insert = raw.prepare(`INSERT INTO ledger (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    const insertOne = raw.transaction((row: LedgerRow) => insert.run(row));
    // Rows shaped as the core writes them: the same fields, each value as long as the core's.
    const rows: LedgerRow[] = [first];
    for (let i = 1; i <= 2 * PAYMENTS; i += 1) {
      const bill = bills[i % bills.length]!;
      rows.push({
        ...first,
        seq: i + 1,
        entry_id: randomUUID(),
        receipt_no: `BENCH-01-${String(i + 1).padStart(6, '0')}`,
        consumer_no: bill.consumerNo,
        bill_number: bill.billNumber,
        prev_hash: rows[i - 1]!.hash,
        hash: randomBytes(32).toString('hex'),
      });
    }
    insertOne.immediate(first);
    const floorInsert = floorDb.prepare(insert.source);
    const floorNumber = createReceiptNumbers(floorDb);
    const floorOne = floorDb.transaction((row: LedgerRow) => floorInsert.run({ ...row, receipt_no: floorNumber(services.cabinCode) }));

    // Interleaved, so load from elsewhere on the machine falls on both alike.
    const followUps: number[] = [];
    const [core, baseline] = timeSideBySide(PAYMENTS, [(i) => pay(i + 1), (i) => insertOne.immediate(rows[i + 1]!)], (i) => {
      if (!isQuietMoment(i)) return;
      // The quiet moment's work, as the core's tick does it (checkpointNow would write the follow-ups too), timed on its own.
      const before = performance.now();
      followUpPayments(services.db);
      followUps.push(performance.now() - before);
      services.walCheckpoints.checkpointNow();
      rawCheckpoints.checkpointNow();
    });
    // A pass of its own, so a third file in turn does not crowd the caches of the two above.
    const [floor, floorBaseline] = timeSideBySide(PAYMENTS, [(i) => floorOne.immediate(rows[i + 1]!), (i) => insertOne.immediate(rows[PAYMENTS + i + 1]!)], (i) => {
      if (!isQuietMoment(i)) return;
      floorCheckpoints.checkpointNow();
      rawCheckpoints.checkpointNow();
    });
    for (const { db, checkpoints } of [
      { db: floorDb, checkpoints: floorCheckpoints },
      { db: raw, checkpoints: rawCheckpoints },
    ]) {
      checkpoints.close();
      db.close();
    }
    services.close();
    return { core: core!, baseline: baseline!, floor: floor!, floorBaseline: floorBaseline!, followUpMs: followUps.sort((a, b) => a - b)[Math.floor(followUps.length / 2)] ?? 0 };
  } finally {
    folder.remove();
  }
}

const ratio = (core: number, baseline: number) => `${(core / baseline).toFixed(2)}x`;
const cpuMs = (value: number) => `${value.toFixed(3)} ms`;

export async function benchLedger(): Promise<void> {
  for (const [synchronous, title] of [
    ['FULL', 'durable, as the app: WAL, synchronous=FULL'],
    ['OFF', 'no fsync, the CPU part: a scratch copy with WAL, synchronous=OFF'],
  ] as const) {
    const { core, baseline, floor, floorBaseline, followUpMs } = runLedger(synchronous);
    printLatencyTable(`Ledger: ${PAYMENTS} cash payments, each its own transaction (${title})`, [
      ['baseline: raw insert of the same row', baseline],
      ['recordPayment through the core', core],
    ]);
    console.log(`core over the raw insert: ${ratio(core.p50Ms, baseline.p50Ms)} at p50, ${ratio(core.p99Ms, baseline.p99Ms)} at p99`);
    console.log(
      `CPU time of the process per call, which waiting for the disk or for a CPU taken by other processes does not stretch: ` +
        `raw ${cpuMs(baseline.cpuP50Ms)} at p50, ${cpuMs(baseline.cpuP99Ms)} at p99; core ${cpuMs(core.cpuP50Ms)} at p50, ${cpuMs(core.cpuP99Ms)} at p99; ` +
        `core over raw ${ratio(core.cpuP50Ms, baseline.cpuP50Ms)} at p50, ${ratio(core.cpuP99Ms, baseline.cpuP99Ms)} at p99`,
    );
    console.log(
      `Follow-ups of each ${QUIET_EVERY} payments (their outbox rows and print jobs, one transaction), written at the quiet moment off the payment's path: ` +
        `${cpuMs(followUpMs)} at p50, ${cpuMs(followUpMs / QUIET_EVERY)} a payment`,
    );
    printLatencyTable(`The design's floor: what a payment must write, with no check, no chain head and no hash (${title})`, [
      ['baseline: raw insert of the same row', floorBaseline],
      ['the row, every ledger index, its receipt number', floor],
    ]);
    console.log(`floor over the raw insert: ${ratio(floor.p50Ms, floorBaseline.p50Ms)} at p50, ${ratio(floor.p99Ms, floorBaseline.p99Ms)} at p99`);
  }
  console.log(
    `\nCheckpoints in both runs, for the core and the raw insert alike, as the app makes them: SQLite's own only past ${WAL_BOUND_PAGES} WAL pages, ` +
      `and the core's quiet-moment checkpoint (after ${QUIET_MS / 1000} s without a write in the app) run untimed after every ${QUIET_EVERY}th payment.`,
  );
}
