import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DRAWER_TERM_KINDS, drawerTerms, termOperator } from '../../../shared/drawer';
import type { DayReport } from '../../../shared/reports';
import { DRAWER_TERM_LABELS } from '../reports/drawerTermLabels';
import type { ExportRow } from './exportRows';
import { keepFormulaLikeCellsAsText } from './formulaCells';

/**
 * Rupees with Indian grouping (₹1,23,45,678.00). Excel's number formats know only groups of
 * three, so the lakh and crore commas come from conditional sections, as Indian accountants do it.
 */
export const RUPEES_FORMAT = '[>=10000000]"₹"##\\,##\\,##\\,##0.00;[>=100000]"₹"##\\,##\\,##0.00;"₹"#,##0.00';
const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm:ss';

/** Excel cells hold wall-clock time with no zone; exceljs writes a Date's UTC fields, so shift it to India time. */
function indiaWallClock(iso: string): Date {
  return new Date(Date.parse(iso) + 330 * 60_000);
}

const rupees = (paise: number) => paise / 100;

function addSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: DayReport, generatedAt: Date): void {
  const sheet = workbook.addWorksheet('Summary');
  sheet.columns = [
    { width: 34 },
    { width: 20 },
    { width: 20 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 22 },
    { width: 16 },
    { width: 16 },
  ];
  const money = (row: ExcelJS.Row, ...columns: number[]) => columns.forEach((c) => (row.getCell(c).numFmt = RUPEES_FORMAT));
  const bold = (row: ExcelJS.Row) => (row.font = { bold: true });

  bold(sheet.addRow([`Rokad day report, cabin ${report.cabinCode}`]));
  sheet.addRow(['From (India date)', report.from]);
  sheet.addRow(['To (India date)', report.to]);
  const made = sheet.addRow(['Made at (India time)', indiaWallClock(generatedAt.toISOString())]);
  made.getCell(2).numFmt = DATE_TIME_FORMAT;
  sheet.addRow(['Ledger head row', report.ledgerHead.seq]);
  sheet.addRow(['Ledger head hash', report.ledgerHead.hash]);
  sheet.addRow([]);

  bold(sheet.addRow(['Totals (training excluded)', 'Amount', 'Count']));
  money(sheet.addRow(['Payments', rupees(report.payments.totalPaise), report.payments.count]), 2);
  money(sheet.addRow(['Voids', rupees(report.voids.totalPaise), report.voids.count]), 2);
  money(sheet.addRow(['Refunds', rupees(report.refunds.totalPaise), report.refunds.count]), 2);
  money(sheet.addRow(['Net collected', rupees(report.netPaise)]), 2);
  for (const [label, totals] of [
    ['Uploads accepted', report.uploads.accepted],
    ['Uploads waiting', report.uploads.waiting],
    ['Uploads refused, not yet resolved', report.uploads.refused],
    ['Refused, then refunded', report.uploads.refunded],
    ['Voided, never accepted', report.uploads.cancelled],
  ] as const) {
    money(sheet.addRow([label, rupees(totals.totalPaise), totals.count]), 2);
  }
  money(sheet.addRow(['Wallet debited by the gateway', rupees(report.wallet.debitedPaise)]), 2);
  money(sheet.addRow(['Commission earned', rupees(report.wallet.commissionPaise)]), 2);
  sheet.addRow([]);

  bold(sheet.addRow(['Agent', 'Payments', 'Count', 'Voids', 'Count', 'Refunds', 'Count', 'Net']));
  for (const agent of report.byAgent) {
    const { payments, voids, refunds } = agent;
    const row = keepFormulaLikeCellsAsText(
      sheet.addRow([
        agent.name,
        rupees(payments.totalPaise),
        payments.count,
        rupees(voids.totalPaise),
        voids.count,
        rupees(refunds.totalPaise),
        refunds.count,
        rupees(agent.netPaise),
      ]),
    );
    money(row, 2, 4, 6, 8);
  }
  sheet.addRow([]);

  // Every term of the drawer identity per shift, so the columns add up to "should be in the drawer" in the sheet itself.
  bold(
    sheet.addRow([
      'Shift (agent)',
      'Opened at',
      'Closed at',
      ...DRAWER_TERM_KINDS.map((kind, i) => `${termOperator(kind, i)} ${DRAWER_TERM_LABELS[kind.key].en}`.trim()),
      `= ${DRAWER_TERM_LABELS.expected.en}`,
      'Counted',
      'Difference',
    ]),
  );
  for (const shift of report.byShift) {
    const terms = drawerTerms(shift).map((term) => rupees(term.amountPaise));
    const row = keepFormulaLikeCellsAsText(
      sheet.addRow([
        shift.name,
        indiaWallClock(shift.openedAt),
        shift.closedAt ? indiaWallClock(shift.closedAt) : 'open',
        ...terms,
        rupees(shift.expectedPaise),
        shift.countedPaise === null ? '' : rupees(shift.countedPaise),
        shift.differencePaise === null ? '' : rupees(shift.differencePaise),
      ]),
    );
    money(row, ...Array.from({ length: terms.length + 3 }, (_, i) => 4 + i));
    row.getCell(2).numFmt = DATE_TIME_FORMAT;
    row.getCell(3).numFmt = DATE_TIME_FORMAT;
  }
}

function addPayments(workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: readonly ExportRow[]): void {
  const sheet = workbook.addWorksheet('Payments', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Seq', key: 'seq', width: 8 },
    { header: 'Kind', key: 'kind', width: 9 },
    { header: 'Receipt', key: 'receiptNo', width: 20 },
    { header: 'Time (India)', key: 'at', width: 20, style: { numFmt: DATE_TIME_FORMAT } },
    { header: 'Agent', key: 'userName', width: 28 },
    { header: 'Consumer no', key: 'consumerNo', width: 14 },
    { header: 'Consumer name', key: 'consumerName', width: 30 },
    { header: 'Bill number', key: 'billNumber', width: 16 },
    { header: 'Net amount', key: 'net', width: 16, style: { numFmt: RUPEES_FORMAT } },
    { header: 'Net paise', key: 'netPaise', width: 12, style: { numFmt: '0' } },
    { header: 'Voided', key: 'voided', width: 8 },
    { header: 'Upload', key: 'uploadState', width: 11 },
    { header: 'Gateway ref', key: 'txnRefId', width: 22 },
    { header: 'Refund slip', key: 'refundSlipNo', width: 20 },
    { header: 'Gives back receipt', key: 'reversesReceiptNo', width: 20 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  // Each row is written out as it is added: a month's 30,000 rows never sit in memory as cell objects.
  for (const row of rows) {
    keepFormulaLikeCellsAsText(sheet.addRow({ ...row, at: indiaWallClock(row.recordedAt), net: rupees(row.netPaise), voided: row.voided ? 'Y' : 'N' })).commit();
  }
}

/**
 * The workbook: a summary sheet (totals, agents, shifts, the ledger head hash) and every row on a
 * payments sheet, through exceljs's streaming writer (the in-memory workbook took about 4 s for a month).
 */
export async function xlsxOf(report: DayReport, rows: readonly ExportRow[], generatedAt: Date): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Rokad';
  workbook.created = generatedAt;
  addSummary(workbook, report, generatedAt);
  addPayments(workbook, rows);
  await workbook.commit();
  return Buffer.concat(chunks);
}
