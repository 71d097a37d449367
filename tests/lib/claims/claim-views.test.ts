import { describe, expect, test } from 'vitest';
import {
  buildClaimViews,
  buildCoverage,
  citationsOf,
  groupByTopic,
  type ArticleInfo,
  type PersonInfo,
  type RawClaim,
} from '../../../src/lib/claims/claim-views.ts';

const article = (slug: string, outlet: string, text: string): ArticleInfo => ({
  slug,
  outlet,
  headline: `${outlet} headline`,
  href: `/articles/${slug}/`,
  date: 'None printed',
  paragraphs: [{ id: `p-${slug}`, text }],
});

const articles = [
  article('alpha', 'Alpha News', 'Officials said 80% of attacks came from across the border.'),
  article('beta', 'Beta Times', 'The minister said the problem is 25 years old. He said it twice: the problem is 25 years old.'),
  article('gamma', 'Gamma Post', 'Nothing relevant here.'),
];

const people: PersonInfo[] = [
  { id: 'officials', name: 'Officials', kind: 'unnamed', side: 'pakistan', roles: [] },
  { id: 'minister', name: 'The Minister', kind: 'person', side: 'taliban', roles: [{ text: 'the minister', article: 'beta' }] },
];

const topics = [
  { id: 'later', title: 'Later topic', order: 2 },
  { id: 'first', title: 'First topic', order: 1 },
];

const claim: RawClaim = {
  id: 'where-attacks-come-from',
  title: 'Where attacks come from',
  statement: 'Whether attacks come from across the border.',
  topic: 'first',
  positions: {
    pakistan: {
      summary: 'Officials say most attacks come from across the border.',
      quotes: [{ id: 'alpha-officials-80', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: '80% of attacks came from across the border' }],
    },
    taliban: {
      summary: 'The minister says the problem is old.',
      quotes: [
        { id: 'beta-minister-25', article: 'beta', speaker: 'minister', attribution: 'reported', text: 'the problem is 25 years old', context: { before: 'it twice:' } },
      ],
    },
  },
  related: ['second-claim'],
};

const second: RawClaim = {
  id: 'second-claim',
  title: 'Second claim',
  statement: 'Something else.',
  topic: 'later',
  positions: {
    pakistan: 'not stated',
    taliban: { summary: 'The minister says so.', quotes: [{ id: 'beta-minister-said', article: 'beta', speaker: 'minister', attribution: 'reported', text: 'The minister said' }] },
  },
};

const build = (claims: RawClaim[] = [claim, second]) => buildClaimViews({ claims, articles, people, topics });

describe('buildClaimViews', () => {
  test('places each quote in its paragraph and gives it a permanent link', () => {
    const [view] = build();
    const pakistan = view?.positions[0];
    expect(pakistan?.side).toBe('pakistan');
    if (!pakistan?.stated) throw new Error('expected a stated position');
    expect(pakistan.quotes[0]).toMatchObject({
      id: 'alpha-officials-80',
      paragraphId: 'p-alpha',
      start: 15,
      end: 57,
      paragraphHref: '/articles/alpha/#p-alpha',
      href: '/claims/where-attacks-come-from/#alpha-officials-80',
      attributionLabel: 'Unnamed officials or sources',
    });
  });

  test('uses the context to pick the occurrence meant', () => {
    const taliban = build()[0]?.positions[1];
    if (!taliban?.stated) throw new Error('expected a stated position');
    expect(taliban.quotes[0]).toMatchObject({ start: 65, end: 92, role: 'the minister' });
  });

  test('always lists Pakistan, then the Taliban, and keeps an unstated side as such', () => {
    const positions = build()[1]?.positions;
    expect(positions?.map((position) => [position.side, position.stated])).toEqual([
      ['pakistan', false],
      ['taliban', true],
    ]);
  });

  test('says which outlets report the claim and which do not, in article order', () => {
    const [view] = build();
    expect(view?.reportedBy.map((info) => info.outlet)).toEqual(['Alpha News', 'Beta Times']);
    expect(view?.notReportedBy.map((info) => info.outlet)).toEqual(['Gamma Post']);
    expect(view?.related).toEqual([{ id: 'second-claim', title: 'Second claim', href: '/claims/second-claim/' }]);
  });

  test.each([
    ['an unknown article', { article: 'delta' }, 'content/claims/where-attacks-come-from.yaml: positions.pakistan.quotes[0]: article "delta" does not exist'],
    ['an unknown speaker', { speaker: 'nobody' }, 'content/claims/where-attacks-come-from.yaml: positions.pakistan.quotes[0]: person "nobody" does not exist'],
    ['words not in the article', { text: '90% of attacks' }, 'content/claims/where-attacks-come-from.yaml: positions.pakistan.quotes[0].text: not found in article "alpha" (absent)'],
  ])('refuses to render a quote with %s rather than leave a gap', (_label, change, message) => {
    const position = claim.positions.pakistan;
    if (position === 'not stated') throw new Error('fixture');
    const broken: RawClaim = { ...claim, positions: { ...claim.positions, pakistan: { ...position, quotes: [{ ...position.quotes[0]!, ...change }] } } };
    expect(() => build([broken, second])).toThrow(message);
  });

  test('refuses a dangling related claim or topic', () => {
    expect(() => build([claim])).toThrow('content/claims/where-attacks-come-from.yaml: related: claim "second-claim" does not exist');
    expect(() => build([{ ...second, topic: 'none' }])).toThrow('content/claims/second-claim.yaml: topic: topic "none" does not exist');
  });
});

test('groups claims by topic in topic order', () => {
  expect(groupByTopic(build()).map((group) => [group.topic.id, group.claims.map((view) => view.id)])).toEqual([
    ['first', ['where-attacks-come-from']],
    ['later', ['second-claim']],
  ]);
});

test('the coverage matrix says, per outlet, which side it reports and how', () => {
  const rows = buildCoverage(build(), articles);
  expect(rows[0]?.cells.map((cell) => [cell.article.slug, cell.sides])).toEqual([
    ['alpha', [{ side: 'pakistan', count: 1, attributions: ['unnamed'] }]],
    ['beta', [{ side: 'taliban', count: 1, attributions: ['reported'] }]],
    ['gamma', []],
  ]);
});

test('lists the citations of one article, for marking its page', () => {
  expect(citationsOf('beta', build())).toEqual([
    { paragraphId: 'p-beta', start: 65, end: 92, quoteId: 'beta-minister-25', claimId: 'where-attacks-come-from', claimTitle: 'Where attacks come from', href: '/claims/where-attacks-come-from/#beta-minister-25' },
    { paragraphId: 'p-beta', start: 0, end: 17, quoteId: 'beta-minister-said', claimId: 'second-claim', claimTitle: 'Second claim', href: '/claims/second-claim/#beta-minister-said' },
  ]);
});
