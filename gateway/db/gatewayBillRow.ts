import type { GatewayBill } from '../../shared/gateway/schemas';

/** A row of the gateway's bills table, as gatewayMigrations creates it. */
export interface GatewayBillRow {
  consumer_no: string;
  consumer_name: string;
  address: string;
  /** Ten digits, or empty: the protocol always carries the field. */
  mobile: string;
  bill_number: string;
  bill_month: string;
  bill_date: string;
  due_date: string;
  amount_by_due_paise: number;
  amount_after_due_paise: number;
  arrears_paise: number;
  /** The payment that settled the bill; a paid bill leaves the bill master. */
  paid_by_txn: string | null;
  /** Raised on every change, so bill-master cursors see it. */
  version: number;
}

export function toGatewayBill(row: GatewayBillRow): GatewayBill {
  return {
    consumerNo: row.consumer_no,
    consumerName: row.consumer_name,
    address: row.address,
    mobile: row.mobile,
    billNumber: row.bill_number,
    billMonth: row.bill_month,
    billDate: row.bill_date,
    dueDate: row.due_date,
    amountByDuePaise: row.amount_by_due_paise,
    amountAfterDuePaise: row.amount_after_due_paise,
    arrearsPaise: row.arrears_paise,
  };
}
