import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { receiptCode } from '../../../shared/node/receiptCode';
import { createServices, LEDGER_FILE } from '../createServices';
import { setSetting } from '../settings/settings';
import { openCounter } from '../testing/seedCounter';
import { payBills, saveBills, settableClock } from '../testing/seedPayments';
import { tempDataDir } from '../testing/tempDataDir';

const REPO = join(__dirname, '..', '..', '..');

/** The auditor's command, run as they would run it, in a process of its own. */
function verifyReceiptCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'verifyReceipt.ts'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('checking a scanned receipt QR against a ledger copy, offline', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let ledger: string;
  let receipts: Array<{ receiptNo: string; qr: string; hash: string; amountPaise: number }>;

  before(() => {
    folder = tempDataDir();
    const clock = settableClock('2026-11-24T04:00:00Z');
    const services = createServices({ dataDir: join(folder.dir, 'cabin'), cabinCode: 'BPL-07', now: clock.now });
    setSetting(services.db, 'receipt_verify_url', 'https://pay.example.in/r');
    const counter = openCounter(services);
    const paid = payBills(services, counter, saveBills(services, 2), clock, (i) => `2026-11-24T0${4 + i}:00:00Z`);
    receipts = paid.map((payment) => {
      const row = services.payments.byReceiptNo(payment.receiptNo)!;
      const job = services.receipts.pending().find((queued) => queued.receiptNo === payment.receiptNo)!;
      return { receiptNo: payment.receiptNo, qr: services.receipts.jobRecord(job.id).qrPayload, hash: row.hash, amountPaise: row.amount_paise };
    });
    services.close();
    ledger = join(folder.dir, 'cabin', LEDGER_FILE);
  });
  after(() => folder.remove());

  it('finds a genuine receipt from its URL QR, the short form and the oldest form alike', () => {
    const [first] = receipts;
    assert.equal(first!.qr, `https://pay.example.in/r?n=${first!.receiptNo}&c=${receiptCode(first!.hash)}`);
    for (const qr of [first!.qr, `ROKAD2|${first!.receiptNo}|${receiptCode(first!.hash)}`, `ROKAD1|${first!.receiptNo}|${first!.amountPaise}|${first!.hash.slice(0, 12)}`]) {
      const result = verifyReceiptCli(ledger, qr);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`^GENUINE: receipt ${first!.receiptNo}`, 'm'));
      assert.match(result.stdout, /payment at cabin BPL-07 on .*, ₹/);
    }
  });

  it('says "no such receipt" for a number not in the ledger and "not genuine" for another receipt’s code', () => {
    const [first, second] = receipts;
    const unknown = verifyReceiptCli(ledger, `ROKAD2|BPL-07-000099|${receiptCode(first!.hash)}`);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /NO SUCH RECEIPT: BPL-07-000099/);
    const swapped = verifyReceiptCli(ledger, `https://pay.example.in/r?n=${first!.receiptNo}&c=${receiptCode(second!.hash)}`);
    assert.equal(swapped.status, 1);
    assert.match(swapped.stderr, /NOT GENUINE: .*check code/);
  });

  it('catches a receipt whose row was changed after it printed: the chain no longer holds', () => {
    const copy = join(folder.dir, 'tampered.sqlite');
    copyFileSync(ledger, copy);
    const db = new Database(copy);
    db.exec('DROP TRIGGER ledger_is_append_only_update');
    db.prepare("UPDATE ledger SET consumer_name = 'Someone Else' WHERE receipt_no = ?").run(receipts[0]!.receiptNo);
    db.close();
    const result = verifyReceiptCli(copy, receipts[0]!.qr);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /hash chain is broken/);
  });

  it('refuses a code of the wrong length, and a file that is not a ledger, with a clear message', () => {
    const short = verifyReceiptCli(ledger, `https://pay.example.in/r?n=${receipts[0]!.receiptNo}&c=ABC`);
    assert.equal(short.status, 2);
    assert.match(short.stderr, /has 10 letters and digits; this one has 3/);
    const missing = verifyReceiptCli(join(folder.dir, 'nothing.sqlite'), receipts[0]!.qr);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Cannot open/);
  });
});
