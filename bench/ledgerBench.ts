import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createServices } from '../electron/core/createServices';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { printLatencyTable, timeEach } from './measure';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 10_000);

/**
 * Recording a payment through the core (checks, receipt number, hash chain, one durable
 * transaction) against the floor: a raw better-sqlite3 insert of the same row into the same
 * kind of file with the same pragmas, one transaction each.
 */
export async function benchLedger(): Promise<void> {
  const folder = tempDataDir('rokad-bench-');
  try {
    const services = createServices({ dataDir: join(folder.dir, 'core'), cabinCode: 'BENCH-01', demoBills: true });
    const bill = services.bills.find('N3330099001')!;
    const core = timeEach(PAYMENTS, () => {
      services.recordPayment({
        clientTxnId: randomUUID(),
        consumerNo: bill.consumerNo,
        billNumber: bill.billNumber,
        amountPaise: bill.amountByDuePaise,
        tenderedPaise: bill.amountByDuePaise,
      });
    });
    const sample = services.db.prepare('SELECT * FROM ledger WHERE seq = 1').get() as Record<string, unknown>;
    services.close();

    const raw = new Database(join(folder.dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec(`CREATE TABLE ledger (seq INTEGER PRIMARY KEY, entry_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
      receipt_no TEXT NOT NULL UNIQUE, cabin_code TEXT NOT NULL, consumer_no TEXT NOT NULL, consumer_name TEXT NOT NULL,
      bill_number TEXT NOT NULL, amount_paise INTEGER NOT NULL, tendered_paise INTEGER NOT NULL, change_paise INTEGER NOT NULL,
      recorded_at TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE) STRICT`);
    const insert = raw.prepare(`INSERT INTO ledger VALUES (@seq, @entry_id, @kind, @receipt_no, @cabin_code, @consumer_no,
      @consumer_name, @bill_number, @amount_paise, @tendered_paise, @change_paise, @recorded_at, @prev_hash, @hash)`);
    const insertOne = raw.transaction((i: number) =>
      insert.run({ ...sample, seq: i + 1, entry_id: randomUUID(), receipt_no: `R${i}`, hash: `h${i}` }),
    );
    const baseline = timeEach(PAYMENTS, (i) => insertOne.immediate(i));
    raw.close();

    printLatencyTable(`Ledger: ${PAYMENTS} cash payments, each its own durable transaction (WAL, synchronous=FULL)`, [
      ['baseline: raw better-sqlite3 insert', baseline],
      ['recordPayment through the core', core],
    ]);
    console.log(`core overhead over the raw insert: ${(core.p50Ms / baseline.p50Ms).toFixed(2)}x at p50`);
  } finally {
    folder.remove();
  }
}
