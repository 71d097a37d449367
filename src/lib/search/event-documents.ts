/** Turns the timeline's events into search documents, each linked to its entry on /timeline/. */
import type { TimelineEventView, TimelineView } from '../timeline/timeline-views.ts';
import type { SearchDocument } from './search-index.ts';

/** The weight of a title, on the scale of search-documents.ts. */
const TITLE_WEIGHT = 5;

/**
 * An event is found by its title, and shows the date read. Its reports' words are not indexed again:
 * each is in an article passage the index holds already (so "said Sunday" finds the paragraph), and
 * the search page downloads a small index whole, within a byte budget each document counts against.
 */
function eventDocument(event: TimelineEventView): SearchDocument {
  return {
    kind: 'event',
    title: event.title,
    text: event.dateLabel,
    href: event.href,
    meta: 'Timeline',
    fields: [{ text: event.title, weight: TITLE_WEIGHT }],
  };
}

/** One search document per event, dated ones first in timeline order, then the undated. */
export function buildEventDocuments(timeline: TimelineView): SearchDocument[] {
  return [...timeline.dated, ...timeline.undated].map(eventDocument);
}
