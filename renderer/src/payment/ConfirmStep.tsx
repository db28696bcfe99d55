import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import { usePayment } from './paymentStore';

/** Only for a large change, which is more often a typing slip than a big note. */
export function ConfirmStep() {
  const { t } = useTranslation();
  const due = usePayment((s) => s.due);
  const amountPaise = usePayment((s) => s.amountPaise);
  const tenderedPaise = usePayment((s) => s.tenderedPaise);
  const busy = usePayment((s) => s.busy);
  const confirm = usePayment((s) => s.confirm);
  if (!due) return null;
  return (
    <div className="step">
      <div className="muted">
        {due.bill.consumerName} · {due.bill.consumerNo}
      </div>
      <p className="warning">{t('payment.largeChange')}</p>
      <dl className="totals">
        <div>
          <dt>{t('payment.billAmount')}</dt>
          <dd>{formatPaise(amountPaise)}</dd>
        </div>
        <div>
          <dt>{t('payment.cashReceived')}</dt>
          <dd>{formatPaise(tenderedPaise)}</dd>
        </div>
        <div className="change">
          <dt>{t('payment.changeToGive')}</dt>
          <dd data-testid="confirm-change">{formatPaise(tenderedPaise - amountPaise)}</dd>
        </div>
      </dl>
      <button type="button" className="primary" autoFocus disabled={busy} onClick={() => void confirm()}>
        {busy ? t('payment.recording') : t('payment.recordPayment')} <kbd>Enter</kbd>
      </button>
    </div>
  );
}
