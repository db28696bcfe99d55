import { useTranslation } from 'react-i18next';
import { denominations, totalOfCount, type CashCount } from '../../../shared/denominations';
import { formatPaise } from '../../../shared/money';

/** Notes and coins counted one by one, with the running total: for the float, the drawer and the cash taken. */
export function DenominationGrid({
  count,
  onChange,
  totalLabel,
  totalTestId,
  autoFocus,
  idPrefix = 'count',
}: {
  count: CashCount;
  onChange: (count: CashCount) => void;
  totalLabel: string;
  totalTestId: string;
  autoFocus?: boolean;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="denomination-grid">
        {denominations.map((d, index) => (
          <label key={d.key} className="denomination">
            <span>
              ₹{d.paise / 100} {d.kind === 'note' ? t('session.denomNote') : t('session.denomCoin')}
            </span>
            <input
              data-testid={`${idPrefix}-${d.key}`}
              inputMode="numeric"
              autoFocus={autoFocus && index === 0}
              value={count[d.key] ?? ''}
              onChange={(event) => {
                const n = Number.parseInt(event.target.value.replace(/\D/g, '').slice(0, 5) || '0', 10);
                onChange({ ...count, [d.key]: n });
              }}
            />
          </label>
        ))}
      </div>
      <div className="amount-due">
        <span>{totalLabel}</span>
        <strong data-testid={totalTestId}>{formatPaise(totalOfCount(count))}</strong>
      </div>
    </>
  );
}
