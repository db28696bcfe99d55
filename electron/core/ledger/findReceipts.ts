import type { RecordedPayment } from '../../../shared/domain';
import { parseRupees } from '../../../shared/money';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { toRecordedPayment, type PaymentRow } from './ledgerRow';

const MOST = 50;

/**
 * Payments of any shift and day, newest first, found by what a consumer at the counter can say:
 * the receipt number (or part of it), the consumer number, a name, or the amount paid.
 */
export function findReceipts(db: Db, text: string, isVoided: (entryId: string) => boolean): RecordedPayment[] {
  const words = text.trim();
  const amount = /^[\d,]+(\.\d{1,2})?$/.test(words) ? parseRupees(words.replaceAll(',', '')) : null;
  const rows = db
    .prepare(
      `SELECT * FROM ledger WHERE kind = 'PAYMENT'
         AND (receipt_no LIKE @like ESCAPE '\\' OR consumer_no = @upper OR consumer_name LIKE @like ESCAPE '\\' OR amount_paise = @paise)
       ORDER BY seq DESC LIMIT ${MOST}`,
    )
    .all({ like: `%${words.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`, upper: words.toUpperCase(), paise: amount?.ok ? amount.paise : -1 }) as PaymentRow[];
  return rows.map((row) => toRecordedPayment(row, false, isVoided(row.entry_id)));
}
