import { expect, test } from 'vitest';
import { buildClaimViews, type ArticleInfo, type ClaimView, type PersonInfo, type RawClaim } from '../../../src/lib/claims/claim-views.ts';
import { buildClaimStructuredData, serializeJsonLd } from '../../../src/lib/citations/claim-structured-data.ts';

const SITE = 'https://parallax.example.org';

const articles: ArticleInfo[] = [
  {
    slug: 'alpha',
    outlet: 'Alpha News',
    headline: 'Alpha’s “headline”',
    href: '/articles/alpha/',
    date: 'None printed',
    originalUrl: 'https://alpha.example/story',
    paragraphs: [{ id: 'p-a', text: 'Officials said 80% of attacks came from across the border. The minister said “we never allowed it”.' }],
  },
  { slug: 'beta', outlet: 'Beta Times', headline: 'Beta headline', href: '/articles/beta/', date: 'None printed', paragraphs: [{ id: 'p-b', text: 'Talks failed, as reported by Delta Agency. This newspaper believes both must talk.' }] },
  { slug: 'gamma', outlet: 'Gamma Post', headline: 'Gamma headline', href: '/articles/gamma/', date: 'None printed', paragraphs: [{ id: 'p-g', text: 'Nothing here.' }] },
];

const people: PersonInfo[] = [
  { id: 'officials', name: 'Officials (unnamed)', kind: 'unnamed', side: 'pakistan', roles: [] },
  { id: 'minister', name: 'The Minister', kind: 'person', side: 'taliban', roles: [] },
  { id: 'office', name: 'The Ministry', kind: 'institution', side: 'taliban', roles: [] },
  { id: 'agency', name: 'Delta Agency', kind: 'media', side: 'neither', roles: [] },
  { id: 'beta-editorial', name: 'Beta Times (editorial voice)', kind: 'editorial', side: 'neither', roles: [] },
];

const raw: RawClaim = {
  id: 'where-attacks-come-from',
  title: 'Where attacks come from',
  statement: 'Whether attacks come from across the border.',
  topic: 't',
  positions: {
    pakistan: { quotes: [{ id: 'alpha-officials-80', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: '80% of attacks came from across the border' }] },
    taliban: {
      quotes: [
        { id: 'alpha-minister-never', article: 'alpha', speaker: 'minister', attribution: 'direct', text: 'we never allowed it' },
        { id: 'beta-ministry-failed', article: 'beta', speaker: 'office', attribution: 'reported', text: 'Talks failed, as reported by Delta Agency', relay: [{ via: 'agency', text: 'as reported by Delta Agency' }] },
      ],
    },
  },
  framing: [{ id: 'beta-editorial-talk', article: 'beta', speaker: 'beta-editorial', attribution: 'outlet', text: 'both must talk' }],
};

const [claim] = buildClaimViews({ claims: [raw], articles, people, topics: [{ id: 't', title: 'T', order: 1 }] }) as [ClaimView];
const data = buildClaimStructuredData(claim, SITE);
const [claimNode, ...quotations] = data['@graph'] as readonly Record<string, unknown>[];

test('the claim is one schema.org Claim, in Parallax’s neutral words, appearing in the articles that report it', () => {
  expect(data['@context']).toBe('https://schema.org');
  expect(claimNode).toEqual({
    '@type': 'Claim',
    '@id': `${SITE}/claims/where-attacks-come-from/`,
    url: `${SITE}/claims/where-attacks-come-from/`,
    name: 'Where attacks come from',
    description: 'Whether attacks come from across the border.',
    appearance: [
      { '@type': 'NewsArticle', '@id': 'https://alpha.example/story', headline: 'Alpha’s “headline”', publisher: { '@type': 'Organization', name: 'Alpha News' }, url: 'https://alpha.example/story', archivedAt: `${SITE}/articles/alpha/` },
      // No address known: named by Parallax's copy, and no url is made up.
      { '@type': 'NewsArticle', '@id': `${SITE}/articles/beta/`, headline: 'Beta headline', publisher: { '@type': 'Organization', name: 'Beta Times' }, archivedAt: `${SITE}/articles/beta/` },
    ],
  });
  expect(JSON.stringify(data)).not.toMatch(/ClaimReview|reviewRating|author/u);
});

test('every quote is a Quotation of its article about the claim, attributed as the article attributes it', () => {
  expect(quotations.map((node) => node['@id'])).toEqual(
    ['alpha-officials-80', 'alpha-minister-never', 'beta-ministry-failed', 'beta-editorial-talk'].map((id) => `${SITE}/claims/where-attacks-come-from/#${id}`),
  );
  const [unnamed, direct, relayed, outlet] = quotations;
  expect(unnamed).toEqual({
    '@type': 'Quotation',
    '@id': `${SITE}/claims/where-attacks-come-from/#alpha-officials-80`,
    url: `${SITE}/claims/where-attacks-come-from/#alpha-officials-80`,
    text: '80% of attacks came from across the border',
    creditText: 'Officials (unnamed), in Alpha News',
    isPartOf: { '@id': 'https://alpha.example/story' },
    about: { '@id': `${SITE}/claims/where-attacks-come-from/` },
  });
  expect(direct).toMatchObject({ spokenByCharacter: { '@type': 'Person', name: 'The Minister' }, creator: { '@type': 'Person', name: 'The Minister' } });
  // A paraphrase is the outlet's wording: attributed to the ministry, not authored by it; the relay stays in the credit.
  expect(relayed).toMatchObject({ spokenByCharacter: { '@type': 'Organization', name: 'The Ministry' }, creditText: 'The Ministry, via Delta Agency, in Beta Times', isPartOf: { '@id': `${SITE}/articles/beta/` } });
  expect(relayed).not.toHaveProperty('creator');
  expect(outlet).toMatchObject({ spokenByCharacter: { '@type': 'Organization', name: 'Beta Times' }, creator: { '@type': 'Organization', name: 'Beta Times' } });
});

test('the serialised JSON cannot close its script element', () => {
  const json = serializeJsonLd({ text: 'a </script><!-- b' });
  expect(json).toBe('{"text":"a \\u003c/script>\\u003c!-- b"}');
  expect(JSON.parse(json)).toEqual({ text: 'a </script><!-- b' });
});
