import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '../../../shared/errors';
import { formatPaise } from '../../../shared/money';
import type { DayRange } from '../../../shared/reports';
import { formatIndiaDateTime } from '../../../shared/time';
import type { WalletMovements } from '../../../shared/walletMovements';
import { call } from '../api';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { DayPart } from './DayPart';

const kindKeys = { TOPUP: 'day.walletTOPUP', DEBIT: 'day.walletDEBIT', COMMISSION: 'day.walletCOMMISSION', REVERSAL: 'day.walletREVERSAL' } as const;

/** The wallet's movements as the company's server keeps them: only it knows the top-ups. */
export function WalletMovementsPart({ range, version }: { range: DayRange; version: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [movements, setMovements] = useState<WalletMovements | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    void call('wallet.movements', range).then((result) => {
      setError(result.ok ? null : result.error);
      setMovements(result.ok ? result.value : null);
    });
  }, [range, version]);

  if (error) return <ErrorAlert error={error} testId="wallet-movements-error" />;
  if (!movements) return null;
  if (!movements.available) {
    return (
      <DayPart
        title={t('day.walletMovementsTitle')}
        testId="wallet-movements"
        empty
        emptyText={movements.reason === 'OFFLINE' ? t('day.walletOffline') : t('day.walletNotRegistered')}
      >
        {null}
      </DayPart>
    );
  }
  const topUps = movements.entries.filter((entry) => entry.kind === 'TOPUP' || entry.kind === 'REVERSAL');
  return (
    <DayPart title={t('day.walletMovementsTitle')} testId="wallet-movements" empty={movements.entries.length === 0} emptyText={t('day.walletNone')}>
      <dl className="report-rows">
        {movements.totals.map((total) => (
          <div key={total.kind} data-testid={`wallet-${total.kind}`}>
            <dt>
              {t(kindKeys[total.kind])} ({total.count})
            </dt>
            <dd>{formatPaise(total.totalPaise)}</dd>
          </div>
        ))}
      </dl>
      {topUps.length > 0 && (
        <ul className="plain-list">
          {topUps.map((entry) => (
            <li key={`${entry.at}-${entry.kind}-${entry.amountPaise}`}>
              {formatIndiaDateTime(entry.at, language)} · {t(kindKeys[entry.kind])} {formatPaise(entry.amountPaise)} · {entry.note}
            </li>
          ))}
        </ul>
      )}
      {movements.truncated && <p className="muted">{t('day.walletTruncated')}</p>}
    </DayPart>
  );
}
