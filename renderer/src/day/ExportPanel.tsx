import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import { exportFormats, type DayRange, type ExportFormat, type ExportResult } from '../../../shared/reports';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FolderField } from '../ui/FolderField';
import { useAction } from '../ui/useAction';

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
        {t('day.exportRows', { count: result.rows })} · {t('day.payments')} {formatPaise(result.payments.totalPaise)} ({t('day.receipts', { count: result.payments.count })}) ·{' '}
        {t('day.voids')} {formatPaise(result.voids.totalPaise)} · {t('day.net')} <strong>{formatPaise(result.netPaise)}</strong>
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
  // No field to retype: a refused export is put right at the USB stick, or with the folder chooser.
  const exporting = useAction();
  const [exported, setExported] = useState<ExportResult | null>(null);

  const toggle = (format: ExportFormat, on: boolean) => setFormats(exportFormats.filter((f) => (f === format ? on : formats.includes(f))));

  return (
    <form
      className="step panel"
      data-testid="export-panel"
      onSubmit={(event) => {
        event.preventDefault();
        void exporting.run(() => {
          setExported(null);
          return call('exports.write', { ...range, folder, formats });
        }, setExported);
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
      <ErrorAlert error={exporting.error} testId="export-error" />
      {exported && <ExportedFiles result={exported} />}
      <button type="submit" className="primary" data-testid="export-button" disabled={exporting.busy}>
        {exporting.busy ? t('day.exporting') : t('day.exportButton')}
      </button>
    </form>
  );
}
