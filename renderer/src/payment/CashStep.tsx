import { usePayment } from './paymentStore';
import { BillSourceNote } from '../sync/BillSourceNote';
import { BillCard } from './BillCard';

export function CashStep() {
  const due = usePayment((s) => s.due);
  const cashText = usePayment((s) => s.cashText);
  const setCashText = usePayment((s) => s.setCashText);
  const reviewCash = usePayment((s) => s.reviewCash);
  if (!due) return null;
  return (
    <form
      className="step"
      onSubmit={(event) => {
        event.preventDefault();
        reviewCash();
      }}
    >
      <BillCard due={due} />
      <BillSourceNote lookup={due} />
      <label htmlFor="cash" className="field-label">
        Cash received (₹)
      </label>
      <input
        id="cash"
        className="big-input money"
        autoFocus
        autoComplete="off"
        inputMode="decimal"
        maxLength={16}
        value={cashText}
        onChange={(event) => setCashText(event.target.value)}
      />
      <button type="submit" className="primary">
        Review <kbd>Enter</kbd>
      </button>
    </form>
  );
}
