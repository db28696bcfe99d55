import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill } from '../../../shared/domain';
import { formatPaise } from '../../../shared/money';
import { call } from '../api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { usePayment } from './paymentStore';

/** For the consumer without the bill in hand: find them by name or mobile number (F3), then pick. */
export function ConsumerSearch() {
  const { t } = useTranslation();
  const lookUp = usePayment((s) => s.lookUp);
  const [text, setText] = useState('');
  const [found, setFound] = useState<Bill[] | null>(null);
  const searching = useAction('consumer-search');
  return (
    <details className="search" data-testid="consumer-search">
      <summary>
        {t('payment.searchByName')} <kbd>F3</kbd>
      </summary>
      <form
        className="search-row"
        onSubmit={(event) => {
          event.preventDefault();
          void searching.run(() => {
            setFound(null);
            return call('bills.search', { text });
          }, setFound);
        }}
      >
        <input
          id="consumer-search"
          className="big-input small"
          autoComplete="off"
          placeholder={t('payment.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('payment.search')}</button>
      </form>
      <ErrorAlert error={searching.error} testId="search-error" />
      {found && found.length === 0 && <p className="muted">{t('payment.searchNone')}</p>}
      {found && found.length > 0 && (
        <ul className="search-results">
          {found.map((bill) => (
            <li key={bill.consumerNo}>
              <button type="button" onClick={() => void lookUp(bill.consumerNo)}>
                <strong>{bill.consumerName}</strong> · {bill.consumerNo} · {formatPaise(bill.amountByDuePaise)}
                <span className="muted"> · {bill.address}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
