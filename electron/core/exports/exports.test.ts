import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ExportResult } from '../../../shared/reports';
import { dispatch } from '../../../shared/ipc/dispatch';
import { createCore } from '../createCore';
import { createServices, type Services } from '../createServices';
import { verifyChain } from '../ledger/verifyChain';
import { followUpPayments } from '../ledger/followUpPayments';
import { markAccepted, markRefused } from '../sync/outbox';
import { saveBills, payBills, settableClock } from '../testing/seedPayments';
import { OPENING_FLOAT, openCounter, PEOPLE } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { firstPageAsPng, parseCsv, pdfText, REPORT_ARTIFACTS_DIR, workbookSheetsAsCsv } from './testing/documentTools';
import { CSV_COLUMNS } from './writeCsv';
import { SEARCHABLE_COPY_EN } from './writePdf';

const DAY = '2026-11-24';
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * One cabin day (India time): five real payments between 09:10 and 16:45, one of them voided,
 * a training payment, one accepted and two refused by the gateway, one of those paid back against
 * a refund slip, the shift closed short with a supervisor's approval; and a payment the next
 * morning that no report of the day may count.
 */
describe('the supervisor’s day report and its exports', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  const clock = settableClock('2026-11-24T03:30:00Z');

  before(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-07', now: clock.now, security: { idleMinutes: 7 * 24 * 60 } });
    const counter = openCounter(services);
    const bills = saveBills(services, 6);
    const times = ['03:40', '04:50', '06:00', '07:30', '11:15'].map((hm) => `${DAY}T${hm}:00Z`);
    const paid = payBills(services, counter, bills.slice(0, 5), clock, (i) => times[i]!);
    payBills(services, { ...counter, training: true }, bills.slice(5), clock, () => `${DAY}T06:30:00Z`);
    clock.set(`${DAY}T08:30:00Z`);
    const supervisor = services.sessions.approve({ supervisorId: PEOPLE.supervisor.userId, pin: PEOPLE.supervisor.pin }, 'test');
    services.voidPayment({ receiptNo: paid[1]!.receiptNo, reason: 'Wrong consumer number' }, counter.user, supervisor);
    // The upload round writes the payments' outbox rows before it sends them.
    followUpPayments(services.db);
    markAccepted(services.db, paid[0]!.clientTxnId, { txnRefId: 'TXN-1', approvalRefNumber: 'AP-1', walletDebit: 9_990, commission: 10 }, clock.now());
    markRefused(services.db, paid[3]!.clientTxnId, { code: 'CONSUMER_BLOCKED', message: 'Consumer is blocked' }, clock.now());
    markRefused(services.db, paid[4]!.clientTxnId, { code: 'BILL_ALREADY_PAID', message: 'Bill already paid' }, clock.now());
    services.exceptions.refund({ clientTxnId: paid[4]!.clientTxnId, reason: 'Bill already paid at the zone office' }, counter.user, supervisor);
    clock.set(`${DAY}T12:30:00Z`);
    services.shifts.close(counter.user, OPENING_FLOAT, 'Collections handed to the supervisor', supervisor);
    clock.set('2026-11-25T04:30:00Z');
    const nextDay = openCounter(services);
    payBills(services, nextDay, bills.slice(5), clock, () => '2026-11-25T04:30:00Z');
  });
  after(() => {
    services.close();
    folder.remove();
  });

  const asSupervisor = () => {
    services.sessions.signIn(PEOPLE.supervisor.userId, PEOPLE.supervisor.pin);
    return createCore(services);
  };

  it('counts the day’s payments, voids and refunds by agent, shift and hour, leaving training and the next day out', () => {
    const report = services.dayReport({ from: DAY, to: DAY });
    const day = { payments: { count: 5, totalPaise: 60_130 }, voids: { count: 1, totalPaise: 11_013 }, refunds: { count: 1, totalPaise: 14_052 }, netPaise: 35_065 };
    assert.deepEqual({ payments: report.payments, voids: report.voids, refunds: report.refunds, netPaise: report.netPaise }, day);
    assert.deepEqual(report.byDay, [{ date: DAY, ...day }]);
    assert.deepEqual(
      report.byAgent.map((a) => [a.userId, a.refunds, a.netPaise]),
      [[PEOPLE.agent.userId, day.refunds, 35_065]],
    );
    assert.deepEqual(
      report.byHour.filter((h) => h.payments.count > 0).map((h) => [h.hour, h.payments.totalPaise]),
      [
        [9, 10_000],
        [10, 11_013],
        [11, 12_026],
        [13, 13_039],
        [16, 14_052],
      ],
    );
    assert.deepEqual(
      report.voidList.map((v) => [v.receiptNo, v.amountPaise, v.reason, v.approvedBy]),
      [['BPL-07-000002', 11_013, 'Wrong consumer number', PEOPLE.supervisor.userId]],
    );
    assert.deepEqual(
      report.refundList.map((r) => [r.slipNo, r.receiptNo, r.amountPaise, r.reason, r.refundedBy, r.approvedBy]),
      [['RFD-BPL-07-000001', 'BPL-07-000005', 14_052, 'Bill already paid at the zone office', PEOPLE.agent.userId, PEOPLE.supervisor.userId]],
    );
  });

  it('sets each shift’s expected cash beside what was counted at its close', () => {
    const [shift, ...others] = services.dayReport({ from: DAY, to: DAY }).byShift;
    assert.equal(others.length, 0);
    assert.deepEqual(
      { refunds: shift!.refunds, expected: shift!.expectedPaise, counted: shift!.countedPaise, difference: shift!.differencePaise },
      { refunds: { count: 1, totalPaise: 14_052 }, expected: 100_000 + 60_130 - 11_013 - 14_052, counted: 100_000, difference: -35_065 },
    );
  });

  it('tells accepted, waiting, refused, refunded and voided-before-upload payments apart, with the wallet’s debits', () => {
    const { uploads, wallet } = services.dayReport({ from: DAY, to: DAY });
    assert.deepEqual(uploads, {
      accepted: { count: 1, totalPaise: 10_000 },
      waiting: { count: 1, totalPaise: 12_026 },
      refused: { count: 1, totalPaise: 13_039 },
      refunded: { count: 1, totalPaise: 14_052 },
      cancelled: { count: 1, totalPaise: 11_013 },
    });
    assert.deepEqual([wallet.debitedPaise, wallet.commissionPaise], [9_990, 10]);
  });

  it('shows the report to a supervisor only', async () => {
    services.sessions.signIn(PEOPLE.agent.userId, PEOPLE.agent.pin);
    const refused = await dispatch(createCore(services), 'reports.day', { from: DAY, to: DAY });
    assert.deepEqual(refused, { ok: false, error: { code: 'NOT_ALLOWED', message: 'Only a supervisor can do this.' } });
    const shown = await dispatch(asSupervisor(), 'reports.day', { from: DAY, to: DAY });
    assert.ok(shown.ok);
  });

  it('refuses a range that ends before it starts, before anything runs', async () => {
    const result = await dispatch(asSupervisor(), 'reports.day', { from: DAY, to: '2026-11-23' });
    assert.deepEqual(result, { ok: false, error: { code: 'INVALID_INPUT', message: 'The first day must not be after the last day.' } });
  });

  it('writes nothing, not even an audit row, when the chosen folder is not there', async () => {
    const audited = services.audit.list({ action: 'EXPORT' }).length;
    const missing = join(folder.dir, 'no-usb-stick');
    const result = await dispatch(asSupervisor(), 'exports.write', { from: DAY, to: DAY, folder: missing, formats: ['csv', 'xlsx', 'pdf'] });
    assert.deepEqual(result, {
      ok: false,
      error: {
        code: 'EXPORT_FOLDER_MISSING',
        message: `The folder ${missing} is not there. Plug in the USB stick or choose another folder. Nothing was written.`,
        params: { folder: missing },
      },
    });
    assert.equal(existsSync(missing), false);
    assert.equal(services.audit.list({ action: 'EXPORT' }).length, audited);
  });

  describe('exported to a USB stick', () => {
    let usb: string;
    let exported: ExportResult;
    const fileOf = (format: string) => exported.files.find((f) => f.format === format)!.path;

    before(async () => {
      usb = join(folder.dir, 'usb');
      mkdirSync(usb);
      const result = await dispatch(asSupervisor(), 'exports.write', { from: DAY, to: DAY, folder: usb, formats: ['csv', 'xlsx', 'pdf'] });
      assert.ok(result.ok, JSON.stringify(result));
      exported = result.value as ExportResult;
    });

    it('reports the rows, the totals and the ledger head it was made against, and logs them', () => {
      const head = verifyChain(services.db);
      assert.ok(head.ok);
      assert.deepEqual(
        { rows: exported.rows, payments: exported.payments, voids: exported.voids, refunds: exported.refunds, net: exported.netPaise, head: exported.ledgerHead },
        {
          rows: 7,
          payments: { count: 5, totalPaise: 60_130 },
          voids: { count: 1, totalPaise: 11_013 },
          refunds: { count: 1, totalPaise: 14_052 },
          net: 35_065,
          head: { seq: head.rows, hash: head.headHash },
        },
      );
      const [logged] = services.audit.list({ action: 'EXPORT' });
      assert.deepEqual(
        { by: logged!.userId, rows: logged!.detail.rows, net: logged!.detail.netPaise, head: logged!.detail.ledgerHead },
        { by: PEOPLE.supervisor.userId, rows: 7, net: 35_065, head: exported.ledgerHead },
      );
    });

    it('writes a CSV in the documented column order, one line per ledger row, whose net column adds up to the day', () => {
      const [header, ...lines] = parseCsv(readFileSync(fileOf('csv'), 'utf8'));
      assert.deepEqual(
        header,
        CSV_COLUMNS.map((column) => column.name),
      );
      const rows = lines.filter((line) => line[header!.indexOf('kind')] !== 'SHIFT');
      const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);
      assert.equal(rows.length, 7);
      assert.equal(sum(column('net_paise').map(Number)), 35_065);
      assert.equal(sum(column('net_rupees').map((r) => Math.round(Number(r) * 100))), 35_065);
      assert.deepEqual(column('kind').filter((k) => k === 'VOID').length, 1);
      assert.ok(
        column('receipt_no').every((r) => /^(RFD-)?BPL-07-/.test(r)),
        'no training receipt',
      );
      const refund = rows.find((row) => row[header!.indexOf('kind')] === 'REFUND')!;
      const refunded = rows.find((row) => row[header!.indexOf('receipt_no')] === 'BPL-07-000005')!;
      const at = (row: string[], name: string) => row[header!.indexOf(name)];
      assert.deepEqual(
        [at(refund, 'receipt_no'), at(refund, 'net_paise'), at(refund, 'reverses_receipt_no'), at(refund, 'void_reason'), at(refund, 'approved_by')],
        ['RFD-BPL-07-000001', '-14052', 'BPL-07-000005', 'Bill already paid at the zone office', PEOPLE.supervisor.userId],
      );
      assert.deepEqual([at(refunded, 'upload_state'), at(refunded, 'refund_slip_no'), at(refunded, 'voided')], ['REFUSED', 'RFD-BPL-07-000001', 'N']);
      assert.deepEqual(column('time_ist').slice(0, 2), ['09:10:00', '10:20:00']);
    });

    it('ends the CSV with a drawer line per shift: every term of the drawer signed as it moves the cash, adding up to what should be in it, beside the count', () => {
      const [header, ...lines] = parseCsv(readFileSync(fileOf('csv'), 'utf8'));
      const at = (line: string[], name: string) => line[header!.indexOf(name)]!;
      const shiftLines = lines.filter((line) => at(line, 'kind') === 'SHIFT');
      const [shift] = services.dayReport({ from: DAY, to: DAY }).byShift;
      assert.equal(shiftLines.length, 1);
      assert.deepEqual(lines.at(-1), shiftLines[0], 'after every ledger row');
      const terms = ['float', 'payments', 'voids', 'refunds', 'cash_in', 'cash_out', 'rounding'].map((term) => Number(at(shiftLines[0]!, `drawer_${term}_paise`)));
      assert.deepEqual(
        {
          shift: at(shiftLines[0]!, 'shift_id'),
          agent: at(shiftLines[0]!, 'user_id'),
          closed: at(shiftLines[0]!, 'shift_closed_at_utc'),
          terms,
          expected: Number(at(shiftLines[0]!, 'drawer_expected_paise')),
          counted: Number(at(shiftLines[0]!, 'drawer_counted_paise')),
          difference: Number(at(shiftLines[0]!, 'drawer_difference_paise')),
          net: at(shiftLines[0]!, 'net_paise'),
        },
        {
          shift: shift!.shiftId,
          agent: PEOPLE.agent.userId,
          closed: `${DAY}T12:30:00.000Z`,
          terms: [100_000, 60_130, -11_013, -14_052, 0, 0, shift!.roundingPaise],
          expected: shift!.expectedPaise,
          counted: 100_000,
          difference: 100_000 - shift!.expectedPaise,
          net: '',
        },
      );
      assert.equal(sum(terms), shift!.expectedPaise, 'the terms add up to what should be in the drawer');
    });

    it('never writes over an earlier export: the same day again gets new names', async () => {
      const before = readFileSync(fileOf('csv'));
      const again = await dispatch(asSupervisor(), 'exports.write', { from: DAY, to: DAY, folder: usb, formats: ['csv'] });
      assert.ok(again.ok);
      assert.match((again.value as ExportResult).files[0]!.path, /rokad-BPL-07-2026-11-24-2\.csv$/);
      assert.deepEqual(readFileSync(fileOf('csv')), before);
    });

    it('has LibreOffice read the workbook to the same totals as the ledger, with the head hash on the summary', () => {
      const out = join(folder.dir, 'libreoffice');
      mkdirSync(out);
      const sheets = workbookSheetsAsCsv(fileOf('xlsx'), out);
      const [header, ...rows] = sheets.Payments!;
      const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);
      assert.equal(rows.length, 7);
      assert.equal(sum(column('Net paise').map(Number)), 35_065);
      assert.equal(Math.round(sum(column('Net amount').map(Number)) * 100), 35_065);
      const summary = new Map(sheets.Summary!.map(([label, value]) => [label, value]));
      assert.equal(Math.round(Number(summary.get('Net collected')) * 100), 35_065);
      assert.equal(Math.round(Number(summary.get('Payments')) * 100), 60_130);
      assert.equal(Math.round(Number(summary.get('Refunds')) * 100), 14_052);
      assert.equal(Math.round(Number(summary.get('Refused, then refunded')) * 100), 14_052);
      assert.equal(summary.get('Ledger head hash'), exported.ledgerHead.hash);
      assert.equal(sheets.Reversals!.at(-1)![0], 'No payment was voided after its upload.', 'the void came before any upload');
    });

    it('prints a PDF whose text holds the totals and the head hash, in Hindi and English', () => {
      const text = pdfText(fileOf('pdf'));
      assert.match(text, /Net collected: ₹350\.65/);
      assert.match(text, /Payments: ₹601\.30 \(5\)/);
      assert.match(text, /Voids: ₹110\.13 \(1\)/);
      assert.match(text, /Refunds: ₹140\.52 \(1\)/);
      assert.match(text, /RFD-BPL-07-000001 +BPL-07-000005 +₹140\.52/);
      assert.ok(text.includes(exported.ledgerHead.hash), 'head hash in the PDF');
      mkdirSync(REPORT_ARTIFACTS_DIR, { recursive: true });
      const png = firstPageAsPng(fileOf('pdf'), join(folder.dir, 'day-report'));
      assert.deepEqual([...readFileSync(png).subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
      copyFileSync(png, join(REPORT_ARTIFACTS_DIR, 'day-report.png'));
    });

    it('says on the PDF, in English that pdftotext extracts whole, that the CSV and Excel files are the searchable copy, and keeps the Hindi title in Unicode metadata', () => {
      const text = pdfText(fileOf('pdf')).replace(/\s+/g, ' ');
      assert.ok(text.includes(SEARCHABLE_COPY_EN), 'the English note is extractable word for word');
      assert.match(text, /Day report — BPL-07/);
      assert.match(execFileSync('pdfinfo', [fileOf('pdf')], { encoding: 'utf8' }), /Subject: +दैनिक रिपोर्ट \/ Day report BPL-07/);
    });

    it('leaves only the files it reported in the folder', () => {
      assert.deepEqual(readdirSync(usb).sort(), ['rokad-BPL-07-2026-11-24-2.csv', 'rokad-BPL-07-2026-11-24.csv', 'rokad-BPL-07-2026-11-24.pdf', 'rokad-BPL-07-2026-11-24.xlsx']);
    });
  });
});
