import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import type { ReversalsSummary } from '../../../shared/reversals';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { DayPart } from './DayPart';

/**
 * Payments voided after the company had them: the cash went back at once, the wallet gets the
 * debit back only when the company accepts. What is still debited is said in words above the list.
 */
export function ReversalTable({ reversals }: { reversals: ReversalsSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DayPart title={t('day.reversalsTitle')} testId="day-reversals" empty={reversals.list.length === 0} emptyText={t('day.reversalsNone')}>
      {reversals.stillDebitedPaise > 0 && (
        <p className="warning" data-testid="day-reversals-still-debited">
          {t('day.reversalsStillDebited', { amount: formatPaise(reversals.stillDebitedPaise) })}
        </p>
      )}
      {reversals.refused.count > 0 && (
        <p className="warning" data-testid="day-reversals-refused">
          {t('day.reversalsRefused', { count: reversals.refused.count, amount: formatPaise(reversals.refused.totalPaise) })}
        </p>
      )}
      {reversals.creditedPaise > 0 && (
        <p className="notice" data-testid="day-reversals-credited">
          {t('day.reversalsCredited', { amount: formatPaise(reversals.creditedPaise) })}
        </p>
      )}
      <table className="grid-table">
        <thead>
          <tr>
            <th>{t('day.at')}</th>
            <th>{t('day.receipt')}</th>
            <th>{t('day.consumer')}</th>
            <th className="num">{t('day.amount')}</th>
            <th>{t('day.reversalState')}</th>
            <th>{t('day.reversalCase')}</th>
            <th className="num">{t('day.reversalCredit')}</th>
            <th>{t('day.reversalNote')}</th>
          </tr>
        </thead>
        <tbody>
          {reversals.list.map((line) => (
            <tr key={line.receiptNo} data-testid={`day-reversal-${line.receiptNo}`} data-state={line.state}>
              <td>{formatIndiaDateTime(line.voidedAt, language)}</td>
              <td>{line.receiptNo}</td>
              <td>{line.consumerNo}</td>
              <td className="num">{formatPaise(line.amountPaise)}</td>
              <td>{t(`day.reversal_${line.state}`)}</td>
              <td>{line.caseId ?? '—'}</td>
              <td className="num">{line.state === 'ACCEPTED' ? formatPaise(line.walletCreditPaise) : '—'}</td>
              <td>{line.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DayPart>
  );
}
