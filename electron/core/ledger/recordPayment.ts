import type { RecordedPayment } from '../../../shared/domain';
import { checkAmount } from '../../../shared/amountRules';
import { roundChange } from '../../../shared/cashRounding';
import { totalOfCount } from '../../../shared/denominations';
import { RokadError, type ErrorCode, type ErrorParamsByCode } from '../../../shared/errors';
import type { Collector } from '../../../shared/ipc/access';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime, indiaDate } from '../../../shared/time';
import { billToCollect } from '../../../shared/bills/billToCollect';
import type { BillStore } from '../bills/billStore';
import type { Db } from '../../../shared/node/sqlite/openDatabase';
import { readBillerRules } from '../rules/billerRulesStore';
import { createLedgerAppender } from './appendLedgerRow';
import { toRecordedPayment, type PaymentRow } from './ledgerRow';
import type { PaymentQueries } from './paymentQueries';
import { savePaymentContact } from './paymentContacts';
import { createReceiptNumbers } from './receiptNumbers';

export type PaymentRequest = ParsedInput<'payments.record'>;

export interface RecordPaymentDeps {
  cabinCode: string;
  bills: BillStore;
  payments: PaymentQueries;
  now: () => Date;
  /** Runs inside the payment's transaction, before anything is written: may refuse a payment the wallet cannot cover. */
  checkWallet?: (amountPaise: number) => void;
}

function isSameRequest(row: PaymentRow, request: PaymentRequest): boolean {
  return (
    row.consumer_no === request.consumerNo && row.bill_number === request.billNumber && row.amount_paise === request.amountPaise && row.tendered_paise === request.tenderedPaise
  );
}

const refuse = <C extends ErrorCode>(code: C, message: string, params: ErrorParamsByCode[C]) => new RokadError(code, `${message} Nothing was recorded.`, params);

/**
 * Records a cash payment in the ledger under the client's id, in one durable transaction:
 * the checks, the receipt number and the chained row commit together or not at all.
 * Recording an id again returns the stored payment and writes nothing. Its upload row and its
 * original's print job follow from the row and are written after it (followUpPayments).
 */
export function createRecordPayment(db: Db, deps: RecordPaymentDeps): (request: PaymentRequest, collector: Collector) => RecordedPayment {
  const append = createLedgerAppender(db);
  const nextNumber = createReceiptNumbers(db);

  const record = db.transaction((request: PaymentRequest, collector: Collector): RecordedPayment => {
    const existing = deps.payments.byEntryId(request.clientTxnId);
    if (existing) {
      if (isSameRequest(existing, request)) return toRecordedPayment(existing, true, deps.payments.isVoided(existing.entry_id));
      throw refuse('IDEMPOTENCY_MISMATCH', `This payment id was already used for receipt ${existing.receipt_no} with different details. Start the payment again.`, {
        receiptNo: existing.receipt_no,
      });
    }

    const bill = deps.bills.find(request.consumerNo);
    if (!bill) throw refuse('NO_BILL', `No bill found for consumer number ${request.consumerNo}.`, { consumerNo: request.consumerNo });
    if (bill.billNumber !== request.billNumber) {
      throw refuse('BILL_CHANGED', `The bill for ${request.consumerNo} has changed since it was shown; look it up again.`, { consumerNo: request.consumerNo });
    }
    const now = deps.now();
    const today = indiaDate(now);
    const due = billToCollect(bill, today);
    const paidToday = collector.training ? 0 : deps.payments.paidOnDay(bill.consumerNo, today);
    const rules = readBillerRules(db);
    const ruleBroken = checkAmount(rules, due.amountToCollectPaise, request.amountPaise, paidToday);
    if (ruleBroken) throw refuse(ruleBroken.code, ruleBroken.message, ruleBroken.params);
    if (request.tenderedPaise < request.amountPaise) {
      throw refuse('CASH_SHORT', `Cash received ${formatPaise(request.tenderedPaise)} is less than the ${formatPaise(request.amountPaise)} to pay.`, {
        tenderedPaise: request.tenderedPaise,
        amountPaise: request.amountPaise,
      });
    }
    if (request.cashReceived && totalOfCount(request.cashReceived) !== request.tenderedPaise) {
      throw refuse(
        'CASH_COUNT_MISMATCH',
        `The notes and coins add up to ${formatPaise(totalOfCount(request.cashReceived))}, not the ${formatPaise(request.tenderedPaise)} entered.`,
        {
          countedPaise: totalOfCount(request.cashReceived),
          tenderedPaise: request.tenderedPaise,
        },
      );
    }
    const [earlier] = deps.payments.earlierForBill(bill.consumerNo, bill.billNumber, collector.training);
    if (earlier && !request.confirmRepeat) {
      throw refuse(
        'REPEAT_PAYMENT',
        `Bill ${bill.billNumber} was already paid ${formatPaise(earlier.amountPaise)} on receipt ${earlier.receiptNo} (${formatIndiaDateTime(earlier.recordedAt)}). Confirm to take another payment.`,
        { billNumber: bill.billNumber, amountPaise: earlier.amountPaise, receiptNo: earlier.receiptNo, recordedAt: earlier.recordedAt },
      );
    }

    if (!collector.training) deps.checkWallet?.(request.amountPaise);

    // Training payments number on their own, so real receipt numbers stay gap-free.
    const series = collector.training ? `TRN-${deps.cabinCode}` : deps.cabinCode;
    const row = append({
      entry_id: request.clientTxnId,
      kind: 'PAYMENT',
      receipt_no: nextNumber(series),
      cabin_code: deps.cabinCode,
      shift_id: collector.shiftId,
      user_id: collector.user.userId,
      training: collector.training ? 1 : 0,
      consumer_no: bill.consumerNo,
      consumer_name: bill.consumerName,
      bill_number: bill.billNumber,
      amount_paise: request.amountPaise,
      tendered_paise: request.tenderedPaise,
      change_paise: request.tenderedPaise - request.amountPaise,
      change_rounding_paise: roundChange(request.tenderedPaise - request.amountPaise, rules.changeRounding).roundingPaise,
      cash_received: request.cashReceived ? JSON.stringify(request.cashReceived) : null,
      voids_entry_id: null,
      reason: null,
      approved_by: null,
      recorded_at: now.toISOString(),
      bill_month: bill.billMonth,
    }) as PaymentRow;
    if (!collector.training && request.consumerMobile) savePaymentContact(db, row.entry_id, request.consumerMobile);
    return toRecordedPayment(row, false);
  });

  // IMMEDIATE takes the write lock up front, so two writers queue instead of failing mid-way.
  return (request, collector) => record.immediate(request, collector);
}
