import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { DayReport } from '../../../shared/reports';
import { createServices, type Services } from '../createServices';
import { appendPayments, saveBills } from '../testing/seedPayments';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { exportRows } from './exportRows';
import { workbookSheetsAsCsv } from './testing/documentTools';
import { xlsxOf } from './writeXlsx';
import { RUPEES_FORMAT } from './xlsxPackage';

const PER_DAY = 1_000;
const DAYS = 30;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A day's payments from 08:00 India time, one every 43 seconds. */
const instantOf = (index: number) =>
  new Date(Date.parse(`2026-11-${String(Math.floor(index / PER_DAY) + 1).padStart(2, '0')}T08:00:00+05:30`) + (index % PER_DAY) * 43_000).toISOString();

/** The size issue #14 is about: a month of a busy cabin, 30,000 payments, in one workbook. */
describe('a month’s workbook of 30,000 payments', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let report: DayReport;
  let file: string;

  before(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-07', now: () => new Date('2026-11-01T02:00:00Z') });
    appendPayments(services, openCounter(services), saveBills(services, PER_DAY * DAYS), instantOf);
    const range = { from: '2026-11-01', to: '2026-11-30' };
    report = services.dayReport(range);
    file = join(folder.dir, 'month.xlsx');
    writeFileSync(file, xlsxOf(report, exportRows(services.db, range), new Date('2026-12-01T06:00:00Z')));
  });
  after(() => {
    services.close();
    folder.remove();
  });

  it('is read by LibreOffice to every row, and its paise add up to the month, to a day and to the summary', () => {
    const out = join(folder.dir, 'libreoffice');
    mkdirSync(out);
    const sheets = workbookSheetsAsCsv(file, out);
    const [header, ...rows] = sheets.Payments!;
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);
    assert.equal(rows.length, PER_DAY * DAYS);
    assert.equal(report.payments.count, PER_DAY * DAYS);

    const netPaise = column('Net paise').map(Number);
    assert.equal(sum(netPaise), report.payments.totalPaise);
    assert.equal(sum(column('Net amount').map((rupees) => Math.round(Number(rupees) * 100))), report.payments.totalPaise);
    const fifteenth = report.byDay.find((day) => day.date === '2026-11-15')!;
    assert.equal(sum(netPaise.slice(14 * PER_DAY, 15 * PER_DAY)), fifteenth.payments.totalPaise);

    const summary = new Map(sheets.Summary!.map(([label, ...values]) => [label, values]));
    assert.deepEqual([Math.round(Number(summary.get('Payments')![0]) * 100), Number(summary.get('Payments')![1])], [report.payments.totalPaise, PER_DAY * DAYS]);
    assert.deepEqual([column('Receipt')[0], column('Receipt').at(-1), column('Consumer name')[0]], ['BPL-07-000001', 'BPL-07-030000', 'सुनीता वर्मा 0 / Sunita Verma 0']);
  });

  it('is read by exceljs with numbers as numbers under the rupee and whole-paise formats', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Payments')!;
    assert.equal(sheet.actualRowCount, PER_DAY * DAYS + 1);
    const headers = sheet.getRow(1).values as string[];
    const last = sheet.getRow(PER_DAY * DAYS + 1);
    const amount = last.getCell(headers.indexOf('Net amount'));
    const paise = last.getCell(headers.indexOf('Net paise'));
    const time = last.getCell(headers.indexOf('Time (India)'));
    // exceljs drops a format's backslash escapes as it reads it.
    assert.deepEqual(
      [amount.type, amount.numFmt, Math.round((amount.value as number) * 100), paise.type, paise.value, paise.numFmt],
      [ExcelJS.ValueType.Number, RUPEES_FORMAT.replace(/\\(.)/g, '$1'), paise.value, ExcelJS.ValueType.Number, paise.value, '0'],
    );
    assert.deepEqual([time.type, (time.value as Date).toISOString()], [ExcelJS.ValueType.Date, '2026-11-30T19:55:57.000Z'], 'India wall clock, 08:00 plus 999 × 43 s');
  });
});
