import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verifyChain } from '../../ledger/verifyChain';
import { appendRows, eachLedgerMigratedThrough, payment, voidOf } from '../../testing/ledgerAtVersion';
import { changeRounding } from './0007-change-rounding';

describe('migration: change rounding kept with the payment', () => {
  const ledger = eachLedgerMigratedThrough(changeRounding);

  it('gives earlier rows 0, and their hashes still verify', () => {
    const db = ledger();
    assert.deepEqual(db.prepare('SELECT DISTINCT change_rounding_paise FROM ledger').pluck().all(), [0]);
    assert.equal(verifyChain(db).ok, true);
  });

  it('puts a new row’s rounding under its hash: changed, the chain breaks there', () => {
    const db = ledger();
    const [rounded] = appendRows(db, [{ ...payment(6, 124_550), tendered_paise: 130_000, change_paise: 5_450, change_rounding_paise: 50 }]);
    appendRows(db, [{ ...voidOf(7, 6, 124_550, 'Wrong bill'), change_rounding_paise: 50 }]);
    assert.equal(verifyChain(db).ok, true);
    assert.equal(db.prepare('SELECT change_rounding_paise FROM ledger WHERE seq = ?').pluck().get(rounded!.seq), 50);

    // As an attacker with the file would: the append-only triggers dropped, one figure changed.
    for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'ledger'").pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
    db.prepare('UPDATE ledger SET change_rounding_paise = 0 WHERE seq = ?').run(rounded!.seq);
    const report = verifyChain(db);
    assert.deepEqual(report.ok ? null : [report.seq, report.problem], [rounded!.seq, 'its contents do not match its hash']);
  });

  it('refuses a rounding of a rupee or more: a step is at most ₹1', () => {
    const db = ledger();
    assert.throws(() => appendRows(db, [{ ...payment(6, 10_000), tendered_paise: 20_000, change_paise: 10_000, change_rounding_paise: 100 }]), /CHECK constraint failed/);
  });
});
