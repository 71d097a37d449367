import { describe, expect, test } from 'vitest';
import {
  allQuotes,
  buildClaimViews,
  buildCoverage,
  citationsOf,
  groupByTopic,
  type ArticleInfo,
  type PersonInfo,
  type RawClaim,
} from '../../../src/lib/claims/claim-views.ts';
import { summaryLead } from '../../../src/lib/claims/summaries.ts';

const article = (slug: string, outlet: string, paragraphs: Record<string, string>): ArticleInfo => ({
  slug,
  outlet,
  headline: `${outlet} headline`,
  href: `/articles/${slug}/`,
  date: 'None printed',
  paragraphs: Object.entries(paragraphs).map(([id, text]) => ({ id, text })),
});

/** In display order: Alpha, Beta, Gamma. */
const articles = [
  article('alpha', 'Alpha News', {
    'p-alpha': 'Officials said 80% of attacks came from across the border.',
    'p-alpha-denial': 'Officials said the minister denies any link.',
    'p-alpha-analysis': 'Analysts say the border is long and hard to watch.',
  }),
  article('beta', 'Beta Times', {
    'p-beta': 'The minister said the problem is 25 years old. He said it twice: the problem is 25 years old.',
    'p-beta-relay': 'He added that talks failed, as reported by Delta Agency.',
    'p-beta-view': 'Both sides must talk, this newspaper believes.',
  }),
  article('gamma', 'Gamma Post', { 'p-gamma': 'Nothing relevant here.' }),
];

const people: PersonInfo[] = [
  { id: 'officials', name: 'Officials', kind: 'unnamed', side: 'pakistan', roles: [] },
  { id: 'minister', name: 'The Minister', kind: 'person', side: 'taliban', roles: [{ text: 'the minister', article: 'beta' }] },
  { id: 'agency', name: 'Delta Agency', kind: 'media', side: 'neither', roles: [] },
  { id: 'analysts', name: 'Analysts', kind: 'unnamed', side: 'neither', roles: [] },
  { id: 'beta-editorial', name: 'Beta Times (editorial voice)', kind: 'editorial', side: 'neither', roles: [] },
];

const topics = [
  { id: 'later', title: 'Later topic', order: 2 },
  { id: 'first', title: 'First topic', order: 1 },
];

/**
 * Every part of a claim: a side's own quotes with a summary item per voice (the minister once
 * directly and once through a relay, with a note), an account of the Taliban position given by
 * Pakistani officials, and framing from two articles, listed against article order.
 */
const claim: RawClaim = {
  id: 'where-attacks-come-from',
  title: 'Where attacks come from',
  statement: 'Whether attacks come from across the border.',
  topic: 'first',
  positions: {
    pakistan: {
      summary: [{ quotes: ['alpha-officials-80'], says: 'say most attacks come from across the border.' }],
      quotes: [{ id: 'alpha-officials-80', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: '80% of attacks came from across the border' }],
    },
    taliban: {
      summary: [
        { quotes: ['beta-minister-25'], says: 'says the problem is old.' },
        { quotes: ['beta-minister-talks-failed'], says: 'says the talks failed.' },
      ],
      quotes: [
        { id: 'beta-minister-25', article: 'beta', speaker: 'minister', attribution: 'reported', text: 'the problem is 25 years old', context: { before: 'it twice:' } },
        {
          id: 'beta-minister-talks-failed',
          article: 'beta',
          speaker: 'minister',
          attribution: 'reported',
          text: 'talks failed, as reported by Delta Agency',
          relay: [{ via: 'agency', text: 'as reported by Delta Agency' }],
          note: 'A neutral note on the source.',
        },
      ],
      accounts: [{ id: 'alpha-officials-minister-denies', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: 'the minister denies any link' }],
    },
  },
  framing: [
    { id: 'beta-editorial-must-talk', article: 'beta', speaker: 'beta-editorial', attribution: 'outlet', text: 'Both sides must talk' },
    { id: 'alpha-analysts-hard-to-watch', article: 'alpha', speaker: 'analysts', attribution: 'unnamed', text: 'the border is long and hard to watch' },
  ],
  related: ['second-claim'],
};

