import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { ReceiptPreview } from '../printing/ReceiptPreview';
import { ErrorAlert } from '../ui/ErrorAlert';
import { usePayment } from './paymentStore';

export function DoneStep() {
  const { t } = useTranslation();
  const language = useLanguage();
  const recorded = usePayment((s) => s.recorded);
  const startNew = usePayment((s) => s.startNew);
  const printNote = usePayment((s) => s.printNote);
  if (!recorded) return null;
  return (
    <div className="step done" data-testid="done">
      <div className="done-badge">{t('payment.recorded')}</div>
      {recorded.training && <p className="training-note">{t('payment.trainingNote')}</p>}
      <div className="receipt-no">
        {t('payment.receiptNo')} <strong data-testid="receipt-no">{recorded.receiptNo}</strong>
      </div>
      <dl className="totals">
        <div>
          <dt>{t('payment.consumer')}</dt>
          <dd>{recorded.consumerName}</dd>
        </div>
        <div>
          <dt>{t('payment.amountPaid')}</dt>
          <dd>{formatPaise(recorded.amountPaise)}</dd>
        </div>
        <div className="change">
          <dt>{t('payment.changeGiven')}</dt>
          <dd data-testid="change-given">{formatPaise(recorded.changePaise - recorded.changeRoundingPaise)}</dd>
        </div>
        <div>
          <dt>{t('payment.recordedAt')}</dt>
          <dd>{formatIndiaDateTime(recorded.recordedAt, language)}</dd>
        </div>
      </dl>
      {printNote?.kind === 'printing' && (
        <p className="muted" data-testid="print-note">
          {t('payment.printing')}
        </p>
      )}
      {printNote?.kind === 'printed' && (
        <p className="muted" data-testid="print-note">
          {t('payment.printed')}
        </p>
      )}
      {printNote?.kind === 'failed' && <ErrorAlert error={printNote.error} testId="print-note" />}
      <button type="button" className="primary" autoFocus onClick={startNew}>
        {t('payment.nextConsumer')} <kbd>Enter</kbd>
      </button>
      <ReceiptPreview receiptNo={recorded.receiptNo} />
    </div>
  );
}
