import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DayReport } from '../../../shared/reports';
import { createServices, type Services } from '../createServices';
import { followUpPayments } from '../ledger/followUpPayments';
import { markAccepted } from '../sync/outbox';
import { markReversalDecided, markReversalRequested } from '../sync/reversals';
import { saveBills, payBills, settableClock } from '../testing/seedPayments';
import { openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { exportRows } from './exportRows';
import { REVERSAL_STATE_LABELS } from '../../../shared/reversalStateLabels';
import { workbookSheetsAsCsv } from './testing/documentTools';
import { xlsxOf } from './writeXlsx';

const DAY = '2026-11-24';
const paise = (rupees: string) => Math.round(Number(rupees) * 100);

/**
 * Four payments the company accepted, all voided the same afternoon: one reversal not yet sent,
 * one the company has as a case, one it accepted (the wallet credited back), one it refused.
 */
describe('the workbook’s Reversals sheet', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let report: DayReport;
  let sheet: string[][];
  const clock = settableClock(`${DAY}T03:30:00Z`);

  before(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-07', now: clock.now });
    const counter = openCounter(services);
    const paid = payBills(services, counter, saveBills(services, 4), clock, (i) => `${DAY}T0${4 + i}:00:00Z`);
    clock.set(`${DAY}T09:00:00Z`);
    // The upload round writes the payments' outbox rows before it sends them.
    followUpPayments(services.db);
    for (const payment of paid) {
      markAccepted(
        services.db,
        payment.clientTxnId,
        { txnRefId: `TXN-${payment.receiptNo}`, approvalRefNumber: 'AP', walletDebit: payment.amountPaise - 10, commission: 10 },
        clock.now(),
      );
    }
    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');
    for (const payment of paid) services.voidPayment({ receiptNo: payment.receiptNo, reason: 'Paid twice by mistake' }, counter.user, supervisor);
    const [, asked, accepted, refused] = paid;
    for (const payment of [asked!, accepted!, refused!]) markReversalRequested(services.db, payment.clientTxnId, `CASE-${payment.receiptNo}`, clock.now());
    const decidedAt = `${DAY}T11:00:00Z`;
    markReversalDecided(services.db, accepted!.clientTxnId, { state: 'ACCEPTED', walletCreditPaise: accepted!.amountPaise - 20, note: 'Reversed', decidedAt }, clock.now());
    markReversalDecided(services.db, refused!.clientTxnId, { state: 'REFUSED', walletCreditPaise: 0, note: 'Posted to the consumer account already', decidedAt }, clock.now());

    const range = { from: DAY, to: DAY };
    report = services.dayReport(range);
    const file = join(folder.dir, 'reversals.xlsx');
    writeFileSync(file, xlsxOf(report, exportRows(services.db, range), clock.now()));
    const out = join(folder.dir, 'libreoffice');
    mkdirSync(out);
    sheet = workbookSheetsAsCsv(file, out).Reversals!;
  });
  after(() => {
    services.close();
    folder.remove();
  });

  it('lists each reversal with its state, case and the company’s words, as the day report has them', () => {
    const header = sheet.findIndex((row) => row[0] === 'Voided at (India)');
    const columns = sheet[header]!;
    const at = (row: string[], name: string) => row[columns.indexOf(name)]!;
    const lines = sheet.slice(header + 1);
    assert.equal(report.reversals.list.length, 4);
    assert.deepEqual(
      lines.map((row) => [at(row, 'Receipt'), paise(at(row, 'Amount')), at(row, 'Reversal'), at(row, 'Case'), at(row, 'The company says')]),
      report.reversals.list.map((line) => [line.receiptNo, line.amountPaise, REVERSAL_STATE_LABELS[line.state].en, line.caseId ?? '', line.note ?? '']),
    );
    assert.deepEqual(
      lines.map((row) => at(row, 'Reversal')),
      ['Waiting to be sent', 'Asked of the company', 'Accepted', 'Refused'],
    );
    const accepted = report.reversals.list[2]!;
    assert.equal(paise(at(lines[2]!, 'Credited back')), accepted.walletCreditPaise);
    assert.equal(at(lines[3]!, 'Credited back'), '', 'a refused reversal credits nothing back');
  });

  it('totals the reversals by state, with what the wallet got back and what stays debited', () => {
    const byLabel = new Map(sheet.map((row) => [row[0], row]));
    const { waiting, requested, accepted, refused, creditedPaise, stillDebitedPaise } = report.reversals;
    for (const [state, totals] of [
      ['WAITING', waiting],
      ['REQUESTED', requested],
      ['ACCEPTED', accepted],
      ['REFUSED', refused],
    ] as const) {
      const row = byLabel.get(REVERSAL_STATE_LABELS[state].en)!;
      assert.deepEqual([paise(row[1]!), Number(row[2])], [totals.totalPaise, 1]);
    }
    assert.equal(paise(byLabel.get('Credited back to the wallet')![1]!), creditedPaise);
    assert.equal(paise(byLabel.get('Still debited from the wallet')![1]!), stillDebitedPaise);
    assert.ok(stillDebitedPaise > 0 && creditedPaise > 0);
  });
});
