import { expect, test } from 'vitest';
import { buildClaimViews, allQuotes, type ArticleInfo, type PersonInfo } from '../../../src/lib/claims/claim-views.ts';
import { buildDisagreementViews, buildGlossaryViews, buildStatementViews, partitionDisagreements } from '../../../src/lib/claims/comparison-views.ts';

const articles: ArticleInfo[] = [
  { slug: 'one', outlet: 'One', headline: 'H1', href: '/articles/one/', date: 'None printed', paragraphs: [{ id: 'p-a', text: 'He blamed an “irresponsible and non-cooperative attitude” on Friday.' }] },
  { slug: 'two', outlet: 'Two', headline: 'H2', href: '/articles/two/', date: 'None printed', paragraphs: [{ id: 'p-b', text: 'He blamed an “irresponsible and uncooperative” approach on Tuesday.' }] },
];
const people: PersonInfo[] = [{ id: 'spokesman', name: 'Spokesman', kind: 'person', side: 'taliban', roles: [] }];
const claims = buildClaimViews({
  claims: [
    {
      id: 'blame',
      title: 'Blame',
      statement: 'Who is to blame.',
      topic: 't',
      positions: {
        pakistan: 'not stated',
        taliban: {
          summary: [
            { quotes: ['one-blame'], says: 'says so.' },
            { quotes: ['two-blame'], says: 'says so too.' },
          ],
          quotes: [
            { id: 'one-blame', article: 'one', speaker: 'spokesman', attribution: 'direct', text: 'irresponsible and non-cooperative attitude' },
            { id: 'two-blame', article: 'two', speaker: 'spokesman', attribution: 'direct', text: 'irresponsible and uncooperative' },
          ],
        },
      },
    },
  ],
  articles,
  people,
  topics: [{ id: 't', title: 'T', order: 1 }],
});

test('a statement shows each rendering with the words it does not share marked', () => {
  const [view] = buildStatementViews([{ id: 's', title: 'S', renderings: ['one-blame', 'two-blame'] }], allQuotes(claims));
  expect(view?.renderings.map(({ quote, segments }) => [quote.article.outlet, segments])).toEqual([
    ['One', [{ text: 'irresponsible and ', differs: false }, { text: 'non-cooperative attitude', differs: true }]],
    ['Two', [{ text: 'irresponsible and ', differs: false }, { text: 'uncooperative', differs: true }]],
  ]);
});

test('quotes read together make one rendering, compared as one text', () => {
  const [view] = buildStatementViews([{ id: 's', title: 'S', renderings: ['one-blame', ['two-blame', 'two-blame']] }], allQuotes(claims));
  expect(view?.renderings.map(({ quote, quotes, segments }) => [quote.id, quotes.map((part) => part.id), segments.map((segment) => segment.text).join('')])).toEqual([
    ['one-blame', ['one-blame'], 'irresponsible and non-cooperative attitude'],
    ['two-blame', ['two-blame', 'two-blame'], 'irresponsible and uncooperative irresponsible and uncooperative'],
  ]);
});

test('a statement naming an unknown quote is refused', () => {
  expect(() => buildStatementViews([{ id: 's', title: 'S', renderings: ['one-blame', 'gone'] }], allQuotes(claims))).toThrow(
    'content/statements/s.yaml: quote "gone" does not exist',
  );
});

test('a disagreement places each version in its paragraph', () => {
  const [view] = buildDisagreementViews(
    [{ id: 'day', title: 'Which day', question: 'On which day?', versions: [{ article: 'one', text: 'on Friday' }, { article: 'two', text: 'on Tuesday' }] }],
    articles,
  );
  expect(view?.versions.map((version) => [version.article.outlet, version.text, version.paragraphHref])).toEqual([
    ['One', 'on Friday', '/articles/one/#p-a'],
    ['Two', 'on Tuesday', '/articles/two/#p-b'],
  ]);
});

test('a disagreement version not in its article is refused', () => {
  expect(() =>
    buildDisagreementViews([{ id: 'day', title: 'D', question: 'Q?', versions: [{ article: 'one', text: 'on Monday' }, { article: 'two', text: 'on Tuesday' }] }], articles),
  ).toThrow('content/disagreements/day.yaml: versions[0]: text not found in article "one" (absent)');
});

test('a disagreement shows the note on a version, and the weekdays of its dates, computed', () => {
  const [view] = buildDisagreementViews(
    [
      {
        id: 'day',
        title: 'Which day',
        question: 'On which day?',
        versions: [
          { article: 'one', text: 'on Friday', note: 'A note on the source.' },
          { article: 'two', text: 'on Tuesday' },
        ],
        calendar: ['2025-11-07', '2025-11-06'],
      },
    ],
    articles,
  );
  expect(view?.versions.map((version) => version.note)).toEqual(['A note on the source.', undefined]);
  expect(view?.calendarNote).toBe('6 November 2025 was a Thursday; 7 November 2025 was a Friday.');
  expect(view?.notADisagreement).toBeUndefined();
});

test('an entry that is not a disagreement is kept apart, with its versions, note and date', () => {
  const versions = [
    { article: 'one', text: 'on Friday' },
    { article: 'two', text: 'on Tuesday' },
  ];
  const views = buildDisagreementViews(
    [
      { id: 'real', title: 'Real', question: 'Q?', versions },
      { id: 'agree', title: 'Agree', question: 'Q?', versions, notADisagreement: { note: 'They date different statements.', date: '2026-12-01' } },
    ],
    articles,
  );
  const { disagreements, notDisagreements } = partitionDisagreements(views);
  expect(disagreements.map((view) => view.id)).toEqual(['real']);
  expect(notDisagreements.map((view) => [view.id, view.notADisagreement, view.versions.length])).toEqual([
    ['agree', { note: 'They date different statements.', date: '1 December 2026', dateIso: '2026-12-01' }, 2],
  ]);
});

test('the glossary lists each form with its articles in site order, terms alphabetically', () => {
  const views = buildGlossaryViews(
    [
      { id: 'z', term: 'Zed', variants: [{ text: 'Zed', usedIn: ['two', 'one'] }, { text: 'Zedd', usedIn: [] }] },
      { id: 'a', term: 'Alpha', variants: [{ text: 'Alpha', usedIn: [] }, { text: 'Alfa', usedIn: [] }] },
    ],
    articles,
  );
  expect(views.map((view) => view.term)).toEqual(['Alpha', 'Zed']);
  expect(views[1]?.variants.map((variant) => [variant.text, variant.usedIn.map((info) => info.slug)])).toEqual([
    ['Zed', ['one', 'two']],
    ['Zedd', []],
  ]);
});
