import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createServices, LEDGER_FILE, type Services } from '../createServices';
import { FOLLOW_UP_BURST } from './followUpPayments';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';

const QUIET_MS = 50;

describe('a payment’s follow-ups', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  beforeEach(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, walQuietMs: QUIET_MS });
  });
  afterEach(() => {
    services.close();
    folder.remove();
  });

  const pay = () =>
    services.recordPayment(
      { clientTxnId: randomUUID(), consumerNo: 'N3330008565', billNumber: 'B2611-000451', amountPaise: 124_550, tenderedPaise: 124_550, confirmRepeat: true },
      openCounter(services),
    );
  const written = (db: Database.Database) => [db.prepare('SELECT count(*) FROM outbox').pluck().get(), db.prepare('SELECT count(*) FROM print_jobs').pluck().get()];

  it('are written at the first quiet moment after the payment, off its path', async () => {
    pay();
    pay();
    assert.deepEqual(written(services.db), [0, 0]);
    // The quiet check ticks every QUIET_MS; a loaded machine may run its ticks late, so this waits for them.
    for (let waited = 0; written(services.db)[0] === 0 && waited < 5_000; waited += QUIET_MS) await sleep(QUIET_MS);
    assert.deepEqual(written(services.db), [2, 2]);
  });

  it('are written by the payment that ends a burst of FOLLOW_UP_BURST without a quiet moment, after its commit', () => {
    for (let i = 1; i < FOLLOW_UP_BURST; i += 1) pay();
    assert.deepEqual(written(services.db), [0, 0], 'a queue served back to back leaves them to the quiet moment');
    pay();
    assert.deepEqual(written(services.db), [FOLLOW_UP_BURST, FOLLOW_UP_BURST]);
  });

  it('are written when the app closes, so a clean shutdown leaves none for the next start', () => {
    pay();
    services.close();
    const file = new Database(join(folder.dir, LEDGER_FILE), { readonly: true });
    try {
      assert.deepEqual(written(file), [1, 1]);
      assert.equal(file.prepare('SELECT seq FROM payment_follow_ups').pluck().get(), 1);
    } finally {
      file.close();
    }
    services = createServices({ dataDir: folder.dir, cabinCode: 'BPL-07', demoBills: true, walQuietMs: QUIET_MS });
  });
});
