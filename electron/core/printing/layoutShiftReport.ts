import { denominations } from '../../../shared/denominations';
import type { ShiftReport } from '../../../shared/domain';
import { drawerTerms, termOperator } from '../../../shared/drawer';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { row, text, type Block } from './layoutReceipt';
import type { ReceiptHeader } from './receiptRecord';
import { bilingual } from '../reports/drawerTermLabels';

/** The drawer identity term by term, what it adds up to, and the count against it: the same on the Z report and the handover slip. */
export function shiftFigureBlocks(report: ShiftReport): Block[] {
  const blocks: Block[] = [
    ...drawerTerms(report).map((term, i) =>
      row(`${termOperator(term, i)} ${bilingual(term.key)}`.trim(), `${term.count === null ? '' : `${term.count} · `}${formatPaise(term.amountPaise)}`),
    ),
    { kind: 'rule' },
    row(`= ${bilingual('expected')}`, formatPaise(report.expectedPaise), 'large', true),
  ];
  if (report.countedPaise !== null) blocks.push(row(bilingual('counted'), formatPaise(report.countedPaise), 'large', true));
  if (report.differencePaise !== null) blocks.push(row(bilingual('difference'), formatPaise(report.differencePaise), 'large', true));
  if (report.counted) {
    for (const d of denominations) {
      const n = report.counted[d.key] ?? 0;
      if (n > 0) blocks.push(row(`₹${d.paise / 100} ${d.kind === 'note' ? 'नोट / note' : 'सिक्का / coin'} × ${n}`, formatPaise(n * d.paise), 'small'));
    }
  }
  if (report.note) blocks.push({ kind: 'rule' }, row('नोट / Note', report.note, 'small'));
  if (report.approvedBy) blocks.push(row('मंज़ूरी / Approved by', report.approvedBy, 'small'));
  return blocks;
}

/** The company's name in both languages over a rule: the top of every slip the cabin prints. */
export const slipHeader = (header: ReceiptHeader): Block[] => [text(header.companyHi, 'body', 'center', true), text(header.companyEn, 'small'), { kind: 'rule' }];

/**
 * The shift report on the receipt printer: the Z report that goes into the cash bag with the
 * drawer's count, or an X report of a shift still open. Same figures as the screen, from the core.
 */
export function layoutShiftReport(report: ShiftReport, header: ReceiptHeader, printedAt: string): Block[] {
  const closed = report.closedAt !== null;
  return [
    ...slipHeader(header),
    { kind: 'banner', text: closed ? 'शिफ़्ट रिपोर्ट (Z) / SHIFT REPORT (Z)' : 'अब तक (X) / SHIFT SO FAR (X)' },
    row('केबिन / Cabin', report.cabinCode),
    row('एजेंट / Agent', report.userName),
    row('खुली / Opened', formatIndiaDateTime(report.openedAt)),
    ...(report.closedAt ? [row('बंद / Closed', formatIndiaDateTime(report.closedAt))] : []),
    { kind: 'rule' },
    ...shiftFigureBlocks(report),
    { kind: 'rule' },
    row('छपी / Printed', formatIndiaDateTime(printedAt), 'small'),
    { kind: 'gap' },
  ];
}
