import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'node:test';
import { ledgerMigrations } from '../db/migrations';
import { createLedgerAppender, type NewLedgerRow } from '../ledger/appendLedgerRow';
import { GENESIS_HASH } from '../ledger/hashChain';
import type { LedgerRow } from '../ledger/ledgerRow';
import { verifyChain } from '../ledger/verifyChain';
import { enqueuePayment } from '../sync/outbox';
import type { Migration } from '../../../shared/node/sqlite/migrate';
import { openDatabase, type Db } from '../../../shared/node/sqlite/openDatabase';
import { tempDataDir } from './tempDataDir';

export const AT = '2026-11-24T06:30:00.000Z';

/** Opens a ledger file migrated up to `version` and no further: the file of a cabin on an older Rokad. */
export function openLedgerAt(file: string, version: number): Db {
  return openDatabase(file, ledgerMigrations.slice(0, version));
}

/** The agent, the supervisor and the agent's open shift, in SQL every version of the schema takes. */
export function seedPeopleAndShift(db: Db): void {
  db.exec(`
    INSERT INTO users (user_id, name, role, pin_salt, pin_hash, created_at) VALUES
      ('ravi.k', 'Ravi', 'AGENT', 's', 'h', '${AT}'), ('meena.s', 'Meena', 'SUPERVISOR', 's', 'h', '${AT}');
    INSERT INTO shifts VALUES ('shift-1', 'ravi.k', 'BPL-07', '${AT}', 100000, '{}');`);
}

export const payment = (n: number, amountPaise: number): NewLedgerRow => ({
  entry_id: `pay-${n}`,
  kind: 'PAYMENT',
  receipt_no: `BPL-07-${String(n).padStart(6, '0')}`,
  cabin_code: 'BPL-07',
  shift_id: 'shift-1',
  user_id: 'ravi.k',
  training: 0,
  consumer_no: `N33300000${n}`,
  consumer_name: 'अनीता शर्मा / Anita Sharma',
  bill_number: `B2611-00000${n}`,
  amount_paise: amountPaise,
  tendered_paise: amountPaise + 50,
  change_paise: 50,
  cash_received: null,
  voids_entry_id: null,
  reason: null,
  approved_by: null,
  recorded_at: AT,
});

/** A supervisor's void, at place `n` in the chain, of the payment `pay-<voided>`. */
export const voidOf = (n: number, voided: number, amountPaise: number, reason: string): NewLedgerRow => ({
  ...payment(n, 1),
  entry_id: `void-${voided}`,
  kind: 'VOID',
  receipt_no: null,
  amount_paise: amountPaise,
  tendered_paise: 0,
  change_paise: 0,
  voids_entry_id: `pay-${voided}`,
  reason,
  approved_by: 'meena.s',
});

/** Appends rows at the head of the chain in one transaction, as the app does. */
export function appendRows(db: Db, rows: readonly NewLedgerRow[]): LedgerRow[] {
  const append = createLedgerAppender(db);
  return db.transaction(() => rows.map((row) => append(row)))();
}

/**
 * A day's work with an upload backlog, as the outbox (step 2) keeps it: four payments queued,
 * pay-1 voided, pay-2 sent and waiting for the gateway, pay-3 accepted, pay-4 still waiting.
 */
export function seedBacklog(db: Db): void {
  seedPeopleAndShift(db);
  db.transaction(() => {
    appendRows(
      db,
      [1, 2, 3, 4].map((n) => payment(n, 10_000 * n)),
    ).forEach((row) => enqueuePayment(db, row));
    appendRows(db, [voidOf(5, 1, 10_000, 'Wrong consumer')]);
    db.prepare("UPDATE outbox SET state = 'PENDING' WHERE entry_id = 'pay-2'").run();
    db.prepare("UPDATE outbox SET state = 'SUCCESS' WHERE entry_id = 'pay-3'").run();
  })();
}

/** The ledger's rows with the columns later steps added left out where they hold their defaults, so a row reads the same before and after. */
export const ledgerRows = (db: Db): LedgerRow[] =>
  (db.prepare('SELECT * FROM ledger ORDER BY seq').all() as LedgerRow[]).map(({ change_rounding_paise, bill_month, ...row }) => ({
    ...row,
    ...(change_rounding_paise ? { change_rounding_paise } : {}),
    ...(bill_month ? { bill_month } : {}),
  }));

/**
 * Takes `file`, at `version - 1`, up to `version`, and checks the step kept every ledger row as it
 * was and the hash chain still verifies. Returns the database at `version`.
 */
export function migrateKeepingTheLedger(file: string, version: number): Db {
  const before = openLedgerAt(file, version - 1);
  const rows = ledgerRows(before);
  assert.equal(before.pragma('user_version', { simple: true }), version - 1);
  before.close();
  const db = openLedgerAt(file, version);
  assert.equal(db.pragma('user_version', { simple: true }), version);
  assert.deepEqual(ledgerRows(db), rows);
  assert.deepEqual(verifyChain(db), { ok: true, rows: rows.length, headHash: rows.at(-1)?.hash ?? GENESIS_HASH });
  return db;
}

/**
 * For each test of a migration step: a ledger written at the step before, with a payment backlog,
 * then migrated through the step (its number read from the index, so steps can be renumbered).
 * Returns the migrated ledger of the running test; the folder is removed after it.
 */
export function eachLedgerMigratedThrough(step: Migration): () => Db {
  const version = ledgerMigrations.indexOf(step) + 1;
  let folder: ReturnType<typeof tempDataDir>;
  let db: Db;
  beforeEach(() => {
    folder = tempDataDir();
    const file = join(folder.dir, 'ledger.sqlite');
    const before = openLedgerAt(file, version - 1);
    seedBacklog(before);
    before.close();
    db = migrateKeepingTheLedger(file, version);
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });
  return () => db;
}
