import { describe, expect, test } from 'vitest';
import type { ArticleInfo } from '../../../src/lib/claims/claim-views.ts';
import { createSearcher } from '../../../src/lib/search/create-searcher.ts';
import { buildEventDocuments } from '../../../src/lib/search/event-documents.ts';
import { buildSearchIndex } from '../../../src/lib/search/search-index.ts';
import { readingsConflict } from '../../../src/lib/timeline/conflicts.ts';
import { parseReadDate, type ReadDate } from '../../../src/lib/timeline/calendar.ts';
import { buildTimeline, markWording, NO_DATE_READ, type RawEvent, type RawEventReport } from '../../../src/lib/timeline/timeline-views.ts';
import type { ArticleDates } from '../../../src/lib/timeline/reading.ts';

const article = (slug: string, outlet: string, paragraphs: string[]): ArticleInfo => ({
  slug,
  outlet,
  headline: `${outlet} headline`,
  href: `/articles/${slug}/`,
  date: 'None printed',
  paragraphs: paragraphs.map((text, index) => ({ id: `p-${slug}-${index + 1}`, text })),
});
const ARTICLES = [
  article('a', 'Outlet A', ['The talks were held on Nov. 7 in Istanbul.', 'A second round followed the first.', 'The talks ended on Tuesday.']),
  article('b', 'Outlet B', ['Delegates met on November 6 and 7.', 'The group took control in August 2021.', 'Strikes were reported.']),
];
const DATES = new Map<string, ArticleDates>([
  ['a', { printed: 'none printed', dateline: 'none printed' }],
  ['b', { printed: 'Saturday, 08 November 2025', printedIso: '2025-11-08', dateline: 'none printed' }],
]);
const undated = (articleId: string, text: string): RawEventReport => ({ article: articleId, text, wording: 'none', date: 'none', precision: 'unknown', readBy: 'no date wording' });
const dated = (articleId: string, text: string, wording: string, date: string): RawEventReport => {
  const read = parseReadDate(date);
  return { article: articleId, text, wording, date, precision: read?.precision ?? 'unknown', readBy: 'date in the wording', anchor: { from: 'printed date', date: '2025-11-08' } };
};

const EVENTS: RawEvent[] = [
  { id: 'strikes', title: 'Strikes', reports: [undated('b', 'Strikes were reported.')] },
  {
    id: 'second-round',
    title: 'Second round',
    reports: [undated('a', 'A second round followed the first.')],
    order: { relation: 'before', event: 'third-round', article: 'a', text: 'A second round' },
  },
  {
    id: 'third-round',
    title: 'Third round',
    reports: [
      dated('a', 'The talks were held on Nov. 7 in Istanbul.', 'on Nov. 7', '2025-11-07'),
      dated('b', 'Delegates met on November 6 and 7.', 'on November 6 and 7', '2025-11-06/2025-11-07'),
      { article: 'a', text: 'The talks ended on Tuesday.', wording: 'on Tuesday', date: 'none', precision: 'unknown', readBy: 'weekday without anchor' },
    ],
  },
  {
    id: 'takeover',
    title: 'Takeover',
    reports: [dated('b', 'The group took control in August 2021.', 'in August 2021', '2021-08'), dated('b', 'The group took control in August 2021.', '2021', '2021')],
  },
];
const timeline = buildTimeline(EVENTS, ARTICLES, DATES);

describe('the order of the timeline', () => {
  test('dated events go by the first day read; an undated one stands where an article places it; the rest are undated', () => {
    expect(timeline.dated.map((event) => event.id)).toEqual(['takeover', 'second-round', 'third-round']);
    expect(timeline.undated.map((event) => event.id)).toEqual(['strikes']);
    expect(timeline.undated[0]?.dateLabel).toBe(NO_DATE_READ);
    expect(timeline.dated[1]?.order).toMatchObject({ relation: 'before', event: { id: 'third-round', title: 'Third round' }, passage: { paragraphHref: '/articles/a/#p-a-2' } });
  });

  test('an order naming no event stops the build', () => {
    expect(() => buildTimeline([{ ...EVENTS[1], order: { relation: 'after', event: 'nowhere', article: 'a', text: 'A second round' } } as RawEvent], ARTICLES, DATES)).toThrow(
      'content/events/second-round.yaml: order.event "nowhere" does not exist',
    );
  });

  test('an event placed after one that is itself placed follows it', () => {
    const chained = buildTimeline(
      [
        ...EVENTS,
        {
          id: 'later',
          title: 'Later',
          reports: [undated('b', 'Strikes were reported.')],
          order: { relation: 'after', event: 'second-round', article: 'a', text: 'A second round' },
        },
      ],
      ARTICLES,
      DATES,
    );
    expect(chained.dated.map((event) => event.id)).toEqual(['takeover', 'second-round', 'later', 'third-round']);
  });
});

