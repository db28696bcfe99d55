import { create } from 'zustand';
import type { BillLookup, RecordedPayment } from '../../../shared/domain';
import { formatPaise, parseRupees } from '../../../shared/money';
import { call } from '../api';

export type Step = 'lookup' | 'cash' | 'confirm' | 'done';

interface PaymentState {
  step: Step;
  consumerNo: string;
  due: BillLookup | null;
  cashText: string;
  tenderedPaise: number;
  /** Made when the cashier reaches "confirm", so a retry of the same payment reuses it. */
  clientTxnId: string | null;
  recorded: RecordedPayment | null;
  error: string | null;
  /** How printing the receipt went; the payment is recorded either way. */
  printNote: string | null;
  busy: boolean;
  setConsumerNo(value: string): void;
  setCashText(value: string): void;
  lookUp(): Promise<void>;
  reviewCash(): void;
  confirm(): Promise<void>;
  back(): void;
  startNew(): void;
}

const fresh = {
  step: 'lookup' as Step,
  consumerNo: '',
  due: null,
  cashText: '',
  tenderedPaise: 0,
  clientTxnId: null,
  recorded: null,
  error: null,
  printNote: null,
  busy: false,
};

/** One cash payment at the counter: consumer number → bill and cash → confirm → recorded. */
export const usePayment = create<PaymentState>()((set, get) => ({
  ...fresh,

  setConsumerNo: (value) => set({ consumerNo: value.toUpperCase().replace(/\s+/g, ''), error: null }),
  setCashText: (value) => set({ cashText: value, error: null }),

  async lookUp() {
    const { consumerNo, busy } = get();
    if (busy) return;
    if (consumerNo === '') {
      set({ error: 'Enter or scan the consumer number.' });
      return;
    }
    set({ busy: true, error: null });
    const result = await call('bills.lookup', { consumerNo });
    if (result.ok) set({ busy: false, step: 'cash', due: result.value, cashText: '' });
    else set({ busy: false, error: result.error.message });
  },

  reviewCash() {
    const { due, cashText } = get();
    if (!due) return;
    const parsed = parseRupees(cashText);
    if (!parsed.ok) {
      set({ error: parsed.message });
      return;
    }
    if (parsed.paise < due.amountToCollectPaise) {
      set({ error: `Cash received ${formatPaise(parsed.paise)} is less than the ${formatPaise(due.amountToCollectPaise)} due.` });
      return;
    }
    set({ step: 'confirm', tenderedPaise: parsed.paise, clientTxnId: crypto.randomUUID(), error: null });
  },

  async confirm() {
    const { due, tenderedPaise, clientTxnId, busy } = get();
    if (busy || !due || !clientTxnId) return;
    set({ busy: true, error: null });
    const result = await call('payments.record', {
      clientTxnId,
      consumerNo: due.bill.consumerNo,
      billNumber: due.bill.billNumber,
      amountPaise: due.amountToCollectPaise,
      tenderedPaise,
    });
    if (!result.ok) {
      set({ busy: false, error: result.error.message });
      return;
    }
    // Recorded durably first; only now does the receipt print.
    set({ busy: false, step: 'done', recorded: result.value, printNote: 'Printing the receipt…' });
    const printed = await call('receipts.print', { receiptNo: result.value.receiptNo });
    if (get().recorded?.receiptNo !== result.value.receiptNo) return;
    set({ printNote: printed.ok ? 'Receipt sent to the printer.' : printed.error.message });
  },

  back() {
    const { step, busy } = get();
    if (busy) return;
    if (step === 'confirm') set({ step: 'cash', clientTxnId: null, error: null });
    else if (step === 'cash') set({ step: 'lookup', due: null, cashText: '', error: null });
    else set({ ...fresh });
  },

  startNew: () => set({ ...fresh }),
}));
