import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../shared/errors';
import { formatPaise } from '../../../shared/money';
import { exportFormats, type DayRange, type ExportFormat, type ExportResult } from '../../../shared/reports';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FolderField } from '../ui/FolderField';

function ExportedFiles({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status" data-testid="export-result">
      <strong>{t('day.exportedTitle')}</strong>
      <ul className="file-list">
        {result.files.map((file) => (
          <li key={file.path} data-testid={`export-file-${file.format}`}>
            {file.path}
          </li>
        ))}
      </ul>
      <p data-testid="export-figures">
        {t('day.exportRows', { count: result.rows })} · {t('day.payments')} {formatPaise(result.payments.totalPaise)} ({t('day.receipts', { count: result.payments.count })}) · {t('day.voids')}{' '}
        {formatPaise(result.voids.totalPaise)} · {t('day.net')} <strong>{formatPaise(result.netPaise)}</strong>
      </p>
      <p>
        {t('day.ledgerHead')}{' '}
        <code data-testid="export-head" title={t('day.ledgerHeadHint', { seq: result.ledgerHead.seq, hash: result.ledgerHead.hash })}>
          #{result.ledgerHead.seq} {result.ledgerHead.hash.slice(0, 12)}…
        </code>
      </p>
    </div>
  );
}

/** Writes the range to a folder the supervisor names (a USB stick); the core refuses a missing or locked folder and logs every export. */
export function ExportPanel({ range }: { range: DayRange }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [formats, setFormats] = useState<ExportFormat[]>([...exportFormats]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; value: ExportResult } | { ok: false; error: ErrorBody } | null>(null);

  const toggle = (format: ExportFormat, on: boolean) => setFormats(exportFormats.filter((f) => (f === format ? on : formats.includes(f))));

  return (
    <form
      className="step panel"
      data-testid="export-panel"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        setOutcome(null);
        void call('exports.write', { ...range, folder, formats }).then((result) => {
          setBusy(false);
          setOutcome(result);
        });
      }}
    >
      <h2>{t('day.exportTitle')}</h2>
      <p className="muted">{t('day.exportHint')}</p>
      <FolderField id="export-folder" label={t('day.folder')} placeholder={t('day.folderPlaceholder')} value={folder} onChange={setFolder} />
      <fieldset className="choice-row formats">
        <legend>{t('day.formats')}</legend>
        {exportFormats.map((format) => (
          <label key={format}>
            <input type="checkbox" data-testid={`export-format-${format}`} checked={formats.includes(format)} onChange={(event) => toggle(format, event.target.checked)} />{' '}
            {t(`day.format_${format}`)}
          </label>
        ))}
      </fieldset>
      {outcome && !outcome.ok && <ErrorAlert error={outcome.error} testId="export-error" />}
      {outcome?.ok && <ExportedFiles result={outcome.value} />}
      <button type="submit" className="primary" data-testid="export-button" disabled={busy}>
        {busy ? t('day.exporting') : t('day.exportButton')}
      </button>
    </form>
  );
}
