import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createServices, LEDGER_FILE } from '../createServices';
import { followUpPayments } from './followUpPayments';
import { markRefused } from '../sync/outbox';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { payBills, saveBills, settableClock } from '../testing/seedPayments';
import { tempDataDir } from '../testing/tempDataDir';
import { auditLedger } from './auditLedger';

const REPO = join(__dirname, '..', '..', '..');

/** The auditor's command, run as they would run it, in a process of its own. */
function verifyLedgerCli(file: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'verifyLedger.ts'), file], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What an attacker with the file does first: the append-only triggers and the foreign keys are only in the file. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(`PRAGMA foreign_keys = OFF; DROP TRIGGER ledger_is_append_only_update; DROP TRIGGER ledger_is_append_only_delete; ${sql}`);
  db.close();
}

describe('verifying a ledger file without the app', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let original: string;
  let copies = 0;
  const copyOfLedger = () => {
    copies += 1;
    const copy = join(folder.dir, `copy-${copies}.sqlite`);
    copyFileSync(original, copy);
    return copy;
  };
  /** The faults found in a copy changed by `sql`, read in this process. */
  const faultsAfter = (sql: string) => {
    const copy = copyOfLedger();
    tamper(copy, sql);
    const db = new Database(copy, { readonly: true });
    const { faults } = auditLedger(db);
    db.close();
    return faults;
  };

  before(() => {
    folder = tempDataDir();
    const clock = settableClock('2026-11-24T04:00:00Z');
    const services = createServices({ dataDir: join(folder.dir, 'cabin'), cabinCode: 'BPL-07', now: clock.now });
    const counter = openCounter(services);
    const bills = saveBills(services, 6);
    const paid = payBills(services, counter, bills.slice(0, 4), clock, (i) => `2026-11-24T0${4 + i}:00:00Z`);
    payBills(services, { ...counter, training: true }, bills.slice(4, 5), clock, () => '2026-11-24T09:00:00Z');
    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');
    services.voidPayment({ receiptNo: paid[3]!.receiptNo, reason: 'Wrong bill' }, counter.user, supervisor);
    clock.set('2026-11-24T10:00:00Z');
    // The upload round writes the payments' outbox rows before it sends them.
    followUpPayments(services.db);
    markRefused(services.db, paid[2]!.clientTxnId, { code: 'BILL_ALREADY_PAID', message: 'Bill already paid' }, clock.now());
    services.exceptions.refund({ clientTxnId: paid[2]!.clientTxnId, reason: 'Bill already paid elsewhere' }, counter.user, supervisor);
    payBills(services, counter, bills.slice(5), clock, () => '2026-11-25T04:00:00Z');
    services.close();
    original = join(folder.dir, 'cabin', LEDGER_FILE);
  });
  after(() => folder.remove());

  it('passes an untouched ledger holding a void and a refund, with its receipt and slip series and the totals of each India day', () => {
    const result = verifyLedgerCli(copyOfLedger());
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /receipts BPL-07: 1 to 5 \(5\)/);
    assert.match(result.stdout, /receipts TRN-BPL-07: 1 to 1 \(1\)/);
    assert.match(result.stdout, /refund slips RFD-BPL-07: 1 to 1 \(1\)/);
    assert.match(result.stdout, /2026-11-24 {2}payments 4 ₹460\.78 {2}voids 1 ₹130\.39 {2}refunds 1 ₹120\.26 {2}net ₹210\.13/);
    assert.match(result.stdout, /2026-11-25 {2}payments 1 ₹150\.65 {2}voids 0 ₹0\.00 {2}refunds 0 ₹0\.00 {2}net ₹150\.65/);
    assert.match(result.stdout, /^OK: /m);
  });

  it('catches a refund’s amount changed, naming the row and its slip', () => {
    const copy = copyOfLedger();
    tamper(copy, "UPDATE ledger SET amount_paise = amount_paise + 5000 WHERE kind = 'REFUND'");
    const result = verifyLedgerCli(copy);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /row 7 \(receipt RFD-BPL-07-000001\): hash chain broken: its contents do not match its hash/);
  });

  it('catches a refund deleted, by its slip counter as well as the chain', () => {
    const faults = faultsAfter("DELETE FROM ledger WHERE kind = 'REFUND'");
    assert.deepEqual(
      faults.map((f) => f.where),
      ['row 8 (receipt BPL-07-000005)', 'series RFD-BPL-07'],
    );
    assert.match(faults[1]!.problem, /the receipt counter stands at 1 but the ledger holds none of its receipts/);
  });

  it('catches a refund that names no payment', () => {
    const faults = faultsAfter("UPDATE ledger SET voids_entry_id = 'no-such-payment' WHERE kind = 'REFUND'");
    assert.deepEqual(faults.at(-1), { where: 'row 7 (slip RFD-BPL-07-000001)', problem: 'a refund names a payment that is not in the ledger' });
  });

  it('catches a changed amount, naming the row and its receipt', () => {
    const copy = copyOfLedger();
    tamper(copy, 'UPDATE ledger SET amount_paise = amount_paise - 1000, change_paise = change_paise + 1000 WHERE seq = 2');
    const result = verifyLedgerCli(copy);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /row 2 \(receipt BPL-07-000002\): hash chain broken: its contents do not match its hash/);
  });

  it('catches a deleted row, in the chain and in the receipt numbers', () => {
    const copy = copyOfLedger();
    tamper(copy, 'DELETE FROM ledger WHERE seq = 3');
    const result = verifyLedgerCli(copy);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /row 4 \(receipt BPL-07-000004\): hash chain broken: row 3 is missing \(next row is 4\)/);
    assert.match(result.stderr, /series BPL-07: receipt number 3 missing/);
  });

  it('catches two rows swapped in order', () => {
    const copy = copyOfLedger();
    tamper(copy, 'UPDATE ledger SET seq = -1 WHERE seq = 1; UPDATE ledger SET seq = 1 WHERE seq = 2; UPDATE ledger SET seq = 2 WHERE seq = -1;');
    const result = verifyLedgerCli(copy);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /row 1 \(receipt BPL-07-000002\): hash chain broken/);
    assert.match(result.stderr, /row 2 \(receipt BPL-07-000001\): recorded after receipt BPL-07-000002 \(row 1\): rows are out of order/);
  });

  it('catches the newest row removed, which leaves the chain whole, by the receipt counter', () => {
    assert.deepEqual(faultsAfter('DELETE FROM ledger WHERE seq = (SELECT max(seq) FROM ledger)'), [
      { where: 'series BPL-07', problem: 'the receipt counter stands at 5 but the last receipt in the ledger is 4: the latest rows are missing' },
    ]);
  });

  it('says so, with exit code 2, when the file is not a ledger', () => {
    const result = verifyLedgerCli(join(folder.dir, 'no-such-file.sqlite'));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Cannot open .*no-such-file\.sqlite/);
  });
});
