import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/errors';
import type { PrintJobView } from '../../../shared/printing';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';

/** The receipts still owed to consumers, offered at start-up and after a printer failure, each with Retry. */
export function UnprintedReceipts() {
  const [jobs, setJobs] = useState<PrintJobView[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);

  const show = (result: Result<PrintJobView[]>) => {
    if (result.ok) setJobs(result.value);
    else setMessage(result.error.message);
  };

  useEffect(() => {
    void call('receipts.pending', {}).then(show);
  }, []);

  async function retry(job: PrintJobView) {
    setPrinting(job.id);
    setMessage(null);
    const result = await call('receipts.retry', { jobId: job.id });
    if (!result.ok) setMessage(result.error.message);
    setPrinting(null);
    show(await call('receipts.pending', {}));
  }

  if (jobs.length === 0 && !message) return null;
  return (
    <section className="step" aria-label="Receipts not yet printed">
      <h2>Receipts not yet printed</h2>
      {message && (
        <p className="alert" role="alert">
          {message}
        </p>
      )}
      <ul>
        {jobs.map((job) => (
          <li key={job.id}>
            <strong>{job.receiptNo}</strong> {job.copy === 'DUPLICATE' ? `duplicate ${job.reprint}` : 'original'}, paid{' '}
            {formatIndiaDateTime(job.queuedAt)}
            {job.lastError && <span className="muted"> ({job.lastError})</span>}{' '}
            <button type="button" disabled={printing !== null} onClick={() => void retry(job)}>
              {printing === job.id ? 'Printing…' : 'Retry'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
