/**
 * The calendar side of the timeline: the date forms Parallax writes for what it reads from an
 * article ("2025-11-09", "2025-11-06/2025-11-07", "2025-03", "2024", "none"), the date forms the
 * articles print ("Nov. 7", "November 6 and 7", "October 19, 2025", "March 2025", "2024"), and the
 * arithmetic between them (the Sunday on or before a printed date). Pure: every date the timeline
 * shows is computed here from the article's words and a date the article gives, never typed in.
 */
import { formatCalendarDate, isCalendarDate, MONTHS, WEEKDAYS, weekdayOf } from '../sources/dates.ts';

export type Weekday = (typeof WEEKDAYS)[number];

/** What Parallax writes where no date can be read. */
export const NO_DATE = 'none';

/** How exact a reading is: one day, a run of days, a month, a year, or not known. */
export const PRECISIONS = ['day', 'days', 'month', 'year', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A date as Parallax reads it, as the first and last day it covers (both `YYYY-MM-DD`). */
export type ReadDate = { precision: Exclude<Precision, 'unknown'>; start: string; end: string } | { precision: 'unknown' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH = /^(\d{4})-(\d{2})$/u;
const YEAR = /^(\d{4})$/u;

const pad = (value: number) => String(value).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

/** The number of days in a month (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The `YYYY-MM-DD` date `days` days after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Reads the date form Parallax writes: `YYYY-MM-DD` (a day), `YYYY-MM-DD/YYYY-MM-DD` (a run of days,
 * first before last), `YYYY-MM` (a month), `YYYY` (a year) or `none`. Undefined for anything else,
 * an impossible date included.
 */
export function parseReadDate(text: string): ReadDate | undefined {
  if (text === NO_DATE) return { precision: 'unknown' };
  if (isCalendarDate(text)) return { precision: 'day', start: text, end: text };
  const [first, last, ...rest] = text.split('/');
  if (first !== undefined && last !== undefined && rest.length === 0) {
    return isCalendarDate(first) && isCalendarDate(last) && first < last ? { precision: 'days', start: first, end: last } : undefined;
  }
  const month = MONTH.exec(text);
  if (month) {
    const [year, number] = [Number(month[1]), Number(month[2])];
    return number >= 1 && number <= 12
      ? {
          precision: 'month',
          start: isoOf(year, number, 1),
          end: isoOf(year, number, daysInMonth(year, number)),
        }
      : undefined;
  }
  const year = YEAR.exec(text);
  if (year) return { precision: 'year', start: `${text}-01-01`, end: `${text}-12-31` };
  return undefined;
}

/** Writes a reading back in the form `parseReadDate` reads. */
export function formatReadDateValue(read: ReadDate): string {
  switch (read.precision) {
    case 'unknown':
      return NO_DATE;
    case 'day':
      return read.start;
    case 'days':
      return `${read.start}/${read.end}`;
    case 'month':
      return read.start.slice(0, 7);
    case 'year':
      return read.start.slice(0, 4);
  }
}

/** A reading for readers: "9 November 2025", "6 and 7 November 2025", "6–9 November 2025", "March 2025", "2024". */
export function describeReadDate(read: ReadDate): string {
  switch (read.precision) {
    case 'unknown':
      return 'No date';
    case 'day':
      return formatCalendarDate(read.start);
    case 'days': {
      const [start, end] = [DAY.exec(read.start), DAY.exec(read.end)];
      if (!start || !end) return `${formatCalendarDate(read.start)} to ${formatCalendarDate(read.end)}`;
      if (start[1] !== end[1] || start[2] !== end[2]) return `${formatCalendarDate(read.start)} to ${formatCalendarDate(read.end)}`;
      const joiner = addDays(read.start, 1) === read.end ? ' and ' : '–';
      return `${Number(start[3])}${joiner}${formatCalendarDate(read.end)}`;
    }
    case 'month': {
      const month = MONTHS[Number(read.start.slice(5, 7)) - 1] ?? '';
      return `${month} ${read.start.slice(0, 4)}`;
    }
    case 'year':
      return read.start.slice(0, 4);
  }
}

/** Every day a day or run of days covers, in order; none for a month, a year or no date. */
export function daysOf(read: ReadDate): string[] {
  if (read.precision !== 'day' && read.precision !== 'days') return [];
  const days: string[] = [];
  for (let day = read.start; day <= read.end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The weekdays of a day or run of days, computed ("a Sunday", "a Thursday and a Friday"); undefined for coarser readings. */
export function describeReadWeekdays(read: ReadDate): string | undefined {
  const days = daysOf(read);
  if (days.length === 0) return undefined;
  const names = days.map((day) => `a ${weekdayOf(day)}`);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** True when two readings share at least one day. */
export function overlaps(a: ReadDate, b: ReadDate): boolean {
  if (a.precision === 'unknown' || b.precision === 'unknown') return false;
  return a.start <= b.end && b.start <= a.end;
}

/** The latest `weekday` on or before `anchor` (`YYYY-MM-DD`): the anchor itself when it is that weekday. */
export function weekdayOnOrBefore(weekday: Weekday, anchor: string): string {
  const back = (WEEKDAYS.indexOf(weekdayOf(anchor)) - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return addDays(anchor, -back);
}

// Month names as the articles print them: in full, or the first three letters with or without a full stop.
const MONTH_NAME = `(${MONTHS.map((name) => `${name}|${name.slice(0, 3)}\\.?`).join('|')})`;
const DAY_NUMBER = '(\\d{1,2})\\b';
const DAY_RUN = `${DAY_NUMBER}(?:\\s*(?:and|to|–|-)\\s*${DAY_NUMBER})?`;
const YEAR_NUMBER = '((?:1[89]|20)\\d\\d)\\b';
const MONTH_FIRST = new RegExp(`\\b${MONTH_NAME}\\s+${DAY_RUN}(?:,?\\s+${YEAR_NUMBER})?`, 'gu');
const DAY_FIRST = new RegExp(`\\b${DAY_RUN}\\s+${MONTH_NAME}(?![a-z])(?:,?\\s+${YEAR_NUMBER})?`, 'gu');
const MONTH_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+${YEAR_NUMBER}`, 'gu');
const YEAR_ONLY = new RegExp(`\\b${YEAR_NUMBER}`, 'gu');

/** A date as an article's words give it: a day or run of days of a month (the year perhaps left to the page), a month of a year, or a year. */
export type StatedDate =
  | {
      kind: 'days';
      month: number;
      first: number;
      last: number;
      year: number | undefined;
    }
  | { kind: 'month'; month: number; year: number }
  | { kind: 'year'; year: number };

function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => name.replace('.', '') === month || name.replace('.', '') === month.slice(0, 3)) + 1;
}

/** Every day-of-month date a text gives ("Nov. 7", "6 and 7 November", "October 19, 2025"), in order. */
function daysStated(text: string): (StatedDate & { kind: 'days' })[] {
  const found: { at: number; date: StatedDate & { kind: 'days' } }[] = [];
  for (const match of text.matchAll(MONTH_FIRST)) {
    const [, month = '', first = '', last, year] = match;
    found.push({
      at: match.index,
      date: {
        kind: 'days',
        month: monthNumber(month),
        first: Number(first),
        last: Number(last ?? first),
        year: year === undefined ? undefined : Number(year),
      },
    });
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const [, first = '', last, month = '', year] = match;
    found.push({
      at: match.index,
      date: {
        kind: 'days',
        month: monthNumber(month),
        first: Number(first),
        last: Number(last ?? first),
        year: year === undefined ? undefined : Number(year),
      },
    });
  }
  return found.sort((a, b) => a.at - b.at).map(({ date }) => date);
}

/**
 * The one date an article's wording gives, or why none can be read from it: it gives none, or more
 * than one. Days come before months, months before bare years: "October 19, 2025" is a day, not a year.
 */
export function parseStatedDate(wording: string): { date: StatedDate; problem?: never } | { problem: string; date?: never } {
  const days = daysStated(wording);
  if (days.length > 1) return { problem: 'gives more than one date' };
  const [day] = days;
  if (day) return day.first > day.last ? { problem: 'gives a run of days that ends before it starts' } : { date: day };
  const months = [...wording.matchAll(MONTH_YEAR)].map(([, month = '', year = '']): StatedDate => ({
    kind: 'month',
    month: monthNumber(month),
    year: Number(year),
  }));
  if (months.length > 1) return { problem: 'gives more than one month' };
  const [month] = months;
  if (month) return { date: month };
  const years = [...new Set([...wording.matchAll(YEAR_ONLY)].map(([, year = '']) => Number(year)))];
  if (years.length > 1) return { problem: 'gives more than one year' };
  const [year] = years;
  if (year !== undefined) return { date: { kind: 'year', year } };
  return {
    problem: 'gives no date: no day of a month, month with its year, or year',
  };
}

/** The month and day a dateline gives ("Kabul, Nov 11"), if it gives one. */
export function datelineMonthDay(dateline: string): { month: number; day: number } | undefined {
  const [date, ...more] = daysStated(dateline);
  if (!date || more.length > 0 || date.first !== date.last) return undefined;
  return { month: date.month, day: date.first };
}

/** The year a printed date gives ("12/11/2025", "Saturday, 08 November 2025"), if it gives exactly one. */
export function yearPrinted(printed: string): number | undefined {
  const years = [...new Set([...printed.matchAll(YEAR_ONLY)].map(([, year = '']) => Number(year)))];
  return years.length === 1 ? years[0] : undefined;
}

/** Every full date (day, month and year) a text gives ("Nov 9, 2025"), as `YYYY-MM-DD`, in order. */
export function fullDatesIn(text: string): string[] {
  return daysStated(text)
    .flatMap((date) => (date.year === undefined || date.first !== date.last ? [] : [isoOf(date.year, date.month, date.first)]))
    .filter(isCalendarDate);
}

/**
 * The reading of a stated date. A day or month given without its year takes the year that puts it
 * last on or before `anchor` (the page's date: "Nov. 7" on a page of 9 November 2025 is 7 November
 * 2025, on a page of 3 January 2026 it is 7 November 2025 too). Undefined when the year is not given
 * and there is no anchor, or the date does not exist (30 February).
 */
export function resolveStatedDate(stated: StatedDate, anchor: string | undefined): ReadDate | undefined {
  if (stated.kind === 'year')
    return {
      precision: 'year',
      start: `${stated.year}-01-01`,
      end: `${stated.year}-12-31`,
    };
  if (stated.kind === 'month') return parseReadDate(`${stated.year}-${pad(stated.month)}`);
  let year = stated.year;
  if (year === undefined) {
    if (anchor === undefined) return undefined;
    year = Number(anchor.slice(0, 4));
    if (isoOf(year, stated.month, stated.first) > anchor) year -= 1;
  }
  const [start, end] = [isoOf(year, stated.month, stated.first), isoOf(year, stated.month, stated.last)];
  if (!isCalendarDate(start) || !isCalendarDate(end)) return undefined;
  return start === end ? { precision: 'day', start, end } : { precision: 'days', start, end };
}
