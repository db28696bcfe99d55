import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import type { ConsumerPaymentStatus } from '../../../shared/paymentStatus';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { usePayment } from './paymentStore';

/** A consumer who paid earlier or elsewhere asks whether it reached the company: this cabin's payments and, online, the company's. */
export function PaymentStatusCheck() {
  const { t } = useTranslation();
  const language = useLanguage();
  const consumerNo = usePayment((s) => s.consumerNo);
  const [status, setStatus] = useState<ConsumerPaymentStatus | null>(null);
  const asking = useAction('consumer-no');
  const at = (iso: string) => formatIndiaDateTime(iso, language);
  return (
    <details className="search" data-testid="payment-status">
      <summary>{t('payment.statusTitle')}</summary>
      <button
        type="button"
        onClick={() =>
          consumerNo === ''
            ? asking.showError({ code: 'CONSUMER_NO_EMPTY', message: 'Enter or scan the consumer number.' })
            : void asking.run(() => {
                setStatus(null);
                return call('payments.statusForConsumer', { consumerNo });
              }, setStatus)
        }
      >
        {t('payment.statusCheck')}
      </button>
      <ErrorAlert error={asking.error} testId="payment-status-error" />
      {status && (
        <div className="payment-status" data-testid="payment-status-result">
          <h3>{t('payment.statusHere')}</h3>
          {status.local.length === 0 ? (
            <p className="muted">{t('payment.statusNoneHere')}</p>
          ) : (
            <ul>
              {status.local.map((p) => (
                <li key={p.receiptNo}>
                  <strong>{p.receiptNo}</strong> · {formatPaise(p.amountPaise)} · {at(p.recordedAt)} ·{' '}
                  {p.training
                    ? t('payment.statusTraining')
                    : p.reversedBy
                      ? t(`payment.statusReversed${p.reversedBy}`)
                      : t(`payment.statusUpload${p.upload ?? 'WAITING'}`, { ref: p.approvalRefNumber ?? '' })}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('payment.statusCompany')}</h3>
          {status.company === null ? (
            <p className="muted">{t(status.companyProblem === 'NOT_REGISTERED' ? 'payment.statusNotRegistered' : 'payment.statusUnreachable')}</p>
          ) : status.company.length === 0 ? (
            <p className="muted">{t('payment.statusNoneCompany')}</p>
          ) : (
            <ul>
              {status.company.map((p) => (
                <li key={p.receiptNo}>
                  <strong>{p.receiptNo}</strong> · {t('payment.statusCabin', { cabin: p.cabinCode })} · {formatPaise(p.amountPaise)} · {at(p.collectedAt)} ·{' '}
                  {p.state === 'SUCCESS' ? t('payment.statusUploadSUCCESS', { ref: p.approvalRefNumber ?? '' }) : t('payment.statusUploadPENDING')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}
