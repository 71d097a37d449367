import { describe, expect, test } from 'vitest';
import type { ArticleInfo, PersonInfo, QuoteView } from '../../../src/lib/claims/claim-views.ts';
import { buildFigureViews, groupFiguresByTopic, groupFiguresByUnit, type RawFigure } from '../../../src/lib/figures/figure-views.ts';
import { buildFigureDocuments } from '../../../src/lib/search/figure-documents.ts';
import { createSearcher } from '../../../src/lib/search/create-searcher.ts';
import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index.ts';

const article = (slug: string, outlet: string, paragraphs: [id: string, text: string][]): ArticleInfo => ({
  slug,
  outlet,
  headline: `${outlet} headline`,
  href: `/articles/${slug}/`,
  date: 'None printed',
  paragraphs: paragraphs.map(([id, text]) => ({ id, text })),
});
const htn = article('htn', 'HTN World', [
  ['p-ttp', 'TTP has been active in Pakistan for 25 years, and Pakistani officials themselves have said that 70,000 to 80,000 people were killed in the past two decades of conflict.'],
  ['p-checkpoints', 'He also said the current regime constructed hundreds of checkpoints along the Durand Line.'],
]);
const nationpress = article('np', 'NationPress', [['p-np', 'Didn’t the Pakistani government itself report that 70,000 to 80,000 of their citizens were killed during two decades of conflict?']]);
const person = (id: string, name: string, side: PersonInfo['side']): PersonInfo => ({ id, name, kind: 'person', side, roles: [] });
const muttaqi = person('muttaqi', 'Amir Khan Muttaqi', 'taliban');
const people = [muttaqi, person('officials', 'Pakistani officials', 'pakistan')];
const quote = { id: 'htn-ttp', href: '/claims/c/#htn-ttp', text: htn.paragraphs[0]?.text ?? '', speaker: muttaqi, relays: [], article: htn } as unknown as QuoteView;
const topics = [
  { id: 'militancy', title: 'Militancy', order: 1 },
  { id: 'border', title: 'The border', order: 2 },
];
const citation = { period: 'not stated', basis: 'none stated', speaker: 'muttaqi', offeredFor: 'taliban' as const };

const raw: RawFigure[] = [
  { id: 'checkpoints', title: 'Checkpoints', unit: 'checkpoints', topic: 'border', citations: [{ ...citation, article: 'htn', wording: 'hundreds of checkpoints' }] },
  { id: 'years', title: 'Years of activity', unit: 'years', topic: 'militancy', citations: [{ ...citation, article: 'htn', wording: '25 years', quote: 'htn-ttp' }] },
  {
    id: 'killed',
    title: 'People killed',
    unit: 'people',
    topic: 'militancy',
    claim: 'c',
    citations: [
      { ...citation, article: 'htn', wording: '70,000 to 80,000 people', quote: 'htn-ttp', period: 'in the past two decades of conflict', basis: 'Pakistani officials themselves have said' },
      { ...citation, article: 'np', wording: '70,000 to 80,000 of their citizens', period: 'during two decades of conflict', responses: [{ article: 'np', speaker: 'officials', text: 'Didn’t the Pakistani government itself report' }] },
    ],
  },
];
const views = buildFigureViews(raw, { articles: [htn, nationpress], quotes: [quote], people, topics, claims: [{ id: 'c', title: 'A claim', href: '/claims/c/' }] });

describe('figure views', () => {
  test('a wording links to its quote where a claim quotes it, else to its paragraph', () => {
    const killed = views.find((view) => view.id === 'killed');
    expect(killed?.citations.map((entry) => [entry.href, entry.paragraphHref, entry.linksToQuote])).toEqual([
      ['/claims/c/#htn-ttp', '/articles/htn/#p-ttp', true],
      ['/articles/np/#p-np', '/articles/np/#p-np', false],
    ]);
  });

  test('what the sources do not state stays unstated; what they state is kept verbatim', () => {
    const [first, second] = views.find((view) => view.id === 'killed')?.citations ?? [];
    expect([first?.basis, first?.period, first?.voice, first?.offeredForLabel]).toEqual([
      'Pakistani officials themselves have said',
      'in the past two decades of conflict',
      'Amir Khan Muttaqi, in HTN World',
      'Afghanistan’s Taliban government',
    ]);
    expect(second?.basis).toBeUndefined();
    expect(second?.responses).toEqual([{ text: 'Didn’t the Pakistani government itself report', href: '/articles/np/#p-np', voice: 'Pakistani officials, in NationPress' }]);
    expect(views.find((view) => view.id === 'years')?.citations[0]?.responses).toEqual([]);
  });

  test('the value is read from the wording, and sorts the figure by its largest', () => {
    expect(views.map((view) => [view.id, view.sortValue, view.citations.map((entry) => entry.valueLabel)])).toEqual([
      ['checkpoints', undefined, ['“hundreds”: a size, no number']],
      ['years', 25, ['25']],
      ['killed', 80000, ['70,000 to 80,000', '70,000 to 80,000']],
    ]);
  });

  test('the overview lists figures by unit, units alphabetically, each from the largest value down', () => {
    const years = { ...views[1], id: 'more-years', sortValue: 40 } as (typeof views)[number];
    expect(groupFiguresByUnit([...views, years]).map(({ unit, figures }) => [unit, figures.map((figure) => figure.id)])).toEqual([
      ['checkpoints', ['checkpoints']],
      ['people', ['killed']],
      ['years', ['more-years', 'years']],
    ]);
    expect(views.find((view) => view.id === 'killed')?.values).toEqual(['70,000 to 80,000']);
  });

  test('grouped by topic in topic order, the figures more outlets cite first', () => {
    expect(groupFiguresByTopic(views).map(({ topic, figures }) => [topic.id, figures.map((figure) => figure.id)])).toEqual([
      ['militancy', ['killed', 'years']],
      ['border', ['checkpoints']],
    ]);
  });
});

describe('figures in search', () => {
  const distractor: SearchDocument = { kind: 'passage', title: 'Other', text: 'Talks in Istanbul ended.', href: '/articles/x/#p-1', meta: '', fields: [{ text: 'Talks in Istanbul ended after 80 minutes.', weight: 2 }] };
  const index = buildSearchIndex([distractor, ...buildFigureDocuments(views)], []);
  const searcher = createSearcher(index.manifest, async () => undefined);

  test.each(['80k', '70 thousand', 'seventy thousand', '80,000'])('%j finds the 70,000 to 80,000 figure, linked to its entry', async (query) => {
    const figures = (await searcher.search(query)).groups.find((group) => group.kind === 'figure');
    expect(figures?.hits.map((hit) => hit.href)).toEqual(['/figures/#killed']);
  });

  test('a figure result shows its wordings and outlets', () => {
    const documents = buildFigureDocuments(views);
    const killed = documents.find((document) => document.href === '/figures/#killed');
    expect([killed?.text, killed?.meta]).toEqual(['“70,000 to 80,000 people”; “70,000 to 80,000 of their citizens”', 'HTN World, NationPress']);
  });
});
