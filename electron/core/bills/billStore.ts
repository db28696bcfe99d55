import type { Bill } from '../../../shared/domain';
import type { Db } from '../db/openDatabase';

interface BillRow {
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
}

function toBill(row: BillRow): Bill {
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
  };
}

export interface BillStore {
  find(consumerNo: string): Bill | undefined;
  count(): number;
  save(bills: readonly Bill[]): void;
}

/** The local bill table: the offline copy of the bills the cabin can collect. */
export function createBillStore(db: Db): BillStore {
  const select = db.prepare('SELECT * FROM bills WHERE consumer_no = ?');
  const upsert = db.prepare(`
    INSERT INTO bills (consumer_no, consumer_name, address, bill_number, bill_month, bill_date, due_date,
                       amount_by_due_paise, amount_after_due_paise, arrears_paise)
    VALUES (@consumerNo, @consumerName, @address, @billNumber, @billMonth, @billDate, @dueDate,
            @amountByDuePaise, @amountAfterDuePaise, @arrearsPaise)
    ON CONFLICT (consumer_no) DO UPDATE SET
      consumer_name = excluded.consumer_name, address = excluded.address, bill_number = excluded.bill_number,
      bill_month = excluded.bill_month, bill_date = excluded.bill_date, due_date = excluded.due_date,
      amount_by_due_paise = excluded.amount_by_due_paise, amount_after_due_paise = excluded.amount_after_due_paise,
      arrears_paise = excluded.arrears_paise`);
  const saveAll = db.transaction((bills: readonly Bill[]) => {
    for (const bill of bills) upsert.run(bill);
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
  };
}
