/**
 * How Parallax reads a date from an article's wording, as data: the rule it applies and the date it
 * counts from (the article's printed date, its dateline, or the date the provenance notes of the
 * captures give). Given the article, `computeReading` redoes the reading, so the content check can
 * refuse a reading the rule and the article do not give, and the page can say how each was read.
 */
import { formatCalendarDate, weekdaysNamed } from '../sources/dates.ts';
import {
  datelineMonthDay,
  describeReadDate,
  formatReadDateValue,
  fullDatesIn,
  parseStatedDate,
  resolveStatedDate,
  weekdayOnOrBefore,
  yearPrinted,
  type ReadDate,
  type Weekday,
} from './calendar.ts';

/** What the article offers to count from. */
export const ANCHOR_SOURCES = ['printed date', 'dateline', 'provenance notes'] as const;
export type AnchorSource = (typeof ANCHOR_SOURCES)[number];

/** The rules that read a date, and the reasons none can be read. */
export const READINGS = {
  'date in the wording': { dated: true, text: 'The wording gives the date.' },
  'weekday counted back': {
    dated: true,
    text: 'The wording names a weekday: the date is the latest such day on or before the date counted from.',
  },
  'no date wording': {
    dated: false,
    text: 'The article gives no date for it.',
  },
  'weekday without anchor': {
    dated: false,
    text: 'The wording names a weekday, but the article prints no date, its dateline gives none and the provenance notes give none, so there is no date to count back from.',
  },
  'length of time': {
    dated: false,
    text: 'The wording gives a length of time, not a date.',
  },
  'relative words': {
    dated: false,
    text: 'The wording places it only against other events or the time of writing, not on a date.',
  },
  'period without start': {
    dated: false,
    text: 'The wording gives the end of a period but not its start.',
  },
} as const satisfies Record<string, { dated: boolean; text: string }>;
export type ReadingRule = keyof typeof READINGS;
export const READING_RULES = Object.keys(READINGS) as ReadingRule[];

/** What the written wording is when an article gives no date wording at all. */
export const NO_WORDING = 'none';

/** The article's date facts, as its frontmatter and the provenance notes of its capture give them. */
export interface ArticleDates {
  /** The date as printed, or "none printed". */
  printed: string;
  /** The printed date as `YYYY-MM-DD`, only where it gives day, month and year unambiguously. */
  printedIso?: string | undefined;
  /** The dateline as printed, or "none printed". */
  dateline: string;
  /** What the provenance notes (content/captures/README.md) say of the article's date, if anything. */
  provenanceNote?: string | undefined;
}

/** The date an anchor gives for an article, or why the article gives none of that kind. */
export function anchorDate(source: AnchorSource, article: ArticleDates): { dates: string[]; problem?: never } | { problem: string; dates?: never } {
  switch (source) {
    case 'printed date':
      return article.printedIso === undefined
        ? {
            problem: `the article's printed date is ${article.printed === 'none printed' ? 'none printed' : `"${article.printed}", which is not a full date written unambiguously`}`,
          }
        : { dates: [article.printedIso] };
    case 'dateline': {
      const day = datelineMonthDay(article.dateline);
      if (day === undefined)
        return {
          problem: `the article's dateline is ${article.dateline === 'none printed' ? 'none printed' : `"${article.dateline}", which gives no day of a month`}`,
        };
      const year = yearPrinted(article.printed);
      if (year === undefined)
        return {
          problem: `the article's dateline "${article.dateline}" gives no year, and its printed date (${article.printed}) gives none either`,
        };
      return {
        dates: [`${year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`],
      };
    }
    case 'provenance notes': {
      const dates = fullDatesIn(article.provenanceNote ?? '');
      return dates.length === 0
        ? {
            problem: `the provenance notes give no full date for the article${article.provenanceNote === undefined ? '' : ` ("${article.provenanceNote}")`}`,
          }
        : { dates };
    }
  }
}

/** Whether the article gives any date to count from at all (a weekday without one cannot be placed). */
export function hasAnyAnchor(article: ArticleDates): AnchorSource | undefined {
  return ANCHOR_SOURCES.find((source) => anchorDate(source, article).dates !== undefined);
}

/** One report's reading, as written in content. */
export interface ReadingInput {
  wording: string;
  date: ReadDate;
  readBy: ReadingRule;
  anchor?: { from: AnchorSource; date: string } | undefined;
}

/** A problem with a reading: the field it is in and what is wrong. */
export interface ReadingProblem {
  field: 'wording' | 'date' | 'readBy' | 'anchor.from' | 'anchor.date';
  message: string;
}

/**
 * Redoes a report's reading against its article: the anchor must be a date the article gives, and
 * the rule applied to the wording (and anchor) must give the date written. Returns every problem.
 */
