import { create } from 'zustand';
import { checkAmount } from '../../../shared/amountRules';
import { totalOfCount, type CashCount, type DenominationKey } from '../../../shared/denominations';
import type { BillLookup, RecordedPayment } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { formatPaise, parseRupees, type ParsedAmount } from '../../../shared/money';
import { BAD_MOBILE_MESSAGE, normalIndianMobile } from '../../../shared/mobile';
import { call } from '../api';

export type Step = 'lookup' | 'cash' | 'confirm' | 'done';

/** Change this large is more often a typing slip than a note: the cashier confirms it once more. */
const LARGE_CHANGE_PAISE = 200_000;

export type PrintNote = { kind: 'printing' } | { kind: 'printed' } | { kind: 'failed'; error: ErrorBody };

interface PaymentState {
  step: Step;
  consumerNo: string;
  due: BillLookup | null;
  /** What the consumer pays; editable only where the biller's rules allow another amount than the bill's. */
  amountText: string;
  amountPaise: number;
  cashText: string;
  /** Digits a fast cashier typed while the bill was still being fetched: they belong to the cash figure. */
  typedAhead: string;
  /** An Enter typed after those digits: the cash is taken as soon as the bill shows, with every check the cashier's own Enter gets. */
  enterTypedAhead: boolean;
  /** Notes and coins tapped in; cleared when the cashier types the figure instead. */
  cashCount: CashCount;
  tenderedPaise: number;
  /** The cashier saw the earlier payment for this bill and takes another on purpose. */
  confirmRepeat: boolean;
  /** A mobile the consumer gives for the company's message, as typed; empty for the bill's. */
  mobileText: string;
  /** Made when the cash is accepted, so a retry of the same payment reuses it. */
  clientTxnId: string | null;
  recorded: RecordedPayment | null;
  error: ErrorBody | null;
  /** How printing the receipt went; the payment is recorded either way. */
  printNote: PrintNote | null;
  busy: boolean;
  setConsumerNo(value: string): void;
  setAmountText(value: string): void;
  setCashText(value: string): void;
  typeAhead(key: string): void;
  tap(key: DenominationKey): void;
  setConfirmRepeat(value: boolean): void;
  setMobileText(value: string): void;
  lookUp(consumerNo?: string): Promise<void>;
  acceptCash(): Promise<void>;
  confirm(): Promise<void>;
  back(): void;
  startNew(): void;
}

const fresh = {
  step: 'lookup' as Step,
  consumerNo: '',
  due: null,
  amountText: '',
  amountPaise: 0,
  cashText: '',
  typedAhead: '',
  enterTypedAhead: false,
  cashCount: {},
  tenderedPaise: 0,
  confirmRepeat: false,
  mobileText: '',
  clientTxnId: null,
  recorded: null,
  error: null,
  printNote: null,
  busy: false,
};

/** The amount the consumer pays: the bill's under EXACT, else what the cashier typed. */
export function chosenAmount(due: BillLookup, amountText: string): ParsedAmount {
  return due.rules.exactness === 'EXACT' ? { ok: true, paise: due.amountToCollectPaise } : parseRupees(amountText);
}

const rupeesText = (paise: number) => (paise % 100 === 0 ? String(paise / 100) : (paise / 100).toFixed(2));

/**
 * One cash payment at the counter: consumer number → bill and cash → recorded. The usual exact or
 * small-change payment is the number, Enter, the cash figure, Enter; a large change asks once more.
 */
