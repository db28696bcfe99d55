import { useTranslation } from 'react-i18next';
import { formatPaise } from '../../../shared/money';
import type { ShiftLine } from '../../../shared/reports';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { DayPart } from './DayPart';

function differenceClass(differencePaise: number | null): string {
  if (differencePaise === null) return 'num';
  return differencePaise === 0 ? 'num balanced' : 'num off';
}

/** Each shift of the range with its drawer: what should be there and what was counted at the close. */
export function ShiftTable({ shifts }: { shifts: ShiftLine[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DayPart title={t('day.shiftsTitle')} testId="day-shifts" empty={shifts.length === 0} emptyText={t('day.noShifts')}>
      <table className="grid-table">
        <thead>
          <tr>
            <th>{t('day.agent')}</th>
            <th>{t('day.opened')}</th>
            <th>{t('day.closed')}</th>
            <th className="num">{t('day.float')}</th>
            <th className="num">{t('day.collected')}</th>
            <th className="num">{t('day.expected')}</th>
            <th className="num">{t('day.counted')}</th>
            <th className="num">{t('day.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {shifts.map((shift) => (
            <tr key={shift.shiftId} data-testid={`day-shift-${shift.shiftId}`}>
              <td>{shift.name}</td>
              <td>{formatIndiaDateTime(shift.openedAt, language)}</td>
              <td>{shift.closedAt ? formatIndiaDateTime(shift.closedAt, language) : <span className="muted">{t('day.stillOpen')}</span>}</td>
              <td className="num">{formatPaise(shift.openingFloatPaise)}</td>
              <td className="num">{formatPaise(shift.payments.totalPaise - shift.voids.totalPaise)}</td>
              <td className="num">{formatPaise(shift.expectedPaise)}</td>
              <td className="num">{shift.countedPaise === null ? '—' : formatPaise(shift.countedPaise)}</td>
              <td className={differenceClass(shift.differencePaise)}>{shift.differencePaise === null ? '—' : formatPaise(shift.differencePaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DayPart>
  );
}
