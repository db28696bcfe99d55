import type { ReversalsSummary } from '../../../shared/reversals';
import { REVERSAL_STATE_LABELS } from '../../../shared/reversalStateLabels';
import { CellStyle, indiaTimeCell, rupeesCell, type SharedStrings, SheetXml } from './sheetXml';

/**
 * Payments voided after the company had them, from the same reversalsReport F7 shows: the cash
 * went back at the void, the wallet gets the debit back only when the company accepts. The totals
 * by state come first, then one line per reversal with the company's case and words.
 */
export function reversalsSheet(strings: SharedStrings, reversals: ReversalsSummary): SheetXml {
  const sheet = new SheetXml(strings, { columns: [22, 20, 14, 16, 16, 14, 22, 18, 16, 20, 40].map((width) => ({ width })) });
  sheet.row(['Voided after upload: reversals by the company'], CellStyle.bold);
  sheet.row(['State', 'Amount', 'Count'], CellStyle.bold);
  for (const [state, totals] of [
    ['WAITING', reversals.waiting],
    ['REQUESTED', reversals.requested],
    ['ACCEPTED', reversals.accepted],
    ['REFUSED', reversals.refused],
  ] as const) {
    sheet.row([REVERSAL_STATE_LABELS[state].en, rupeesCell(totals.totalPaise), totals.count]);
  }
  sheet.row(['Credited back to the wallet', rupeesCell(reversals.creditedPaise)]);
  sheet.row(['Still debited from the wallet', rupeesCell(reversals.stillDebitedPaise)]);
  sheet.row([]);

  if (reversals.list.length === 0) {
    sheet.row(['No payment was voided after its upload.']);
    return sheet;
  }
  sheet.row(
    ['Voided at (India)', 'Receipt', 'Consumer no', 'Amount', 'Wallet debit', 'Commission', 'Reversal', 'Case', 'Credited back', 'Decided at (India)', 'The company says'],
    CellStyle.bold,
  );
  for (const line of reversals.list) {
    sheet.row([
      indiaTimeCell(line.voidedAt),
      line.receiptNo,
      line.consumerNo,
      rupeesCell(line.amountPaise),
      rupeesCell(line.walletDebitPaise),
      rupeesCell(line.commissionPaise),
      REVERSAL_STATE_LABELS[line.state].en,
      line.caseId,
      line.state === 'ACCEPTED' ? rupeesCell(line.walletCreditPaise) : null,
      line.decidedAt === null ? null : indiaTimeCell(line.decidedAt),
      line.note,
    ]);
  }
  return sheet;
}
