import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createServices, type Services } from '../createServices';
import { FONTS_DIR } from '../printing/testing/paths';
import { followUpPayments } from '../ledger/followUpPayments';
import { markAccepted } from '../sync/outbox';
import { markReversalDecided, markReversalRequested } from '../sync/reversals';
import { payBills, saveBills, settableClock } from '../testing/seedPayments';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { pdfText, REPORT_ARTIFACTS_DIR } from './testing/documentTools';
import { pdfOf } from './writePdf';

const DAY = '2026-11-24';
const COMMISSION = 500;

/**
 * Four payments the company accepted, each voided afterwards: one request still waiting to be sent,
 * one asked of the company, one accepted (the wallet credited back) and one refused with the
 * company's reason. The PDF lists them as F7 does.
 */
describe('the PDF day report’s reversals of payments voided after upload', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let pdf: string;
  const clock = settableClock(`${DAY}T04:00:00Z`);

  before(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-07', now: clock.now });
    const counter = openCounter(services);
    const paid = payBills(services, counter, saveBills(services, 4), clock, (i) => `${DAY}T04:1${i}:00Z`);
    clock.set(`${DAY}T05:00:00Z`);
    // The upload round writes the payments' outbox rows before it sends them.
    followUpPayments(services.db);
    paid.forEach((payment, i) =>
      markAccepted(services.db, payment.clientTxnId, { txnRefId: `TXN-${i}`, approvalRefNumber: `AP-${i}`, walletDebit: payment.amountPaise, commission: COMMISSION }, clock.now()),
    );
    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');
    for (const payment of paid) services.voidPayment({ receiptNo: payment.receiptNo, reason: 'Wrong consumer number' }, counter.user, supervisor);
    clock.set(`${DAY}T06:00:00Z`);
    for (const [i, payment] of paid.slice(1).entries()) markReversalRequested(services.db, payment.clientTxnId, `CASE-${i + 2}`, clock.now());
    markReversalDecided(
      services.db,
      paid[2]!.clientTxnId,
      { state: 'ACCEPTED', walletCreditPaise: paid[2]!.amountPaise - COMMISSION, note: null, decidedAt: clock.now().toISOString() },
      clock.now(),
    );
    markReversalDecided(
      services.db,
      paid[3]!.clientTxnId,
      { state: 'REFUSED', walletCreditPaise: 0, note: 'The bill was settled at the zone office', decidedAt: clock.now().toISOString() },
      clock.now(),
    );
    pdf = join(folder.dir, 'day-report-reversals.pdf');
    writeFileSync(pdf, pdfOf(services.dayReport({ from: DAY, to: DAY }), clock.now(), FONTS_DIR));
  });
  after(() => {
    services.close();
    folder.remove();
  });

  it('lists each voided payment with where its reversal stands, in Hindi and English, as F7 does', () => {
    const text = pdfText(pdf);
    assert.match(text, /Voided after upload: reversals by the company/);
    const reversals = services.dayReport({ from: DAY, to: DAY }).reversals;
    assert.deepEqual(
      reversals.list.map((r) => r.state),
      ['WAITING', 'REQUESTED', 'ACCEPTED', 'REFUSED'],
    );
    assert.match(text, /BPL-07-000001 +₹100\.00 .*Waiting to be sent +—/);
    assert.match(text, /BPL-07-000002 +₹110\.13 .*Asked of the company +CASE-2/);
    assert.match(text, /BPL-07-000003 +₹120\.26 .*Accepted +CASE-3 +₹115\.26/);
    assert.match(text, /BPL-07-000004 +₹130\.39 .*Refused +CASE-4/);
    assert.match(text, /BPL-07-000004 — .*The company says: The bill was settled at the zone office/);
    assert.match(text, /Still debited from the wallet until the company accepts: ₹200\.13/);
    assert.match(text, /Credited back to the wallet: ₹115\.26/);
    assert.match(text, /Refused, staying debited: ₹130\.39 \(1\)/);
  });

  it('draws the list on the page for a person to look at', () => {
    mkdirSync(REPORT_ARTIFACTS_DIR, { recursive: true });
    const prefix = join(folder.dir, 'reversals');
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '2', '-l', '2', '-singlefile', pdf, prefix]);
    copyFileSync(`${prefix}.png`, join(REPORT_ARTIFACTS_DIR, 'day-report-reversals.png'));
  });
});
