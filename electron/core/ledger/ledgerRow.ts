import type { RecordedPayment } from '../../../shared/domain';

/** A row of the ledger table as SQLite returns it. */
export interface LedgerRow {
  seq: number;
  entry_id: string;
  kind: string;
  receipt_no: string;
  cabin_code: string;
  consumer_no: string;
  consumer_name: string;
  bill_number: string;
  amount_paise: number;
  tendered_paise: number;
  change_paise: number;
  recorded_at: string;
  prev_hash: string;
  hash: string;
}

export function toRecordedPayment(row: LedgerRow, replayed: boolean): RecordedPayment {
  return {
    clientTxnId: row.entry_id,
    receiptNo: row.receipt_no,
    consumerNo: row.consumer_no,
    consumerName: row.consumer_name,
    billNumber: row.bill_number,
    amountPaise: row.amount_paise,
    tenderedPaise: row.tendered_paise,
    changePaise: row.change_paise,
    recordedAt: row.recorded_at,
    replayed,
  };
}