const second: RawClaim = {
  id: 'second-claim',
  title: 'Second claim',
  statement: 'Something else.',
  topic: 'later',
  positions: {
    pakistan: 'not stated',
    taliban: { summary: [{ quotes: ['beta-minister-said'], says: 'says so.' }], quotes: [{ id: 'beta-minister-said', article: 'beta', speaker: 'minister', attribution: 'reported', text: 'The minister said' }] },
  },
};

const build = (claims: RawClaim[] = [claim, second]) => buildClaimViews({ claims, articles, people, topics });

const firstView = () => {
  const [view] = build();
  if (!view) throw new Error('expected a view');
  return view;
};

describe('buildClaimViews', () => {
  test('places each quote in its paragraph and gives it a permanent link', () => {
    const pakistan = firstView().positions[0];
    expect(pakistan?.side).toBe('pakistan');
    if (!pakistan?.stated) throw new Error('expected a stated position');
    expect(pakistan.quotes[0]).toMatchObject({
      id: 'alpha-officials-80',
      placement: 'side',
      side: 'pakistan',
      paragraphId: 'p-alpha',
      start: 15,
      end: 57,
      paragraphHref: '/articles/alpha/#p-alpha',
      href: '/claims/where-attacks-come-from/#alpha-officials-80',
      attributionLabel: 'Unnamed sources',
      relays: [],
      note: undefined,
    });
  });

  test('uses the context to pick the occurrence meant', () => {
    const taliban = firstView().positions[1];
    if (!taliban?.stated) throw new Error('expected a stated position');
    expect(taliban.quotes[0]).toMatchObject({ start: 65, end: 92, role: 'the minister' });
  });

  test('carries a quote’s relays, as people, and its note', () => {
    const relayed = firstView().positions[1]?.quotes[1];
    expect(relayed?.relays.map((relay) => [relay.id, relay.name, relay.kind])).toEqual([['agency', 'Delta Agency', 'media']]);
    expect(relayed?.note).toBe('A neutral note on the source.');
  });

  test('always lists Pakistan, then the Taliban, and keeps an unstated side as such', () => {
    const positions = build()[1]?.positions;
    expect(positions?.map((position) => [position.side, position.stated])).toEqual([
      ['pakistan', false],
      ['taliban', true],
    ]);
    expect(positions?.[0]).toEqual({ side: 'pakistan', stated: false, summary: [], quotes: [], accounts: [] });
  });

  test('says which outlets report the claim and which do not, in article order', () => {
    const view = firstView();
    expect(view.reportedBy.map((info) => info.outlet)).toEqual(['Alpha News', 'Beta Times']);
    expect(view.notReportedBy.map((info) => info.outlet)).toEqual(['Gamma Post']);
    expect(view.related).toEqual([{ id: 'second-claim', title: 'Second claim', href: '/claims/second-claim/' }]);
  });

  test.each([
    ['an unknown article', { article: 'delta' }, 'content/claims/where-attacks-come-from.yaml: positions.pakistan.quotes[0]: article "delta" does not exist'],
    ['an unknown speaker', { speaker: 'nobody' }, 'content/claims/where-attacks-come-from.yaml: positions.pakistan.quotes[0]: person "nobody" does not exist'],
    ['an unknown relay', { relay: [{ via: 'nobody', text: 'as reported' }] }, 'content/claims/where-attacks-come-from.yaml: positions.pakistan.quotes[0].relay[0]: person "nobody" does not exist'],
    ['words not in the article', { text: '90% of attacks' }, 'content/claims/where-attacks-come-from.yaml: positions.pakistan.quotes[0].text: not found in article "alpha" (absent)'],
  ])('refuses to render a quote with %s rather than leave a gap', (_label, change, message) => {
    const position = claim.positions.pakistan;
    if (position === 'not stated' || !position.quotes?.[0]) throw new Error('fixture');
    const broken: RawClaim = { ...claim, positions: { ...claim.positions, pakistan: { ...position, quotes: [{ ...position.quotes[0], ...change }] } } };
    expect(() => build([broken, second])).toThrow(message);
  });

  test('refuses a dangling related claim or topic', () => {
    expect(() => build([claim])).toThrow('content/claims/where-attacks-come-from.yaml: related: claim "second-claim" does not exist');
    expect(() => build([{ ...second, topic: 'none' }])).toThrow('content/claims/second-claim.yaml: topic: topic "none" does not exist');
  });
});

