import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { verifyChain } from '../../ledger/verifyChain';
import { enqueuePayment } from '../../sync/outbox';
import { appendRows, migrateKeepingTheLedger, openLedgerAt, payment, seedBacklog, voidOf } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';

describe('migration 4: running total of the upload backlog', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  const total = () => db.prepare('SELECT count, paise FROM outbox_waiting').get();
  beforeEach(() => {
    folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, 3);
    seedBacklog(before);
    before.close();
    db = migrateKeepingTheLedger(file, 4);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  it('starts the kept upload total from the backlog already waiting', () => {
    assert.deepEqual(total(), { count: 2, paise: 20_000 + 40_000 }, 'the PENDING one and the WAITING one; not the voided nor the accepted');
  });

  it('keeps the total as payments are queued, accepted and voided', () => {
    const [pay6] = appendRows(db, [payment(6, 15_000)]);
    enqueuePayment(db, pay6!);
    assert.deepEqual(total(), { count: 3, paise: 75_000 });
    db.prepare("UPDATE outbox SET state = 'SUCCESS' WHERE entry_id = 'pay-2'").run();
    assert.deepEqual(total(), { count: 2, paise: 55_000 });
    db.prepare("UPDATE outbox SET state = 'PENDING' WHERE entry_id = 'pay-4'").run();
    assert.deepEqual(total(), { count: 2, paise: 55_000 }, 'sent, but still to be settled');
    appendRows(db, [voidOf(7, 6, 15_000, 'Wrong bill')]);
    assert.deepEqual(total(), { count: 1, paise: 40_000 });
    assert.equal(verifyChain(db).ok, true);
  });
});
