/**
 * What the timeline page shows: every event the articles report, each with every article's own
 * wording of its date, the date Parallax reads from it, how, its weekday (computed) and, side by
 * side, the readings that conflict; in order of the dates read, events without one placed where an
 * article states their order, the rest apart as undated. Pure: plain data in, views out.
 */
import type { ArticleInfo } from '../claims/claim-views.ts';
import { placePassage, type PassageView, type RawPassage } from '../claims/comparison-views.ts';
import { describeOutlet } from '../claims/voices.ts';
import { collapseWhitespace } from '../text.ts';
import { describeReadDate, describeReadWeekdays, formatReadDateValue, parseReadDate, type Precision, type ReadDate } from './calendar.ts';
import { conflictingReports, unplacedWeekday } from './conflicts.ts';
import { describeReading, NO_WORDING, type AnchorSource, type ArticleDates, type ReadingRule } from './reading.ts';

/** The page's address; each event is at its id there. */
export const TIMELINE_PATH = '/timeline/';

/** Said of an event no report gives a date for. */
export const NO_DATE_READ = 'No date can be read from these sources.';

export const PRECISION_LABELS: Record<Precision, string> = {
  day: 'to the day',
  days: 'to the days',
  month: 'to the month',
  year: 'to the year',
  unknown: 'not known',
};

/** One report of an event, as content/events/<id>.yaml gives it. */
export interface RawEventReport extends RawPassage {
  wording: string;
  date: string;
  precision: Precision;
  readBy: ReadingRule;
  anchor?: { from: AnchorSource; date: string } | undefined;
  note?: string | undefined;
}

export interface RawEvent {
  id: string;
  title: string;
  reports: readonly RawEventReport[];
  /** Where an undated event stands, as an article states it: after or before another event. */
  order?: (RawPassage & { relation: 'after' | 'before'; event: string }) | undefined;
}

export interface TimelineReportView extends PassageView {
  /** The passage, with the date wording marked. */
  segments: { text: string; marked: boolean }[];
  /** The date wording as the article gives it; undefined where it gives none. */
  wording: string | undefined;
  readBy: ReadingRule;
  read: ReadDate;
  /** "9 November 2025", "March 2025", "No date". */
  readLabel: string;
  /** For `<time datetime>`: the day, month or year read; undefined for a run of days or none. */
  datetime: string | undefined;
  precision: string;
  /** The weekday(s) of the days read, computed ("a Sunday"); undefined for coarser readings. */
  weekdays: string | undefined;
  how: string;
  note: string | undefined;
}

export interface TimelineConflict {
  /** The conflict in a sentence, computed from the readings. */
  note: string;
  /** The differing readings side by side, each with the reports that give it. */
  versions: { label: string; reports: TimelineReportView[] }[];
}

export interface TimelineEventView {
  id: string;
  title: string;
  href: string;
  reports: TimelineReportView[];
  /** The event's date as read ("6 and 7 November 2025"), "Readings differ" or that none can be read. */
  dateLabel: string;
  conflict: TimelineConflict | undefined;
  /** For an undated event placed by an article's words: the event it follows or precedes, and those words. */
  order:
    | {
        relation: 'after' | 'before';
        event: { id: string; title: string };
        passage: PassageView;
      }
    | undefined;
}

export interface TimelineView {
  dated: TimelineEventView[];
  undated: TimelineEventView[];
}

/** The passage with the wording's first occurrence marked. */
export function markWording(text: string, wording: string | undefined): { text: string; marked: boolean }[] {
  const passage = collapseWhitespace(text);
  const words = wording === undefined ? '' : collapseWhitespace(wording);
  const at = words === '' ? -1 : passage.indexOf(words);
  if (at === -1) return [{ text: passage, marked: false }];
  return [
    { text: passage.slice(0, at), marked: false },
    { text: words, marked: true },
    { text: passage.slice(at + words.length), marked: false },
  ].filter((segment) => segment.text.length > 0);
}

function buildReport(report: RawEventReport, articles: ReadonlyMap<string, ArticleInfo>, dates: ReadonlyMap<string, ArticleDates>, where: string): TimelineReportView {
  const passage = placePassage(articles, report, where);
  const read = parseReadDate(report.date);
  const articleDates = dates.get(report.article);
  if (read === undefined) throw new Error(`${where}: date "${report.date}" is not a date Parallax can read`);
  if (articleDates === undefined) throw new Error(`${where}: article "${report.article}" has no date facts`);
  const wording = report.wording === NO_WORDING ? undefined : report.wording;
  return {
    ...passage,
    segments: markWording(report.text, wording),
    wording,
    readBy: report.readBy,
    read,
    readLabel: describeReadDate(read),
    datetime: read.precision === 'unknown' || read.precision === 'days' ? undefined : formatReadDateValue(read),
    precision: PRECISION_LABELS[report.precision],
    weekdays: describeReadWeekdays(read),
    how: describeReading(
      {
        wording: report.wording,
        date: read,
        readBy: report.readBy,
        anchor: report.anchor,
      },
      articleDates,
    ),
    note: report.note,
  };
}

/** The span of a reading in days, to pick the narrowest of readings that agree. */
const span = (read: ReadDate) => (read.precision === 'unknown' ? Infinity : Date.parse(read.end) - Date.parse(read.start));

