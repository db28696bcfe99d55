import type { RecordedPayment } from '../../../shared/domain';
import { parseRupees } from '../../../shared/money';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { preparedOnce } from '../../../shared/node/sqlite/preparedOnce';
import { toRecordedPayment, type PaymentRow } from './ledgerRow';

const MOST = 50;

/**
 * Payments of any shift and day, newest first, found by what a consumer at the counter can say:
 * the receipt number (or part of it), the consumer number, a name, or the amount paid. A whole
 * receipt or consumer number is found through its index, so it costs the same in a year-old
 * ledger; a part of one, a name or an amount is looked for row by row, newest first.
 */
export function findReceipts(db: Db, text: string, isVoided: (entryId: string) => boolean): RecordedPayment[] {
  const words = text.trim();
  const upper = words.toUpperCase();
  const exact = preparedOnce(db, `SELECT * FROM ledger WHERE kind = 'PAYMENT' AND (receipt_no = @upper OR consumer_no = @upper) ORDER BY seq DESC LIMIT ${MOST}`).all({
    upper,
  }) as PaymentRow[];
  const amount = /^[\d,]+(\.\d{1,2})?$/.test(words) ? parseRupees(words.replaceAll(',', '')) : null;
  const rows =
    exact.length > 0
      ? exact
      : (preparedOnce(
          db,
          `SELECT * FROM ledger WHERE kind = 'PAYMENT'
             AND (receipt_no LIKE @like ESCAPE '\\' OR consumer_name LIKE @like ESCAPE '\\' OR amount_paise = @paise)
           ORDER BY seq DESC LIMIT ${MOST}`,
        ).all({ like: `%${upper.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, paise: amount?.ok ? amount.paise : -1 }) as PaymentRow[]);
  return rows.map((row) => toRecordedPayment(row, false, isVoided(row.entry_id)));
}
