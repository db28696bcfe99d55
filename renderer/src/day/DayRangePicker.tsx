import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../shared/reports';
import { formatCalendarDate } from '../../../shared/time';
import { useLanguage } from '../i18n/useLanguage';
import { quickRanges } from './quickRanges';

/**
 * The days to show: two date fields and the ranges asked for most. The ends never cross: moving one
 * past the other moves both, so the core is never asked for a backwards range. The range is
 * also written out in words, since the date fields show whatever order the PC's locale uses.
 */
export function DayRangePicker({ today, range, onChange, onRefresh }: { today: string; range: DayRange; onChange: (range: DayRange) => void; onRefresh: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const quick = quickRanges(today);
  const pick = (which: keyof typeof quick) => (
    <button
      type="button"
      data-testid={`day-quick-${which}`}
      className={quick[which].from === range.from && quick[which].to === range.to ? 'current' : ''}
      onClick={() => onChange(quick[which])}
    >
      {t(`day.${which}`)}
    </button>
  );
  return (
    <div className="range-picker">
      <label>
        {t('day.from')}
        <input
          type="date"
          data-testid="day-from"
          value={range.from}
          max={today}
          onChange={(event) => event.target.value && onChange({ from: event.target.value, to: event.target.value > range.to ? event.target.value : range.to })}
        />
      </label>
      <label>
        {t('day.to')}
        <input
          type="date"
          data-testid="day-to"
          value={range.to}
          max={today}
          onChange={(event) => event.target.value && onChange({ from: event.target.value < range.from ? event.target.value : range.from, to: event.target.value })}
        />
      </label>
      {pick('today')}
      {pick('yesterday')}
      {pick('thisMonth')}
      <button type="button" data-testid="day-refresh" onClick={onRefresh}>
        {t('day.refresh')}
      </button>
      <strong className="range-words" data-testid="day-range">
        {range.from === range.to
          ? t('day.rangeOne', { date: formatCalendarDate(range.from, language) })
          : t('day.rangeMany', { from: formatCalendarDate(range.from, language), to: formatCalendarDate(range.to, language) })}
      </strong>
    </div>
  );
}
