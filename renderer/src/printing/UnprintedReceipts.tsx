import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJobView } from '../../../shared/printing';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { usePayment } from '../payment/paymentStore';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/** The receipts still owed to consumers, offered at start-up and after a printer failure, each with Retry. */
export function UnprintedReceipts() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [jobs, setJobs] = useState<PrintJobView[]>([]);
  const retrying = useAction();
  const { error, showError } = retrying;
  const [retried, setRetried] = useState<number | null>(null);
  // Bumped after a retry, printed or not, to read the list again.
  const [version, setVersion] = useState(0);

  // Read again whenever a receipt has just printed or failed to, so a jam shows here with Retry at once.
  const printNote = usePayment((s) => s.printNote);
  useEffect(() => {
    void call('receipts.pending', {}).then((result) => (result.ok ? setJobs(result.value) : showError(result.error)));
  }, [printNote, version, showError]);

  const retry = (job: PrintJobView) =>
    void retrying
      .run(() => {
        setRetried(job.id);
        return call('receipts.retry', { jobId: job.id });
      })
      .then(() => setVersion((v) => v + 1));

  if (jobs.length === 0 && !error) return null;
  return (
    <section className="step panel" aria-label={t('printing.unprintedTitle')}>
      <h2>{t('printing.unprintedTitle')}</h2>
      <ErrorAlert error={error} testId="unprinted-error" />
      <ul>
        {jobs.map((job) => (
          <li key={job.id}>
            <strong>{job.receiptNo}</strong> {job.copy === 'DUPLICATE' ? t('printing.duplicate', { n: job.reprint }) : t('printing.original')},{' '}
            {t('printing.paidAt', { at: formatIndiaDateTime(job.queuedAt, language) })}
            {/* The queue keeps the printer's last answer in English; the Hindi screen says only that it failed. */}
            {job.lastError && <span className="muted"> ({language === 'hi' ? t('printing.failedBefore') : job.lastError})</span>}{' '}
            <button type="button" disabled={retrying.busy} onClick={() => retry(job)}>
              {retrying.busy && retried === job.id ? t('printing.printing') : t('printing.retry')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
