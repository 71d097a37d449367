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
