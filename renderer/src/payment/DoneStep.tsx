import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { ReceiptPreview } from '../printing/ReceiptPreview';
import { usePayment } from './paymentStore';

export function DoneStep() {
  const recorded = usePayment((s) => s.recorded);
  const startNew = usePayment((s) => s.startNew);
  const printNote = usePayment((s) => s.printNote);
  if (!recorded) return null;
  return (
    <div className="step done" data-testid="done">
      <div className="done-badge">✓ Payment recorded</div>
      <div className="receipt-no">
        Receipt no. <strong data-testid="receipt-no">{recorded.receiptNo}</strong>
      </div>
      <dl className="totals">
        <div><dt>Consumer</dt><dd>{recorded.consumerName}</dd></div>
        <div><dt>Amount paid</dt><dd>{formatPaise(recorded.amountPaise)}</dd></div>
        <div className="change"><dt>Change given</dt><dd>{formatPaise(recorded.changePaise)}</dd></div>
        <div><dt>Recorded at</dt><dd>{formatIndiaDateTime(recorded.recordedAt)}</dd></div>
      </dl>
      {printNote && <p className="muted" data-testid="print-note">{printNote}</p>}
      <button type="button" className="primary" autoFocus onClick={startNew}>
        Next consumer <kbd>Enter</kbd>
      </button>
      <ReceiptPreview receiptNo={recorded.receiptNo} />
    </div>
  );
}
