/**
 * Where the reports of one event disagree on its date, found by code: two readings that share no day,
 * two readings to the day that differ (7 November against 6 and 7 November), or a weekday named with
 * no date to place it that none of the days the other reports read falls on. Coarser readings that
 * hold finer ones (2021 and August 2021) agree.
 */
import { weekdayOf, weekdaysNamed } from '../sources/dates.ts';
import { daysOf, formatReadDateValue, overlaps, type ReadDate } from './calendar.ts';

/** What conflict detection needs of a report. */
export interface DatedReport {
  read: ReadDate;
  /** The reading rule; a weekday without a date to count from is compared by weekday. */
  readBy: string;
  /** The date wording; undefined where the article gives none. */
  wording: string | undefined;
}

const isToTheDay = (read: ReadDate) => read.precision === 'day' || read.precision === 'days';

/** True when two readings cannot both be right. */
export function readingsConflict(a: ReadDate, b: ReadDate): boolean {
  if (a.precision === 'unknown' || b.precision === 'unknown') return false;
  if (!overlaps(a, b)) return true;
  return isToTheDay(a) && isToTheDay(b) && formatReadDateValue(a) !== formatReadDateValue(b);
}

/** The weekday a report names without a date to place it, if that is how it was read. */
export function unplacedWeekday(report: DatedReport): string | undefined {
  return report.readBy === 'weekday without anchor' ? weekdaysNamed(report.wording ?? '')[0] : undefined;
}

/**
 * The reports of an event that take part in a conflict, or none when they agree: every dated report
 * when two readings conflict, and every report naming a weekday none of the read days falls on.
 */
export function conflictingReports<R extends DatedReport>(reports: readonly R[]): { dated: R[]; weekdays: R[] } {
  const dated = reports.filter((report) => report.read.precision !== 'unknown');
  const clash = dated.some((a, index) => dated.slice(index + 1).some((b) => readingsConflict(a.read, b.read)));
  const days = new Set(dated.flatMap((report) => daysOf(report.read)).map(weekdayOf));
  const weekdays =
    days.size === 0
      ? []
      : reports.filter((report) => {
          const weekday = unplacedWeekday(report);
          return weekday !== undefined && !days.has(weekday as ReturnType<typeof weekdayOf>);
        });
  return { dated: clash ? dated : [], weekdays };
}
