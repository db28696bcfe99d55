import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ledgerMigrations } from './index';
import { paymentContacts } from './0008-payment-contacts';
import { migrateKeepingTheLedger, openLedgerAt, seedBacklog } from '../../testing/ledgerAtVersion';
import { tempDataDir } from '../../testing/tempDataDir';
import type { Db } from '../../../../shared/node/sqlite/openDatabase';

// Found by the step itself, so the coordinator may renumber it at merge.
const STEP = ledgerMigrations.indexOf(paymentContacts) + 1;

describe('migration: mobile numbers given at the counter', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, STEP - 1);
    seedBacklog(before);
    before.close();
    db = migrateKeepingTheLedger(file, STEP);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  it('keeps every ledger row, and takes one Indian mobile number per payment', () => {
    const entryId = db.prepare("SELECT entry_id FROM ledger WHERE kind = 'PAYMENT' LIMIT 1").pluck().get() as string;
    db.prepare('INSERT INTO payment_contacts (entry_id, mobile) VALUES (?, ?)').run(entryId, '9876543210');
    assert.throws(() => db.prepare('INSERT INTO payment_contacts (entry_id, mobile) VALUES (?, ?)').run(entryId, '9123456789'), /UNIQUE|PRIMARY/);
  });

  it('refuses a number that is not one, and a payment that does not exist', () => {
    const entryId = db.prepare("SELECT entry_id FROM ledger WHERE kind = 'PAYMENT' LIMIT 1").pluck().get() as string;
    for (const bad of ['12345', '5876543210', '98765432101', '98765x3210']) {
      assert.throws(() => db.prepare('INSERT INTO payment_contacts (entry_id, mobile) VALUES (?, ?)').run(entryId, bad), /CHECK/, bad);
    }
    assert.throws(() => db.prepare('INSERT INTO payment_contacts (entry_id, mobile) VALUES (?, ?)').run('no-such-entry', '9876543210'), /FOREIGN KEY/);
  });
});