describe('summaries', () => {
  test('each item’s lead is written from its quotes: speaker, relays and outlet', () => {
    const [pakistan, taliban] = firstView().positions;
    expect(pakistan?.summary).toEqual([
      { lead: summaryLead({ speaker: 'Officials', relays: [], outlet: 'Alpha News' }), says: 'say most attacks come from across the border.', quoteIds: ['alpha-officials-80'] },
    ]);
    expect(taliban?.summary).toEqual([
      { lead: summaryLead({ speaker: 'The Minister', relays: [], outlet: 'Beta Times' }), says: 'says the problem is old.', quoteIds: ['beta-minister-25'] },
      { lead: summaryLead({ speaker: 'The Minister', relays: ['Delta Agency'], outlet: 'Beta Times' }), says: 'says the talks failed.', quoteIds: ['beta-minister-talks-failed'] },
    ]);
    // The lead names them by their display names, never by ids.
    expect(taliban?.summary[1]?.lead).toMatch(/The Minister.*Delta Agency.*Beta Times/u);
  });

  test.each([
    ['an account', 'alpha-officials-minister-denies'],
    ['a framing quote', 'beta-editorial-must-talk'],
    ['no quote at all', 'beta-minister-gone'],
  ])('refuses a summary item naming %s instead of the side’s own quote', (_label, id) => {
    const taliban = claim.positions.taliban;
    if (taliban === 'not stated') throw new Error('fixture');
    const broken: RawClaim = { ...claim, positions: { ...claim.positions, taliban: { ...taliban, summary: [{ quotes: [id], says: 'says so.' }] } } };
    expect(() => build([broken, second])).toThrow(`content/claims/where-attacks-come-from.yaml: positions.taliban.summary[0]: quote "${id}" does not exist`);
  });
});

describe('accounts and framing stand apart from a side’s own voice', () => {
  test('an account stands in the column of the side it describes, labelled as an account', () => {
    const taliban = firstView().positions[1];
    expect(taliban?.accounts.map((quote) => [quote.id, quote.placement, quote.side, quote.speaker.id])).toEqual([['alpha-officials-minister-denies', 'account', 'taliban', 'officials']]);
    expect(taliban?.quotes.map((quote) => quote.id)).toEqual(['beta-minister-25', 'beta-minister-talks-failed']);
  });

  test('a side with only accounts states no position and has no summary', () => {
    const accountsOnly: RawClaim = {
      ...second,
      positions: { pakistan: 'not stated', taliban: { accounts: [{ id: 'alpha-officials-minister-denies', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: 'the minister denies any link' }] } },
    };
    const taliban = build([accountsOnly])[0]?.positions[1];
    expect(taliban).toMatchObject({ side: 'taliban', stated: false, summary: [], quotes: [] });
    expect(taliban?.accounts.map((quote) => quote.id)).toEqual(['alpha-officials-minister-denies']);
  });

  test('framing is grouped by article, in article order whatever the file’s order, and belongs to no side', () => {
    const { framing } = firstView();
    expect(framing.map((group) => [group.article.slug, group.quotes.map((quote) => quote.id)])).toEqual([
      ['alpha', ['alpha-analysts-hard-to-watch']],
      ['beta', ['beta-editorial-must-talk']],
    ]);
    expect(framing.flatMap((group) => group.quotes).map((quote) => [quote.placement, quote.side])).toEqual([
      ['framing', undefined],
      ['framing', undefined],
    ]);
  });

  test('a claim with no framing has no framing groups', () => {
    expect(build()[1]?.framing).toEqual([]);
  });

  test('an outlet quoted only in framing or an account still reports the claim', () => {
    const framingOnly: RawClaim = { ...second, framing: [{ id: 'alpha-analysts-hard-to-watch', article: 'alpha', speaker: 'analysts', attribution: 'unnamed', text: 'the border is long and hard to watch' }] };
    expect(build([framingOnly])[0]?.reportedBy.map((info) => info.slug)).toEqual(['alpha', 'beta']);
  });
});

