import type { BillMasterPage, BillMasterRow, BillMasterRowsPage, GatewayBill } from '../shared/gateway/schemas';
import { BILL_COLUMNS } from '../shared/gateway/billMasterRules';
import type { Db } from '../shared/node/sqlite/openDatabase';

/** A bill's fields in BILL_COLUMNS order, then who paid it and its version. */
type StoredRow = [...BillMasterRow, string | null, number];

const PAID_BY = BILL_COLUMNS.length;
const VERSION = BILL_COLUMNS.length + 1;

const asBill = (row: BillMasterRow): GatewayBill => ({
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

/**
 * Pages of the bill master, changes since a cursor (a bill's version), in both formats: rows for
 * the cabins that ask for them, bills with named fields for the older ones. A cabin pulls 550,000
 * rows through here, so the rows are read as arrays from statements prepared once: an object per
 * row from SQLite, then another in the protocol's names, cost more than the query.
 */
export function createBillMasterPages(db: Db): {
  billMaster: (cursor: string, limit: number) => BillMasterPage;
  billMasterRows: (cursor: string, limit: number) => BillMasterRowsPage;
} {
  const changedSince = db
    .prepare(
      `SELECT consumer_no, consumer_name, address, mobile, bill_number, bill_month, bill_date, due_date,
              amount_by_due_paise, amount_after_due_paise, arrears_paise, paid_by_txn, version
       FROM bills WHERE version > ? ORDER BY version LIMIT ?`,
    )
    .raw();
  const countSince = db.prepare('SELECT count(*) FROM bills WHERE version > ?').pluck();

  const rowsPage = (cursor: string, limit: number): BillMasterRowsPage => {
    const after = Number(cursor || 0);
    const stored = changedSince.all(after, limit + 1) as StoredRow[];
    const page = stored.slice(0, limit);
    const rows: BillMasterRow[] = [];
    const removed: string[] = [];
    const last = page.at(-1)?.[VERSION] ?? after;
    for (const row of page) {
      // A paid bill leaves the bill master.
      if (row[PAID_BY] !== null) removed.push(row[0]);
      else {
        const bill = row as unknown as BillMasterRow;
        bill.length = BILL_COLUMNS.length;
        rows.push(bill);
      }
    }
    return { columns: [...BILL_COLUMNS], rows, removed, nextCursor: String(last), hasMore: stored.length > limit, remaining: countSince.get(last) as number };
  };

  return {
    billMasterRows: rowsPage,
    billMaster(cursor, limit) {
      const { columns: _columns, rows, ...rest } = rowsPage(cursor, limit);
      return { bills: rows.map(asBill), ...rest };
    },
  };
}