export const usePayment = create<PaymentState>()((set, get) => ({
  ...fresh,

  setConsumerNo: (value) => set({ consumerNo: value.toUpperCase().replace(/\s+/g, ''), error: null }),
  setAmountText: (value) => set({ amountText: value, error: null }),
  setCashText: (value) => set({ cashText: value, cashCount: {}, error: null }),
  typeAhead(key) {
    const { typedAhead, enterTypedAhead } = get();
    // Keys after the Enter are not this payment's: the next consumer's start after the bill shows.
    if (enterTypedAhead) return;
    if (key === 'Enter') set({ enterTypedAhead: typedAhead !== '' });
    else set({ typedAhead: typedAhead + key });
  },
  tap(key) {
    const cashCount = { ...get().cashCount, [key]: (get().cashCount[key] ?? 0) + 1 };
    set({ cashCount, cashText: rupeesText(totalOfCount(cashCount)), error: null });
  },
  setConfirmRepeat: (value) => set({ confirmRepeat: value, error: null }),
  setMobileText: (value) => set({ mobileText: value, error: null }),

  async lookUp(consumerNo = get().consumerNo) {
    if (get().busy) return;
    if (consumerNo === '') {
      set({ error: { code: 'CONSUMER_NO_EMPTY', message: 'Enter or scan the consumer number.' } });
      return;
    }
    set({ busy: true, error: null, consumerNo, typedAhead: '', enterTypedAhead: false });
    const result = await call('bills.lookup', { consumerNo });
    if (!result.ok) {
      set({ busy: false, error: result.error, typedAhead: '', enterTypedAhead: false });
      return;
    }
    const due = result.value;
    const enterTypedAhead = get().enterTypedAhead;
    set({
      busy: false,
      step: 'cash',
      due,
      amountPaise: due.amountToCollectPaise,
      amountText: rupeesText(due.amountToCollectPaise),
      cashText: get().typedAhead,
      typedAhead: '',
      enterTypedAhead: false,
      cashCount: {},
      confirmRepeat: false,
    });
    if (enterTypedAhead) await get().acceptCash();
  },

  async acceptCash() {
    const { due, cashText, amountText, confirmRepeat, busy } = get();
    if (!due || busy) return;
    const amount = chosenAmount(due, amountText);
    if (!amount.ok) return set({ error: { code: amount.code, message: amount.message } });
    const refused = checkAmount(due.rules, due.amountToCollectPaise, amount.paise, due.paidTodayPaise);
    if (refused) return set({ error: refused });
    if (due.earlierPayments.length > 0 && !confirmRepeat) {
      const [earlier] = due.earlierPayments;
      return set({
        error: {
          code: 'REPEAT_PAYMENT',
          message: `Bill ${due.bill.billNumber} was already paid on receipt ${earlier?.receiptNo}. Tick "take another payment" to go on.`,
          params: { billNumber: due.bill.billNumber, amountPaise: earlier?.amountPaise ?? 0, receiptNo: earlier?.receiptNo ?? '', recordedAt: earlier?.recordedAt ?? '' },
        },
      });
    }
    const cash = parseRupees(cashText);
    if (!cash.ok) return set({ error: { code: cash.code, message: cash.message } });
    if (get().mobileText.trim() !== '' && !normalIndianMobile(get().mobileText)) return set({ error: { code: 'BAD_MOBILE', message: BAD_MOBILE_MESSAGE } });
    if (cash.paise < amount.paise) {
      return set({
        error: {
          code: 'CASH_SHORT_HERE',
          message: `Cash received ${formatPaise(cash.paise)} is less than the ${formatPaise(amount.paise)} due.`,
          params: { tenderedPaise: cash.paise, amountPaise: amount.paise },
        },
      });
    }
    set({ amountPaise: amount.paise, tenderedPaise: cash.paise, clientTxnId: crypto.randomUUID(), error: null });
    if (cash.paise - amount.paise >= LARGE_CHANGE_PAISE) set({ step: 'confirm' });
    else await get().confirm();
  },

  async confirm() {
    const { due, amountPaise, tenderedPaise, cashCount, confirmRepeat, clientTxnId, busy, mobileText } = get();
    const consumerMobile = normalIndianMobile(mobileText);
    if (busy || !due || !clientTxnId) return;
    set({ busy: true, error: null });
    const counted = totalOfCount(cashCount) === tenderedPaise && tenderedPaise > 0;
    const result = await call('payments.record', {
      clientTxnId,
      consumerNo: due.bill.consumerNo,
      billNumber: due.bill.billNumber,
      amountPaise,
      tenderedPaise,
      ...(counted ? { cashReceived: cashCount } : {}),
      ...(confirmRepeat ? { confirmRepeat: true } : {}),
      ...(consumerMobile ? { consumerMobile } : {}),
    });
    if (!result.ok) {
      set({ busy: false, error: result.error });
      return;
    }
    // Recorded durably first; only now does the receipt print.
    set({ busy: false, step: 'done', recorded: result.value, printNote: { kind: 'printing' } });
    const printed = await call('receipts.print', { receiptNo: result.value.receiptNo });
    if (get().recorded?.receiptNo !== result.value.receiptNo) return;
    set({ printNote: printed.ok ? { kind: 'printed' } : { kind: 'failed', error: printed.error } });
  },

  back() {
    const { step, busy } = get();
    if (busy) return;
    if (step === 'confirm') set({ step: 'cash', clientTxnId: null, error: null });
    else if (step === 'cash') set({ step: 'lookup', due: null, cashText: '', cashCount: {}, error: null });
    else set({ ...fresh });
  },

  startNew: () => set({ ...fresh }),
}));
