import { formatPaise } from '../../../shared/money';
import { usePayment } from './paymentStore';

export function ConfirmStep() {
  const due = usePayment((s) => s.due);
  const tenderedPaise = usePayment((s) => s.tenderedPaise);
  const busy = usePayment((s) => s.busy);
  const confirm = usePayment((s) => s.confirm);
  if (!due) return null;
  return (
    <div className="step">
      <div className="muted">
        {due.bill.consumerName} · {due.bill.consumerNo}
      </div>
      <dl className="totals">
        <div><dt>Bill amount</dt><dd>{formatPaise(due.amountToCollectPaise)}</dd></div>
        <div><dt>Cash received</dt><dd>{formatPaise(tenderedPaise)}</dd></div>
        <div className="change"><dt>Change to give</dt><dd data-testid="change-due">{formatPaise(tenderedPaise - due.amountToCollectPaise)}</dd></div>
      </dl>
      <button type="button" className="primary" autoFocus disabled={busy} onClick={() => void confirm()}>
        {busy ? 'Recording…' : 'Record payment'} <kbd>Enter</kbd>
      </button>
    </div>
  );
}
