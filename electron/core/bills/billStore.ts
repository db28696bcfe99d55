import type { Bill } from '../../../shared/domain';
import type { BillMasterRow } from '../../../shared/gateway/schemas';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { nameMatchQuery } from './nameMatchQuery';

/** A row of the bills table. */
export interface BillRow {
  consumer_no: string;
  consumer_name: string;
  address: string;
  bill_number: string;
  bill_month: string;
  bill_date: string;
  due_date: string;
  amount_by_due_paise: number;
  amount_after_due_paise: number;
  arrears_paise: number;
  mobile: string;
}

export function toBill(row: BillRow): Bill {
  return {
    consumerNo: row.consumer_no,
    consumerName: row.consumer_name,
    address: row.address,
    billNumber: row.bill_number,
    billMonth: row.bill_month,
    billDate: row.bill_date,
    dueDate: row.due_date,
    amountByDuePaise: row.amount_by_due_paise,
    amountAfterDuePaise: row.amount_after_due_paise,
    arrearsPaise: row.arrears_paise,
    ...(row.mobile ? { mobile: row.mobile } : {}),
  };
}

export interface BillStore {
  find(consumerNo: string): Bill | undefined;
  count(): number;
  save(bills: readonly Bill[]): void;
  /** Bills as the gateway's rows page carries them (BILL_COLUMNS order). */
  saveRows(rows: readonly BillMasterRow[]): void;
  remove(consumerNos: readonly string[]): void;
  /** By consumer number, by a ten-digit mobile, or by any three or more letters of the name. */
  search(text: string, limit?: number): Bill[];
}

const SEARCH_LIMIT = 20;

/** The local bill table: the offline copy of the bills the cabin can collect. */
export function createBillStore(db: Db): BillStore {
  const select = db.prepare('SELECT * FROM bills WHERE consumer_no = ?');
  const upsert = db.prepare(`
    INSERT INTO bills (consumer_no, consumer_name, address, mobile, bill_number, bill_month, bill_date, due_date,
                       amount_by_due_paise, amount_after_due_paise, arrears_paise)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (consumer_no) DO UPDATE SET
      consumer_name = excluded.consumer_name, address = excluded.address, bill_number = excluded.bill_number,
      bill_month = excluded.bill_month, bill_date = excluded.bill_date, due_date = excluded.due_date,
      amount_by_due_paise = excluded.amount_by_due_paise, amount_after_due_paise = excluded.amount_after_due_paise,
      arrears_paise = excluded.arrears_paise, mobile = excluded.mobile`);
  const deleteOne = db.prepare('DELETE FROM bills WHERE consumer_no = ?');
  const byMobile = db.prepare('SELECT * FROM bills WHERE mobile = ? ORDER BY consumer_no LIMIT ?');
  const byName = db.prepare(`SELECT bills.* FROM bills_by_name JOIN bills ON bills.rowid = bills_by_name.rowid
    WHERE bills_by_name MATCH ? LIMIT ?`);
  // Positional values, not named ones: a pull saves 550,000 bills through here.
  const saveAll = db.transaction((bills: readonly Bill[]) => {
    for (const bill of bills) {
      upsert.run(
        bill.consumerNo,
        bill.consumerName,
        bill.address,
        bill.mobile ?? '',
        bill.billNumber,
        bill.billMonth,
        bill.billDate,
        bill.dueDate,
        bill.amountByDuePaise,
        bill.amountAfterDuePaise,
        bill.arrearsPaise,
      );
    }
  });
  // The upsert's values are in the protocol's column order, so a row from the gateway is bound as sent.
  const saveAllRows = db.transaction((rows: readonly BillMasterRow[]) => {
    for (const row of rows) upsert.run(row);
  });
  return {
    find(consumerNo) {
      const row = select.get(consumerNo) as BillRow | undefined;
      return row && toBill(row);
    },
    count() {
      return (db.prepare('SELECT count(*) AS n FROM bills').get() as { n: number }).n;
    },
    save(bills) {
      saveAll(bills);
    },
    saveRows(rows) {
      saveAllRows(rows);
    },
    remove(consumerNos) {
      for (const consumerNo of consumerNos) deleteOne.run(consumerNo);
    },
    search(text, limit = SEARCH_LIMIT) {
      const query = text.trim();
      const exact = select.get(query.toUpperCase()) as BillRow | undefined;
      if (exact) return [toBill(exact)];
      const digits = query.replace(/[\s-]/g, '').replace(/^(\+91|0)/, '');
      if (/^\d{10}$/.test(digits)) {
        const found = byMobile.all(digits, limit) as BillRow[];
        if (found.length > 0) return found.map(toBill);
      }
      const match = nameMatchQuery(query);
      return match ? (byName.all(match, limit) as BillRow[]).map(toBill) : [];
    },
  };
}
