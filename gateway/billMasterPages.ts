import type { BillMasterPage, GatewayBill } from '../shared/gateway/schemas';
import type { Db } from '../shared/node/sqlite/openDatabase';

type BillColumns = [string, string, string, string, string, string, string, string, number, number, number, string | null, number];

/**
 * Pages of the bill master, changes since a cursor (a bill's version). A cabin pulls 550,000
 * rows through here, so the rows are read as arrays from statements prepared once: an object per
 * row from SQLite, then another in the protocol's names, cost more than the query.
 */
export function createBillMasterPages(db: Db): (cursor: string, limit: number) => BillMasterPage {
  const changedSince = db
    .prepare(
      `SELECT consumer_no, consumer_name, address, mobile, bill_number, bill_month, bill_date, due_date,
              amount_by_due_paise, amount_after_due_paise, arrears_paise, paid_by_txn, version
       FROM bills WHERE version > ? ORDER BY version LIMIT ?`,
    )
    .raw();
  const countSince = db.prepare('SELECT count(*) FROM bills WHERE version > ?').pluck();

  return (cursor, limit) => {
    const after = Number(cursor || 0);
    const rows = changedSince.all(after, limit + 1) as BillColumns[];
    const page = rows.slice(0, limit);
    const bills: GatewayBill[] = [];
    const removed: string[] = [];
    for (const row of page) {
      // A paid bill leaves the bill master.
      if (row[11] !== null) removed.push(row[0]);
      else
        bills.push({
          consumerNo: row[0],
          consumerName: row[1],
          address: row[2],
          mobile: row[3],
          billNumber: row[4],
          billMonth: row[5],
          billDate: row[6],
          dueDate: row[7],
          amountByDuePaise: row[8],
          amountAfterDuePaise: row[9],
          arrearsPaise: row[10],
        });
    }
    const last = page.at(-1)?.[12] ?? after;
    return { bills, removed, nextCursor: String(last), hasMore: rows.length > limit, remaining: countSince.get(last) as number };
  };
}