export function checkReading(reading: ReadingInput, article: ArticleDates): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  const { anchor } = reading;
  if (anchor !== undefined) {
    const given = anchorDate(anchor.from, article);
    if (given.problem !== undefined)
      problems.push({
        field: 'anchor.from',
        message: `is "${anchor.from}", but ${given.problem}: count from a date the article gives`,
      });
    else if (!given.dates.includes(anchor.date)) {
      problems.push({
        field: 'anchor.date',
        message: `is ${anchor.date}, but the article's ${anchor.from} gives ${given.dates.join(' and ')}`,
      });
    }
  }
  const weekdays = weekdaysNamed(reading.wording) as Weekday[];
  switch (reading.readBy) {
    case 'date in the wording': {
      const stated = parseStatedDate(reading.wording);
      if (stated.problem !== undefined) {
        problems.push({
          field: 'wording',
          message: `${stated.problem}, so a date cannot be read from it by "date in the wording"`,
        });
        break;
      }
      if (stated.date.kind === 'days' && stated.date.year === undefined && anchor === undefined) {
        problems.push({
          field: 'anchor.from',
          message: 'is required: the wording gives no year, so the reading needs a date of the article to take it from (printed date, dateline or provenance notes)',
        });
        break;
      }
      if (anchor !== undefined && (stated.date.kind !== 'days' || stated.date.year !== undefined)) {
        problems.push({ field: 'anchor.from', message: 'must be left out: the wording gives the year itself, so nothing is counted from a date of the article' });
      }
      expectDate(resolveStatedDate(stated.date, anchor?.date), reading, problems, `the date "${reading.wording}" gives`);
      break;
    }
    case 'weekday counted back': {
      const [weekday, ...others] = weekdays;
      if (weekday === undefined || others.length > 0) {
        problems.push({
          field: 'wording',
          message: `names ${weekday === undefined ? 'no weekday' : 'more than one weekday'}, so it cannot be read by "weekday counted back"`,
        });
        break;
      }
      if (anchor === undefined) {
        problems.push({
          field: 'anchor.from',
          message: 'is required: a weekday is counted back from a date the article gives (printed date, dateline or provenance notes)',
        });
        break;
      }
      expectDate(
        {
          precision: 'day',
          start: weekdayOnOrBefore(weekday, anchor.date),
          end: weekdayOnOrBefore(weekday, anchor.date),
        },
        reading,
        problems,
        `the ${weekday} on or before ${formatCalendarDate(anchor.date)}`,
      );
      break;
    }
    case 'no date wording':
      if (reading.wording !== NO_WORDING)
        problems.push({
          field: 'wording',
          message: `is "${reading.wording}", but readBy is "no date wording": write wording: ${NO_WORDING}, or say how the wording is read`,
        });
      break;
    case 'weekday without anchor': {
      if (weekdays.length !== 1)
        problems.push({
          field: 'wording',
          message: `names ${weekdays.length === 0 ? 'no weekday' : 'more than one weekday'}, but readBy is "weekday without anchor"`,
        });
      const usable = hasAnyAnchor(article);
      if (usable !== undefined)
        problems.push({
          field: 'readBy',
          message: `is "weekday without anchor", but the article's ${usable} gives a date: count the weekday back from it ("weekday counted back")`,
        });
      break;
    }
    case 'length of time':
    case 'relative words':
    case 'period without start':
      break;
  }
  if (reading.wording === NO_WORDING && reading.readBy !== 'no date wording') {
    problems.push({
      field: 'readBy',
      message: `is "${reading.readBy}", but the wording is ${NO_WORDING}: with no wording, readBy is "no date wording"`,
    });
  }
  if (!READINGS[reading.readBy].dated && anchor !== undefined) {
    problems.push({
      field: 'anchor.from',
      message: `must be left out: "${reading.readBy}" reads no date, so there is nothing to count from`,
    });
  }
  return problems;
}

function expectDate(expected: ReadDate | undefined, reading: ReadingInput, problems: ReadingProblem[], what: string): void {
  if (expected === undefined) {
    problems.push({
      field: 'wording',
      message: `gives a date that does not exist in the calendar`,
    });
    return;
  }
  const written = formatReadDateValue(reading.date);
  const computed = formatReadDateValue(expected);
  if (written !== computed)
    problems.push({
      field: 'date',
      message: `is ${written}, but ${what} is ${computed} (${describeReadDate(expected)})`,
    });
}

/** How a report's reading was made, in a sentence or two for readers. */
export function describeReading(reading: ReadingInput, article: ArticleDates): string {
  const { anchor } = reading;
  if (anchor === undefined) return reading.readBy === 'date in the wording' ? 'The wording gives the date in full.' : READINGS[reading.readBy].text;
  const from = describeAnchor(anchor.from, anchor.date, article);
  if (reading.readBy === 'weekday counted back') {
    const weekday = weekdaysNamed(reading.wording)[0] ?? '';
    return `The wording names ${weekday}: read as the latest ${weekday} on or before ${from}.`;
  }
  return `The wording gives no year: read as the latest such date on or before ${from}.`;
}

/** The anchor in words, with what the article prints ("the article's printed date, “November 10, 2025”"). */
export function describeAnchor(source: AnchorSource, date: string, article: ArticleDates): string {
  const day = formatCalendarDate(date);
  switch (source) {
    case 'printed date':
      return `the article's printed date, “${article.printed}” (${day})`;
    case 'dateline':
      return `the dateline, “${article.dateline}”, with the year of the printed date “${article.printed}” (${day})`;
    case 'provenance notes':
      return `the date the provenance notes of the captures give for the article, ${day}${article.provenanceNote === undefined ? '' : ` (“${article.provenanceNote}”)`}`;
  }
}
