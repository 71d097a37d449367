/** Turns the timeline's events into search documents, each linked to its entry on /timeline/. */
import type { TimelineEventView, TimelineView } from '../timeline/timeline-views.ts';
import type { SearchDocument } from './search-index.ts';

/** Field weights, on the scale of search-documents.ts: the title names the event, the reports' words tell it. */
const WEIGHT = { title: 5, wording: 3, text: 2, context: 1 } as const;

function eventDocument(event: TimelineEventView): SearchDocument {
  const wordings = [...new Set(event.reports.flatMap((report) => (report.wording === undefined ? [] : [report.wording])))];
  return {
    kind: 'event',
    title: event.title,
    // What the result shows: the date read, and the articles' own wordings of it.
    text: [event.dateLabel, ...wordings.map((wording) => `“${wording}”`)].join(' · '),
    href: event.href,
    meta: 'Timeline',
    fields: [
      { text: event.title, weight: WEIGHT.title },
      ...wordings.map((wording) => ({ text: wording, weight: WEIGHT.wording })),
      ...event.reports.map((report) => ({
        text: report.text,
        weight: WEIGHT.text,
      })),
      // The dates as read, in words ("7 November 2025"), so a search for a date finds what happened on it.
      ...[...new Set(event.reports.flatMap((report) => (report.read.precision === 'unknown' ? [] : [report.readLabel])))].map((label) => ({ text: label, weight: WEIGHT.context })),
      ...[...new Set(event.reports.map((report) => report.article.outlet))].map((outlet) => ({ text: outlet, weight: WEIGHT.context })),
    ],
  };
}

/** One search document per event, dated ones first in timeline order, then the undated. */
export function buildEventDocuments(timeline: TimelineView): SearchDocument[] {
  return [...timeline.dated, ...timeline.undated].map(eventDocument);
}