describe('each report', () => {
  const [nukta, sat, tuesday] = timeline.dated[2]?.reports ?? [];

  test('links to its paragraph and marks its wording', () => {
    expect(nukta?.paragraphHref).toBe('/articles/a/#p-a-1');
    expect(nukta?.segments).toEqual([
      { text: 'The talks were held ', marked: false },
      { text: 'on Nov. 7', marked: true },
      { text: ' in Istanbul.', marked: false },
    ]);
    expect(markWording('Strikes were reported.', undefined)).toEqual([{ text: 'Strikes were reported.', marked: false }]);
  });

  test('shows the date read, its precision and its weekdays, computed', () => {
    expect(nukta).toMatchObject({ readLabel: '7 November 2025', datetime: '2025-11-07', precision: 'to the day', weekdays: 'a Friday' });
    expect(sat).toMatchObject({ readLabel: '6 and 7 November 2025', datetime: undefined, precision: 'to the days', weekdays: 'a Thursday and a Friday' });
    expect(tuesday).toMatchObject({ readLabel: 'No date', wording: 'on Tuesday', weekdays: undefined });
  });
});

describe('conflicts are found by code', () => {
  const read = (text: string): ReadDate => parseReadDate(text) ?? { precision: 'unknown' };

  test.each([
    ['2025-11-07', '2025-11-06/2025-11-07', true],
    ['2025-11-07', '2025-11-07', false],
    ['2025-11-07', '2025-11-09', true],
    ['2021-08', '2021', false],
    ['2021-08', '2022', true],
    ['2025-11', '2025-11-07', false],
    ['none', '2025-11-07', false],
  ])('%s against %s: %s', (a, b, expected) => {
    expect(readingsConflict(read(a), read(b))).toBe(expected);
  });

  test('the conflicting readings stand side by side, with a weekday no read day falls on', () => {
    const third = timeline.dated[2];
    expect(third?.dateLabel).toBe('Readings differ');
    expect(third?.conflict?.versions.map((version) => [version.label, version.reports.map((report) => report.article.outlet)])).toEqual([
      ['7 November 2025 (a Friday)', ['Outlet A']],
      ['6 and 7 November 2025 (a Thursday and a Friday)', ['Outlet B']],
      ['Tuesday, no date read', ['Outlet A']],
    ]);
    expect(third?.conflict?.note).toBe(
      'The readings differ: Outlet A reads 7 November 2025 (a Friday); Outlet B reads 6 and 7 November 2025 (a Thursday and a Friday). Outlet A names Tuesday, and none of the days read from the other reports was a Tuesday.',
    );
  });

  test('readings that agree, one finer than the other, are no conflict, and the finer one dates the event', () => {
    expect(timeline.dated[0]?.conflict).toBeUndefined();
    expect(timeline.dated[0]?.dateLabel).toBe('August 2021');
  });
});

test('an event is a search result, linked to its entry on the timeline', async () => {
  const index = JSON.parse(JSON.stringify(buildSearchIndex(buildEventDocuments(timeline), [], { inlineLimit: 0 }))) as ReturnType<typeof buildSearchIndex>;
  const searcher = createSearcher(index.manifest, async (file) => {
    const [folder, name = ''] = file.split('/');
    return folder === 'terms' ? index.shards[name] : index.documents[Number(name)];
  });
  const result = await searcher.search('third round');
  expect(result.groups.map((group) => [group.kind, group.hits[0]?.href])).toEqual([['event', '/timeline/#third-round']]);
});
