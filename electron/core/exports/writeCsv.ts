import { DRAWER_TERM_KINDS, drawerTerms, shouldBeInDrawer, type DrawerTermKey } from '../../../shared/drawer';
import { paiseAsDecimal } from '../../../shared/money';
import type { ShiftLine } from '../../../shared/reports';
import type { ExportRow } from './exportRows';
import { csvText, startsLikeFormula } from './formulaCells';

type Cell = string | number;

/** A column says what it holds on a ledger row's line and on a shift's drawer line; a cell it has no value for is empty. */
interface CsvColumn {
  name: string;
  ofRow?: (row: ExportRow) => Cell;
  ofShift?: (shift: ShiftLine) => Cell;
}

const DRAWER_COLUMN_NAMES: Record<DrawerTermKey, string> = {
  openingFloat: 'drawer_float_paise',
  payments: 'drawer_payments_paise',
  voids: 'drawer_voids_paise',
  refunds: 'drawer_refunds_paise',
  cashIn: 'drawer_cash_in_paise',
  cashOut: 'drawer_cash_out_paise',
  rounding: 'drawer_rounding_paise',
};

/** Each term signed as it moves the drawer, so a shift line's term columns add up to what should be in it. */
const signedTerm = (shift: ShiftLine, key: DrawerTermKey): number => {
  const term = drawerTerms(shift).find((t) => t.key === key)!;
  return term.sign * term.amountPaise;
};

/**
 * The CSV columns in their documented order (docs/exports.md). The company's systems read them by
 * position, so a new column only ever goes at the end.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'seq', ofRow: (r) => r.seq },
  { name: 'entry_id', ofRow: (r) => r.entryId },
  { name: 'kind', ofRow: (r) => r.kind, ofShift: () => 'SHIFT' },
  { name: 'receipt_no', ofRow: (r) => r.receiptNo },
  { name: 'date_ist', ofRow: (r) => r.indiaDate },
  { name: 'time_ist', ofRow: (r) => r.indiaTime },
  { name: 'recorded_at_utc', ofRow: (r) => r.recordedAt, ofShift: (s) => s.openedAt },
  { name: 'cabin_code', ofRow: (r) => r.cabinCode },
  { name: 'shift_id', ofRow: (r) => r.shiftId, ofShift: (s) => s.shiftId },
  { name: 'user_id', ofRow: (r) => r.userId, ofShift: (s) => s.userId },
  { name: 'consumer_no', ofRow: (r) => r.consumerNo },
  { name: 'consumer_name', ofRow: (r) => r.consumerName },
  { name: 'bill_number', ofRow: (r) => r.billNumber },
  { name: 'amount_paise', ofRow: (r) => r.amountPaise },
  { name: 'net_paise', ofRow: (r) => r.netPaise },
  { name: 'net_rupees', ofRow: (r) => paiseAsDecimal(r.netPaise) },
  { name: 'tendered_paise', ofRow: (r) => r.tenderedPaise },
  { name: 'change_paise', ofRow: (r) => r.changePaise },
  { name: 'voided', ofRow: (r) => (r.voided ? 'Y' : 'N') },
  { name: 'void_reason', ofRow: (r) => r.voidReason },
  { name: 'approved_by', ofRow: (r) => r.approvedBy },
  { name: 'upload_state', ofRow: (r) => r.uploadState },
  { name: 'txn_ref_id', ofRow: (r) => r.txnRefId },
  { name: 'approval_ref_number', ofRow: (r) => r.approvalRefNumber },
  { name: 'row_hash', ofRow: (r) => r.hash },
  { name: 'refund_slip_no', ofRow: (r) => r.refundSlipNo },
  { name: 'reverses_receipt_no', ofRow: (r) => r.reversesReceiptNo },
  { name: 'shift_closed_at_utc', ofShift: (s) => s.closedAt ?? '' },
  ...DRAWER_TERM_KINDS.map(({ key }): CsvColumn => ({ name: DRAWER_COLUMN_NAMES[key], ofShift: (s) => signedTerm(s, key) })),
  { name: 'drawer_expected_paise', ofShift: (s) => shouldBeInDrawer(s) },
  { name: 'drawer_counted_paise', ofShift: (s) => s.countedPaise ?? '' },
  { name: 'drawer_difference_paise', ofShift: (s) => s.differencePaise ?? '' },
];

function field(value: Cell): string {
  const text = String(value);
  if (typeof value === 'string' && startsLikeFormula(text)) return csvText(text);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180: UTF-8 without a byte-order mark, CRLF line ends, a header row, quotes only where needed.
 * One line per ledger row in chain order, then one drawer line per shift of the range.
 */
export function csvOf(rows: readonly ExportRow[], shifts: readonly ShiftLine[] = []): Buffer {
  const lines = [CSV_COLUMNS.map((column) => column.name).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => field(column.ofRow?.(row) ?? '')).join(','));
  for (const shift of shifts) lines.push(CSV_COLUMNS.map((column) => field(column.ofShift?.(shift) ?? '')).join(','));
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
