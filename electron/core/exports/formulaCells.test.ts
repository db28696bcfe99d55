import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { DayReport } from '../../../shared/reports';
import { createServices, type Services } from '../createServices';
import { saveBills, payBills, settableClock } from '../testing/seedPayments';
import { openCounter } from '../testing/seedCounter';
import { tempDataDir } from '../testing/tempDataDir';
import { exportRows, type ExportRow } from './exportRows';
import { parseCsv, workbookSheetsAsCsv } from './testing/documentTools';
import { csvOf } from './writeCsv';
import { xlsxOf } from './writeXlsx';

const HOSTILE_NAMES = ['=1+1', '+91 98260 12345', '-2+3', '@SUM(1,2)', '=HYPERLINK("http://evil.example","click")', '\t=1+1', '\r=1+1', '＝1+1'];

describe('a name or reason that begins like a formula, in the exports', () => {
  let folder: ReturnType<typeof tempDataDir>;
  let services: Services;
  let rows: ExportRow[];
  let report: DayReport;
  const clock = settableClock('2026-11-24T03:30:00Z');

  before(() => {
    folder = tempDataDir();
    services = createServices({ dataDir: join(folder.dir, 'data'), cabinCode: 'BPL-07', now: clock.now });
    const counter = openCounter(services);
    const bills = saveBills(services, HOSTILE_NAMES.length).map((bill, i) => ({ ...bill, consumerName: HOSTILE_NAMES[i]! }));
    services.bills.save(bills);
    payBills(services, counter, bills, clock, (i) => `2026-11-24T04:${String(10 + i).padStart(2, '0')}:00Z`);
    const range = { from: '2026-11-24', to: '2026-11-24' };
    rows = exportRows(services.db, range);
    report = services.dayReport(range);
  });
  after(() => {
    services.close();
    folder.remove();
  });

  it('is quoted and led by an apostrophe in the CSV, while numbers, negative ones too, stay as they are', () => {
    const [header, ...lines] = parseCsv(csvOf(rows).toString('utf8'));
    const names = lines.map((line) => line[header!.indexOf('consumer_name')]);
    assert.deepEqual(
      names,
      HOSTILE_NAMES.map((name) => `'${name}`),
    );
    assert.ok(lines.every((line) => /^\d+$/.test(line[header!.indexOf('net_paise')]!)));
    const refund = parseCsv(csvOf([{ ...rows[0]!, netPaise: -14_052 }]).toString('utf8'))[1]!;
    assert.deepEqual([refund[header!.indexOf('net_paise')], refund[header!.indexOf('net_rupees')]], ['-14052', '-140.52']);
  });

  it('is a text cell in the workbook, holding the name as stored, and LibreOffice reads it as that text', async () => {
    const file = join(folder.dir, 'hostile.xlsx');
    writeFileSync(file, xlsxOf(report, rows, clock.now()));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Payments')!;
    const nameColumn = (sheet.getRow(1).values as string[]).indexOf('Consumer name');
    const cells = HOSTILE_NAMES.map((_, i) => sheet.getRow(i + 2).getCell(nameColumn));
    assert.deepEqual(
      cells.map((cell) => [cell.type, cell.value, cell.numFmt]),
      HOSTILE_NAMES.map((name) => [ExcelJS.ValueType.String, name, '@']),
    );
    const out = mkdtempSync(join(tmpdir(), 'rokad-formula-'));
    try {
      mkdirSync(out, { recursive: true });
      const [header, ...lines] = workbookSheetsAsCsv(file, out).Payments!;
      assert.deepEqual(
        lines.map((line) => line[header!.indexOf('Consumer name')]),
        HOSTILE_NAMES,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
