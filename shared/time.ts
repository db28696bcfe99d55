/** Rokad stores UTC instants and shows India time; the business day is the calendar day in India. */
export const INDIA_TIME_ZONE = 'Asia/Kolkata';

// India has kept +05:30 all year since 1945 (tz database, Asia/Kolkata), so the date is a sum,
// not a time-zone lookup: every payment asks for it.
const INDIA_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

/** The India calendar date of an instant, as YYYY-MM-DD. */
export function indiaDate(instant: Date): string {
  return new Date(instant.getTime() + INDIA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The UTC instants that bound an India calendar day, for range queries on stored UTC times. */
export function indiaDayRange(isoDate: string): { from: string; to: string } {
  const start = new Date(`${isoDate}T00:00:00+05:30`);
  const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
  return { from: start.toISOString(), to: end.toISOString() };
}

export type DisplayLanguage = 'en' | 'hi';

const dateTimeFormats: Record<DisplayLanguage, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-IN', { timeZone: INDIA_TIME_ZONE, day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: true }),
  hi: new Intl.DateTimeFormat('hi-IN', { timeZone: INDIA_TIME_ZONE, day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: true }),
};

/** "24 Nov 2026, 09:41 pm" (or "24 नव॰ 2026, 09:41 pm") in India time, from an ISO instant. */
export function formatIndiaDateTime(iso: string, language: DisplayLanguage = 'en'): string {
  return dateTimeFormats[language].format(new Date(iso));
}

const timeFormat = new Intl.DateTimeFormat('en-IN', { timeZone: INDIA_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: true });

/** "09:41 pm" in India time. */
export function formatIndiaTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

const calendarFormats: Record<DisplayLanguage, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', day: '2-digit', month: 'short', year: 'numeric' }),
  hi: new Intl.DateTimeFormat('hi-IN', { timeZone: 'UTC', day: '2-digit', month: 'long', year: 'numeric' }),
};
const monthFormats: Record<DisplayLanguage, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
  hi: new Intl.DateTimeFormat('hi-IN', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
};

function utcDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** "2026-11-24" → "24 Nov 2026" (or "24 नवंबर 2026"). */
export function formatCalendarDate(isoDate: string, language: DisplayLanguage = 'en'): string {
  return calendarFormats[language].format(utcDay(isoDate));
}

/** "2026-11" → "November 2026" (or "नवंबर 2026"). */
export function formatBillMonth(yearMonth: string, language: DisplayLanguage = 'en'): string {
  return monthFormats[language].format(utcDay(`${yearMonth}-01`));
}