test('allQuotes lists each claim’s own quotes (Pakistan, then the Taliban), then the accounts, then the framing by article', () => {
  expect(allQuotes(build()).map((quote) => quote.id)).toEqual([
    'alpha-officials-80',
    'beta-minister-25',
    'beta-minister-talks-failed',
    'alpha-officials-minister-denies',
    'alpha-analysts-hard-to-watch',
    'beta-editorial-must-talk',
    'beta-minister-said',
  ]);
});

test('groups claims by topic in topic order', () => {
  expect(groupByTopic(build()).map((group) => [group.topic.id, group.claims.map((view) => view.id)])).toEqual([
    ['first', ['where-attacks-come-from']],
    ['later', ['second-claim']],
  ]);
});

describe('the coverage matrix', () => {
  test('says, per outlet, which side it reports, how and through whom; accounts and framing are counted apart', () => {
    const rows = buildCoverage(build(), articles);
    expect(rows[0]?.cells.map((cell) => [cell.article.slug, cell.sides, cell.accounts, cell.framing])).toEqual([
      ['alpha', [{ side: 'pakistan', count: 1, attributions: ['unnamed'], voices: [{ speaker: 'Officials', relays: [], count: 1 }] }], 1, 1],
      [
        'beta',
        [
          {
            side: 'taliban',
            count: 2,
            attributions: ['reported'],
            voices: [
              { speaker: 'The Minister', relays: [], count: 1 },
              { speaker: 'The Minister', relays: ['Delta Agency'], count: 1 },
            ],
          },
        ],
        0,
        1,
      ],
      ['gamma', [], 0, 0],
    ]);
  });

  test('an account is never counted in a side’s cell: a side with only accounts has none', () => {
    const accountsOnly: RawClaim = {
      ...second,
      positions: { pakistan: 'not stated', taliban: { accounts: [{ id: 'alpha-officials-minister-denies', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: 'the minister denies any link' }] } },
    };
    const [row] = buildCoverage(build([accountsOnly]), articles);
    expect(row?.cells.map((cell) => [cell.article.slug, cell.sides, cell.accounts])).toEqual([
      ['alpha', [], 1],
      ['beta', [], 0],
      ['gamma', [], 0],
    ]);
  });

  test('two quotes of one voice count once as a voice, twice in the count', () => {
    const taliban = claim.positions.taliban;
    if (taliban === 'not stated' || !taliban.quotes?.[0]) throw new Error('fixture');
    const again = { ...taliban.quotes[0], id: 'beta-minister-25-again', context: { after: '. He said it twice' } };
    const twice: RawClaim = { ...claim, positions: { ...claim.positions, taliban: { ...taliban, quotes: [...taliban.quotes, again] } } };
    const beta = buildCoverage(build([twice, second]), articles)[0]?.cells[1];
    expect(beta?.sides[0]?.count).toBe(3);
    expect(beta?.sides[0]?.voices).toEqual([
      { speaker: 'The Minister', relays: [], count: 2 },
      { speaker: 'The Minister', relays: ['Delta Agency'], count: 1 },
    ]);
  });
});

test('lists the citations of one article, for marking its page: own quotes, accounts and framing alike', () => {
  expect(citationsOf('beta', build())).toEqual([
    { paragraphId: 'p-beta', start: 65, end: 92, quoteId: 'beta-minister-25', claimId: 'where-attacks-come-from', claimTitle: 'Where attacks come from', href: '/claims/where-attacks-come-from/#beta-minister-25' },
    { paragraphId: 'p-beta-relay', start: 14, end: 55, quoteId: 'beta-minister-talks-failed', claimId: 'where-attacks-come-from', claimTitle: 'Where attacks come from', href: '/claims/where-attacks-come-from/#beta-minister-talks-failed' },
    { paragraphId: 'p-beta-view', start: 0, end: 20, quoteId: 'beta-editorial-must-talk', claimId: 'where-attacks-come-from', claimTitle: 'Where attacks come from', href: '/claims/where-attacks-come-from/#beta-editorial-must-talk' },
    { paragraphId: 'p-beta', start: 0, end: 17, quoteId: 'beta-minister-said', claimId: 'second-claim', claimTitle: 'Second claim', href: '/claims/second-claim/#beta-minister-said' },
  ]);
  expect(citationsOf('alpha', build()).map((citation) => citation.quoteId)).toEqual(['alpha-officials-80', 'alpha-officials-minister-denies', 'alpha-analysts-hard-to-watch']);
});
