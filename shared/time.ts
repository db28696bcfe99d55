/** Rokad stores UTC instants and shows India time; the business day is the calendar day in India. */
export const INDIA_TIME_ZONE = 'Asia/Kolkata';

const indiaDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: INDIA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The India calendar date of an instant, as YYYY-MM-DD. */
export function indiaDate(instant: Date): string {
  return indiaDateFormat.format(instant);
}

const indiaDateTimeFormat = new Intl.DateTimeFormat('en-IN', {
  timeZone: INDIA_TIME_ZONE,
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: true,
});

/** "24 Nov 2026, 09:41 pm" in India time, from an ISO instant. */
export function formatIndiaDateTime(iso: string): string {
  return indiaDateTimeFormat.format(new Date(iso));
}

/** "2026-11-24" → "24 Nov 2026". */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${String(day).padStart(2, '0')} ${months[(month ?? 1) - 1]} ${year}`;
}
