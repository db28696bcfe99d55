import { paiseAsDecimal } from '../../../shared/money';
import type { ExportRow } from './exportRows';
import { csvText, startsLikeFormula } from './formulaCells';

/**
 * The CSV columns in their documented order (docs/exports.md). The company's systems read them by
 * position, so a new column only ever goes at the end.
 */
export const CSV_COLUMNS: ReadonlyArray<[string, (row: ExportRow) => string | number]> = [
  ['seq', (r) => r.seq],
  ['entry_id', (r) => r.entryId],
  ['kind', (r) => r.kind],
  ['receipt_no', (r) => r.receiptNo],
  ['date_ist', (r) => r.indiaDate],
  ['time_ist', (r) => r.indiaTime],
  ['recorded_at_utc', (r) => r.recordedAt],
  ['cabin_code', (r) => r.cabinCode],
  ['shift_id', (r) => r.shiftId],
  ['user_id', (r) => r.userId],
  ['consumer_no', (r) => r.consumerNo],
  ['consumer_name', (r) => r.consumerName],
  ['bill_number', (r) => r.billNumber],
  ['amount_paise', (r) => r.amountPaise],
  ['net_paise', (r) => r.netPaise],
  ['net_rupees', (r) => paiseAsDecimal(r.netPaise)],
  ['tendered_paise', (r) => r.tenderedPaise],
  ['change_paise', (r) => r.changePaise],
  ['voided', (r) => (r.voided ? 'Y' : 'N')],
  ['void_reason', (r) => r.voidReason],
  ['approved_by', (r) => r.approvedBy],
  ['upload_state', (r) => r.uploadState],
  ['txn_ref_id', (r) => r.txnRefId],
  ['approval_ref_number', (r) => r.approvalRefNumber],
  ['row_hash', (r) => r.hash],
  ['refund_slip_no', (r) => r.refundSlipNo],
  ['reverses_receipt_no', (r) => r.reversesReceiptNo],
];

function field(value: string | number): string {
  const text = String(value);
  if (typeof value === 'string' && startsLikeFormula(text)) return csvText(text);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: UTF-8 without a byte-order mark, CRLF line ends, a header row, quotes only where needed. */
export function csvOf(rows: readonly ExportRow[]): Buffer {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([, value]) => field(value(row))).join(','));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
