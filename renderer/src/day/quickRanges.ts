import type { DayRange } from '../../../shared/reports';

/** The day before an India calendar date; UTC arithmetic, so no clock or time zone can shift it. */
function dayBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) - 1)).toISOString().slice(0, 10);
}

/** The ranges a supervisor asks for most, counted from the cabin's today (the core's date, not this PC's). */
export function quickRanges(today: string): { today: DayRange; yesterday: DayRange; thisMonth: DayRange } {
  const yesterday = dayBefore(today);
  return {
    today: { from: today, to: today },
    yesterday: { from: yesterday, to: yesterday },
    thisMonth: { from: `${today.slice(0, 8)}01`, to: today },
  };
}
