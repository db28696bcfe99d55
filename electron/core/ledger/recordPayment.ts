import type { Bill, RecordedPayment } from '../../../shared/domain';
import { RokadError } from '../../../shared/errors';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { formatPaise } from '../../../shared/money';
import { indiaDate } from '../../../shared/time';
import { billToCollect } from '../bills/billToCollect';
import type { BillStore } from '../bills/billStore';
import type { Db } from '../db/openDatabase';
import { GENESIS_HASH, hashLedgerRow } from './hashChain';
import { toRecordedPayment, type LedgerRow } from './ledgerRow';

export type PaymentRequest = ParsedInput<'payments.record'>;

export interface RecordPaymentDeps {
  cabinCode: string;
  bills: BillStore;
  now: () => Date;
  /** Runs inside the payment's transaction, so what it writes (the receipt's print job) commits with the payment or not at all. */
  afterInsert?: (row: LedgerRow, bill: Bill) => void;
}

function isSameRequest(row: LedgerRow, request: PaymentRequest): boolean {
  return (
    row.consumer_no === request.consumerNo &&
    row.bill_number === request.billNumber &&
    row.amount_paise === request.amountPaise &&
    row.tendered_paise === request.tenderedPaise
  );
}

/**
 * Records a cash payment in the ledger under the client's id, in one durable transaction:
 * the checks, the receipt number and the chained row commit together or not at all.
 * Recording an id again returns the stored payment and writes nothing.
 */
export function createRecordPayment(db: Db, deps: RecordPaymentDeps): (request: PaymentRequest) => RecordedPayment {
  const byEntryId = db.prepare('SELECT * FROM ledger WHERE entry_id = ?');
  const head = db.prepare('SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1');
  const takeNumber = db.prepare(`
    INSERT INTO receipt_counters (cabin_code, last_number) VALUES (?, 1)
    ON CONFLICT (cabin_code) DO UPDATE SET last_number = last_number + 1
    RETURNING last_number`);
  const insert = db.prepare(`
    INSERT INTO ledger (seq, entry_id, kind, receipt_no, cabin_code, consumer_no, consumer_name, bill_number,
                        amount_paise, tendered_paise, change_paise, recorded_at, prev_hash, hash)
    VALUES (@seq, @entry_id, @kind, @receipt_no, @cabin_code, @consumer_no, @consumer_name, @bill_number,
            @amount_paise, @tendered_paise, @change_paise, @recorded_at, @prev_hash, @hash)`);

  const record = db.transaction((request: PaymentRequest): RecordedPayment => {
    const existing = byEntryId.get(request.clientTxnId) as LedgerRow | undefined;
    if (existing) {
      if (isSameRequest(existing, request)) return toRecordedPayment(existing, true);
      throw new RokadError(
        'IDEMPOTENCY_MISMATCH',
        `This payment id was already used for receipt ${existing.receipt_no} with different details. Nothing was recorded; start the payment again.`,
      );
    }

    const bill = deps.bills.find(request.consumerNo);
    if (!bill) throw new RokadError('NO_BILL', `No bill found for consumer number ${request.consumerNo}. Nothing was recorded.`);
    if (bill.billNumber !== request.billNumber) {
      throw new RokadError('BILL_CHANGED', `The bill for ${request.consumerNo} has changed since it was shown. Nothing was recorded; look it up again.`);
    }
    const now = deps.now();
    const due = billToCollect(bill, indiaDate(now));
    if (request.amountPaise !== due.amountToCollectPaise) {
      throw new RokadError(
        'AMOUNT_RULE',
        `This bill must be paid exactly ${formatPaise(due.amountToCollectPaise)} today, not ${formatPaise(request.amountPaise)}. Nothing was recorded.`,
      );
    }
    if (request.tenderedPaise < request.amountPaise) {
      throw new RokadError(
        'CASH_SHORT',
        `Cash received ${formatPaise(request.tenderedPaise)} is less than the ${formatPaise(request.amountPaise)} due. Nothing was recorded.`,
      );
    }

    const previous = head.get() as { seq: number; hash: string } | undefined;
    const number = (takeNumber.get(deps.cabinCode) as { last_number: number }).last_number;
    const unhashed: Omit<LedgerRow, 'hash'> = {
      seq: (previous?.seq ?? 0) + 1,
      entry_id: request.clientTxnId,
      kind: 'PAYMENT',
      receipt_no: `${deps.cabinCode}-${String(number).padStart(6, '0')}`,
      cabin_code: deps.cabinCode,
      consumer_no: bill.consumerNo,
      consumer_name: bill.consumerName,
      bill_number: bill.billNumber,
      amount_paise: request.amountPaise,
      tendered_paise: request.tenderedPaise,
      change_paise: request.tenderedPaise - request.amountPaise,
      recorded_at: now.toISOString(),
      prev_hash: previous?.hash ?? GENESIS_HASH,
    };
    const row: LedgerRow = { ...unhashed, hash: hashLedgerRow(unhashed) };
    insert.run(row);
    deps.afterInsert?.(row, bill);
    return toRecordedPayment(row, false);
  });

  // IMMEDIATE takes the write lock up front, so two writers queue instead of failing mid-way.
  return (request) => record.immediate(request);
}
