import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createServices, LEDGER_FILE } from '../electron/core/createServices';
import { openCounter } from '../electron/core/testing/seedCounter';
import { tempDataDir } from '../electron/core/testing/tempDataDir';
import { printLatencyTable, timeEach } from './measure';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 10_000);

/**
 * Recording a payment through the core (bill, rules, repeat and daily-limit checks, receipt
 * number, hash chain, one durable transaction), each to a different consumer as at a counter,
 * against the floor: a raw better-sqlite3 insert of the same row into the same table with the
 * same pragmas, one transaction each.
 */
export async function benchLedger(): Promise<void> {
  const folder = tempDataDir('rokad-bench-');
  try {
    const services = createServices({ dataDir: join(folder.dir, 'core'), cabinCode: 'BENCH-01', demoBills: true });
    const template = services.bills.find('N3330008565')!;
    const bills = Array.from({ length: PAYMENTS }, (_, i) => ({ ...template, consumerNo: `N4${String(i).padStart(9, '0')}`, billNumber: `BENCH-${i}` }));
    services.bills.save(bills);
    const counter = openCounter(services);
    const core = timeEach(PAYMENTS, (i) => {
      const bill = bills[i]!;
      services.recordPayment(
        { clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: bill.amountByDuePaise, tenderedPaise: bill.amountByDuePaise },
        counter,
      );
    });
    const sample = services.db.prepare('SELECT * FROM ledger WHERE seq = 1').get() as Record<string, unknown>;
    const tableDdl = services.db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ('users', 'shifts', 'ledger') ORDER BY name = 'ledger'")
      .pluck()
      .all() as string[];
    services.close();

    // The same table (same checks, keys and unique indexes), without the core around it.
    const raw = new Database(join(folder.dir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    for (const ddl of tableDdl) raw.exec(ddl);
    raw.exec(`ATTACH '${join(folder.dir, 'core', LEDGER_FILE)}' AS core;
      INSERT INTO users SELECT * FROM core.users; INSERT INTO shifts SELECT * FROM core.shifts; DETACH core;`);
    const columns = Object.keys(sample);
    const insert = raw.prepare(`INSERT INTO ledger (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
    const insertOne = raw.transaction((i: number) => insert.run({ ...sample, seq: i + 1, entry_id: randomUUID(), receipt_no: `R${i}`, hash: `h${i}` }));
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