function describeConflict(reports: readonly TimelineReportView[]): TimelineConflict | undefined {
  const { dated, weekdays } = conflictingReports(reports);
  if (dated.length === 0 && weekdays.length === 0) return undefined;
  const versions: TimelineConflict['versions'] = [];
  const shown = dated.length > 0 ? dated : reports.filter((report) => report.read.precision !== 'unknown');
  for (const report of shown) {
    const label = report.weekdays === undefined ? report.readLabel : `${report.readLabel} (${report.weekdays})`;
    const version = versions.find((candidate) => candidate.label === label);
    if (version) version.reports.push(report);
    else versions.push({ label, reports: [report] });
  }
  for (const report of weekdays)
    versions.push({
      label: `${unplacedWeekday(report) ?? ''}, no date read`,
      reports: [report],
    });
  const outlets = (list: readonly TimelineReportView[]) => [...new Set(list.map((report) => describeOutlet(report.article)))].join(' and ');
  const parts = versions
    .filter((version) => version.reports.every((report) => report.read.precision !== 'unknown'))
    .map((version) => `${outlets(version.reports)} ${version.reports.length === 1 ? 'reads' : 'read'} ${version.label}`);
  const sentences = [parts.length > 1 ? `The readings differ: ${parts.join('; ')}.` : parts.length === 1 ? `${parts[0] ?? ''}.` : ''];
  for (const report of weekdays) {
    sentences.push(
      `${describeOutlet(report.article)} names ${unplacedWeekday(report) ?? ''}, and none of the days read from the other reports was a ${unplacedWeekday(report) ?? ''}.`,
    );
  }
  return {
    note: sentences.filter((sentence) => sentence !== '').join(' '),
    versions,
  };
}

function dateLabelOf(reports: readonly TimelineReportView[], conflict: TimelineConflict | undefined): string {
  if (conflict !== undefined && conflictingReports(reports).dated.length > 0) return 'Readings differ';
  const narrowest = reports.filter((report) => report.read.precision !== 'unknown').sort((a, b) => span(a.read) - span(b.read))[0];
  if (narrowest === undefined) return NO_DATE_READ;
  return narrowest.weekdays === undefined ? narrowest.readLabel : `${narrowest.readLabel}, ${narrowest.weekdays}`;
}

/** The first day an event's readings cover: its place in the timeline; undefined when none is read. */
function sortKeyOf(reports: readonly TimelineReportView[]): string | undefined {
  return reports.flatMap((report) => (report.read.precision === 'unknown' ? [] : [report.read.start])).sort()[0];
}

/**
 * Builds the timeline. Dated events go by their first day read (then by id, so ties never depend on
 * file order); an undated event with an order stated by an article goes right after or before the
 * event it names, once that one is placed; the rest are undated, by title. Throws on a passage not in
 * its article and on an order naming an event that does not exist.
 */
export function buildTimeline(events: readonly RawEvent[], articles: readonly ArticleInfo[], dates: ReadonlyMap<string, ArticleDates>): TimelineView {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const titles = new Map(events.map((event) => [event.id, event.title]));
  const views = events.map((event): TimelineEventView & { sortKey: string | undefined } => {
    const where = `content/events/${event.id}.yaml`;
    const reports = event.reports.map((report, index) => buildReport(report, bySlug, dates, `${where}: reports[${index}]`));
    const conflict = describeConflict(reports);
    const order = event.order;
    const target = order === undefined ? undefined : titles.get(order.event);
    if (order !== undefined && target === undefined) throw new Error(`${where}: order.event "${order.event}" does not exist`);
    return {
      id: event.id,
      title: event.title,
      href: `${TIMELINE_PATH}#${event.id}`,
      reports,
      dateLabel: dateLabelOf(reports, conflict),
      conflict,
      order:
        order === undefined || target === undefined
          ? undefined
          : {
              relation: order.relation,
              event: { id: order.event, title: target },
              passage: placePassage(bySlug, order, `${where}: order`),
            },
      sortKey: sortKeyOf(reports),
    };
  });
  const dated = views.filter((view) => view.sortKey !== undefined).sort((a, b) => (a.sortKey ?? '').localeCompare(b.sortKey ?? '') || a.id.localeCompare(b.id));
  let waiting = views.filter((view) => view.sortKey === undefined && view.order !== undefined).sort((a, b) => a.id.localeCompare(b.id));
  // Placed events may follow one another (a second round after the first): place until nothing moves.
  for (let moved = true; moved && waiting.length > 0;) {
    moved = false;
    for (const view of waiting) {
      const at = dated.findIndex((candidate) => candidate.id === view.order?.event.id);
      if (at === -1) continue;
      dated.splice(view.order?.relation === 'after' ? at + 1 : at, 0, view);
      moved = true;
    }
    waiting = waiting.filter((view) => !dated.includes(view));
  }
  const undated = [...views.filter((view) => view.sortKey === undefined && view.order === undefined), ...waiting].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const strip = ({ sortKey: _sortKey, ...view }: TimelineEventView & { sortKey: string | undefined }): TimelineEventView => view;
  return { dated: dated.map(strip), undated: undated.map(strip) };
}
