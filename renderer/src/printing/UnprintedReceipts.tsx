import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, Result } from '../../../shared/errors';
import type { PrintJobView } from '../../../shared/printing';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { usePayment } from '../payment/paymentStore';
import { ErrorAlert } from '../ui/ErrorAlert';

/** The receipts still owed to consumers, offered at start-up and after a printer failure, each with Retry. */
export function UnprintedReceipts() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [jobs, setJobs] = useState<PrintJobView[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);

  const show = (result: Result<PrintJobView[]>) => {
    if (result.ok) setJobs(result.value);
    else setError(result.error);
  };

  // Read again whenever a receipt has just printed or failed to, so a jam shows here with Retry at once.
  const printNote = usePayment((s) => s.printNote);
  useEffect(() => {
    void call('receipts.pending', {}).then(show);
  }, [printNote]);

  async function retry(job: PrintJobView) {
    setPrinting(job.id);
    setError(null);
    const result = await call('receipts.retry', { jobId: job.id });
    if (!result.ok) setError(result.error);
    setPrinting(null);
    show(await call('receipts.pending', {}));
  }

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
            <button type="button" disabled={printing !== null} onClick={() => void retry(job)}>
              {printing === job.id ? t('printing.printing') : t('printing.retry')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
