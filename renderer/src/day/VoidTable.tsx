import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import type { VoidLine } from '../../../shared/reports';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { DayPart } from './DayPart';

/** Every void of the range with its reason and both people behind it: who voided, who approved. */
export function VoidTable({ voids }: { voids: VoidLine[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DayPart title={t('day.voidsTitle')} testId="day-void-list" empty={voids.length === 0} emptyText={t('day.noVoids')}>
      <table className="grid-table">
        <thead>
          <tr>
            <th>{t('day.at')}</th>
            <th>{t('day.receipt')}</th>
            <th>{t('day.consumer')}</th>
            <th className="num">{t('day.amount')}</th>
            <th>{t('day.reason')}</th>
            <th>{t('day.voidedBy')}</th>
            <th>{t('day.approvedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {voids.map((line) => (
            <tr key={line.receiptNo} data-testid={`day-void-${line.receiptNo}`}>
              <td>{formatIndiaDateTime(line.voidedAt, language)}</td>
              <td>{line.receiptNo}</td>
              <td>{line.consumerNo}</td>
              <td className="num">{formatPaise(line.amountPaise)}</td>
              <td>{line.reason}</td>
              <td>{line.voidedBy}</td>
              <td>{line.approvedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DayPart>
  );
}
