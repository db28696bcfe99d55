import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followUpPayments } from '../../ledger/followUpPayments';
import { verifyChain } from '../../ledger/verifyChain';
import { appendRows, eachLedgerMigratedThrough, payment } from '../../testing/ledgerAtVersion';
import { paymentFollowUps } from './0013-payment-follow-ups';

describe('migration: payment follow-ups written after the payment', () => {
  const ledger = eachLedgerMigratedThrough(paymentFollowUps);
  const counts = (db: ReturnType<typeof ledger>) => ({
    outbox: db.prepare('SELECT count(*) FROM outbox').pluck().get(),
    printJobs: db.prepare('SELECT count(*) FROM print_jobs').pluck().get(),
  });

  it('counts every payment already in the ledger as followed up: their outbox rows were written with them', () => {
    const db = ledger();
    assert.equal(db.prepare('SELECT seq FROM payment_follow_ups').pluck().get(), db.prepare('SELECT max(seq) FROM ledger').pluck().get());
    const before = counts(db);
    assert.equal(followUpPayments(db), 0);
    assert.deepEqual(counts(db), before);
  });

  it('follows up a payment recorded after it: its outbox row and its original’s print job, once', () => {
    const db = ledger();
    const before = counts(db) as { outbox: number; printJobs: number };
    const [paid] = appendRows(db, [{ ...payment(6, 12_300), bill_month: '2026-11' }]);
    assert.equal(followUpPayments(db), 1);
    assert.equal(followUpPayments(db), 0);
    assert.deepEqual(counts(db), { outbox: before.outbox + 1, printJobs: before.printJobs + 1 });
    assert.deepEqual(db.prepare('SELECT state, amount_paise FROM outbox WHERE entry_id = ?').get(paid!.entry_id), { state: 'WAITING', amount_paise: 12_300 });
    assert.deepEqual(db.prepare('SELECT copy, status FROM print_jobs WHERE ledger_seq = ?').get(paid!.seq), { copy: 'ORIGINAL', status: 'QUEUED' });
  });

  it('keeps the bill month in the payment’s row, under its hash: changed, the chain breaks there', () => {
    const db = ledger();
    const [paid] = appendRows(db, [{ ...payment(6, 12_300), bill_month: '2026-11' }]);
    assert.equal(verifyChain(db).ok, true);
    // As an attacker with the file would: the append-only triggers dropped, the month changed.
    for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ledger'").pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare("UPDATE ledger SET bill_month = '2026-10' WHERE seq = ?").run(paid!.seq);
    const report = verifyChain(db);
    assert.deepEqual(report.ok ? null : [report.seq, report.problem], [paid!.seq, 'its contents do not match its hash']);
  });
});
