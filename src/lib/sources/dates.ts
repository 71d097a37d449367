/** Calendar-date helpers. Dates in content are plain `YYYY-MM-DD` strings: no time zone, no guessing. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True when `value` is `YYYY-MM-DD` and names a real day (no 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Formats a `YYYY-MM-DD` date for readers, in English and in UTC ("10 November 2025"). */
export function formatCalendarDate(value: string): string {
  return new Date(`${value}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The weekdays, Sunday first, as `Date.getUTCDay()` numbers them. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The weekday of a `YYYY-MM-DD` date, computed (never typed by an editor). */
export function weekdayOf(value: string): (typeof WEEKDAYS)[number] {
  if (!isCalendarDate(value)) throw new Error(`"${value}" is not a calendar date written YYYY-MM-DD`);
  return WEEKDAYS[new Date(`${value}T00:00:00Z`).getUTCDay()] ?? 'Sunday';
}

/**
 * A calendar note for readers: the weekday of each date, in date order ("6 November 2025 was a
 * Thursday; 7 November 2025 was a Friday."). It states the calendar and nothing else.
 */
export function describeWeekdays(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  return `${sorted.map((date) => `${formatCalendarDate(date)} was a ${weekdayOf(date)}`).join('; ')}.`;
}

/** The weekday names a text uses ("Sunday", "on Tuesday"), in order of first use. */
export function weekdaysNamed(text: string): string[] {
  const found = text.match(new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gu')) ?? [];
  return [...new Set(found)];
}

/** True when a text gives a day of a month ("November 6 and 7", "Nov. 7", "6 November", "12/11/2025"). */
export function namesDayOfMonth(text: string): boolean {
  const month = `(?:${MONTHS.map((name) => `${name}|${name.slice(0, 3)}\\.?`).join('|')})`;
  return new RegExp(`\\b${month}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${month}(?![a-z])|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b`, 'u').test(text);
}
