import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Bill } from '../../../shared/domain';
import type { Collector } from '../../../shared/ipc/access';
import { createServices, LEDGER_FILE, type Services } from '../createServices';
import { ledgerRowsInFileAlone } from '../testing/ledgerFileAlone';
import { openCounter } from '../testing/seedCounter';
import { saveBills } from '../testing/seedPayments';
import { tempDataDir } from '../testing/tempDataDir';
import { walBoundBytes, WAL_BOUND_PAGES } from './walCheckpoints';

const pay = (services: Services, counter: Collector, bill: Bill) =>
  services.recordPayment(
    { clientTxnId: randomUUID(), consumerNo: bill.consumerNo, billNumber: bill.billNumber, amountPaise: bill.amountByDuePaise, tenderedPaise: bill.amountByDuePaise },
    counter,
  );

async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 30_000) assert.fail(`still not ${what} after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the ledger’s WAL checkpoints', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  const file = () => join(folder.dir, LEDGER_FILE);
  const walBytes = () => statSync(`${file()}-wal`, { throwIfNoEntry: false })?.size ?? 0;

  beforeEach(() => (folder = tempDataDir()));
  afterEach(() => {
    services.close();
    folder.remove();
  });

  it('leave the payments in the WAL while the counter is busy and copy them into the database file once it is quiet', async () => {
    services = createServices({ dataDir: folder.dir, cabinCode: 'WAL-01', walQuietMs: 25 });
    const counter = openCounter(services);
    for (const bill of saveBills(services, 3)) pay(services, counter, bill);
    // Nothing has awaited since the payments, so no quiet tick can have run.
    assert.equal(ledgerRowsInFileAlone(file()), 0);

    await eventually(() => ledgerRowsInFileAlone(file()) === 3, 'checkpointed');
  });

  it('keep the WAL within its bound through a burst of payments with no quiet moment', () => {
    services = createServices({ dataDir: folder.dir, cabinCode: 'WAL-01' });
    // The bound does not depend on fsync; without it the burst is quicker.
    services.db.pragma('synchronous = OFF');
    const counter = openCounter(services);
    const bills = saveBills(services, Math.ceil(WAL_BOUND_PAGES / 7));
    let largest = 0;
    for (const bill of bills) {
      pay(services, counter, bill);
      largest = Math.max(largest, walBytes());
    }
    const onePaymentsFrames = 64 * (24 + (services.db.pragma('page_size', { simple: true }) as number));
    assert.ok(largest <= walBoundBytes(services.db) + onePaymentsFrames, `the WAL grew to ${largest} bytes`);
    assert.ok(ledgerRowsInFileAlone(file()) > 0, 'the burst went past the bound, so SQLite checkpointed inside a commit');
  });

  it('empty a WAL that a long read let grow past the bound at the next quiet moment', () => {
    services = createServices({ dataDir: folder.dir, cabinCode: 'WAL-01' });
    services.db.pragma('synchronous = OFF');
    const counter = openCounter(services);
    const bills = saveBills(services, Math.ceil(WAL_BOUND_PAGES / 7));
    const reader = new Database(file());
    const read = reader.transaction(() => {
      reader.prepare('SELECT count(*) FROM ledger').get();
      for (const bill of bills) pay(services, counter, bill);
    });
    read();
    reader.close();
    assert.ok(walBytes() > walBoundBytes(services.db), 'the reader kept SQLite from starting the WAL over');

    services.walCheckpoints.checkpointNow();
    assert.equal(walBytes(), 0);
    assert.equal(ledgerRowsInFileAlone(file()), bills.length);
  });
});
