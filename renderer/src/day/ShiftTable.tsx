import { useTranslation } from 'react-i18next';
import { DRAWER_TERM_KINDS, drawerTerms, termOperator } from '../../../shared/drawer';
import { formatPaise } from '../../../shared/money';
import type { ShiftLine } from '../../../shared/reports';
import { formatIndiaDateTime } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { DayPart } from './DayPart';

function differenceClass(differencePaise: number | null): string {
  if (differencePaise === null) return 'num';
  return differencePaise === 0 ? 'num balanced' : 'num off';
}

/** Each shift of the range with its drawer, every term of it, what should be there and what was counted at the close. */
export function ShiftTable({ shifts }: { shifts: ShiftLine[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DayPart title={t('day.shiftsTitle')} testId="day-shifts" empty={shifts.length === 0} emptyText={t('day.noShifts')}>
      <table className="grid-table shift-table">
        <thead>
          <tr>
            <th>{t('day.agent')}</th>
            <th>
              {t('day.opened')} / {t('day.closed')}
            </th>
            {DRAWER_TERM_KINDS.map((term, i) => (
              <th key={term.key} className="num">
                {termOperator(term, i)} {t(`day.term_${term.key}`)}
              </th>
            ))}
            <th className="num">= {t('day.expected')}</th>
            <th className="num">{t('day.counted')}</th>
            <th className="num">{t('day.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {shifts.map((shift) => (
            <tr key={shift.shiftId} data-testid={`day-shift-${shift.shiftId}`}>
              <td>{shift.name}</td>
              <td>
                {formatIndiaDateTime(shift.openedAt, language)}
                <br />
                {shift.closedAt ? formatIndiaDateTime(shift.closedAt, language) : <span className="muted">{t('day.stillOpen')}</span>}
              </td>
              {drawerTerms(shift).map((term) => (
                <td key={term.key} className="num" data-testid={`day-shift-${term.key}`}>
                  {formatPaise(term.amountPaise)}
                </td>
              ))}
              <td className="num" data-testid="day-shift-expected">
                {formatPaise(shift.expectedPaise)}
              </td>
              <td className="num">{shift.countedPaise === null ? '—' : formatPaise(shift.countedPaise)}</td>
              <td className={differenceClass(shift.differencePaise)}>{shift.differencePaise === null ? '—' : formatPaise(shift.differencePaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DayPart>
  );
}
