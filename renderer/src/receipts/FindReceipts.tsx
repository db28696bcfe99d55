import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordedPayment } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { formatIndiaDateTime } from '../../../shared/time';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';

/** A supervisor's search over every shift and day, for the consumer who comes back with a question or for a copy. */
export function FindReceipts({ onReprint }: { onReprint: (payment: RecordedPayment) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [found, setFound] = useState<RecordedPayment[] | null>(null);
  const finding = useAction('find-receipts');
  return (
    <section className="step panel" data-testid="find-receipts">
      <h3>{t('flow.findTitle')}</h3>
      <form
        className="search-row"
        onSubmit={(event) => {
          event.preventDefault();
          void finding.run(() => {
            setFound(null);
            return call('receipts.find', { text });
          }, setFound);
        }}
      >
        <input
          id="find-receipts"
          className="big-input small"
          autoComplete="off"
          placeholder={t('flow.findPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('flow.find')}</button>
      </form>
      <ErrorAlert error={finding.error} testId="find-error" />
      {found && found.length === 0 && <p className="muted">{t('flow.findNone')}</p>}
      {found && found.length > 0 && (
        <table className="grid-table">
          <tbody>
            {found.map((p) => (
              <tr key={p.receiptNo} data-testid={`found-${p.receiptNo}`} className={p.voided ? 'voided' : ''}>
                <td>{formatIndiaDateTime(p.recordedAt, language)}</td>
                <td>{p.receiptNo}</td>
                <td>
                  {p.consumerName}
                  <div className="muted">{p.consumerNo}</div>
                </td>
                <td className="num">{formatPaise(p.amountPaise)}</td>
                <td className="actions">
                  <button type="button" onClick={() => onReprint(p)}>
                    {t('receipts.reprint')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
