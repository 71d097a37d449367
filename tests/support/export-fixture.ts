/**
 * A small content set for the open-data tests, joined by the same buildClaimViews the site uses:
 * every part of a claim (a side's own quotes, a relayed quote with a note, an account, framing from
 * two articles), a side with no position, an article with no known address, author or date, and
 * words with a comma, quotation marks and a line break, which CSV must quote.
 */
import { buildClaimViews, type ArticleInfo, type PersonInfo, type RawClaim } from '../../src/lib/claims/claim-views.ts';
import type { ClaimsExportInput, ExportArticleSource } from '../../src/lib/data/claims-export.ts';

export const FIXTURE_SITE = 'https://parallax.example.org';

const paragraphs = {
  alpha: {
    'p-alpha': 'Officials said 80% of attacks came from across the border.',
    'p-alpha-denial': 'Officials said the minister denies any link.',
    'p-alpha-analysis': 'Analysts say the border is long and hard to watch.',
  },
  beta: {
    'p-beta': 'The minister said "the problem, as ever, is old".\nHe said it twice.',
    'p-beta-relay': 'He added that talks failed, as reported by Delta Agency.',
    'p-beta-view': 'Both sides must talk, this newspaper believes.',
  },
};

const info = (slug: 'alpha' | 'beta', outlet: string, originalUrl?: string): ArticleInfo => ({
  slug,
  outlet,
  headline: `${outlet} headline`,
  href: `/articles/${slug}/`,
  date: 'None printed',
  paragraphs: Object.entries(paragraphs[slug]).map(([id, text]) => ({ id, text })),
  originalUrl,
  pageText: Object.values(paragraphs[slug]).join('\n'),
});

/** In display order (by outlet): Alpha News, then Beta Times. */
const articleInfos = [info('alpha', 'Alpha News', 'https://alpha.example/story'), info('beta', 'Beta Times')];

export const FIXTURE_ARTICLES: ExportArticleSource[] = [
  {
    slug: 'alpha',
    href: '/articles/alpha/',
    outlet: 'Alpha News',
    outletNote: 'wire copy, Delta',
    headline: 'Alpha News headline',
    author: { name: 'A. Writer', role: 'Editor' },
    date: { printed: 'Monday, 10 November 2025', iso: '2025-11-10' },
    url: 'https://alpha.example/story',
    captureHref: '/captures/000_alpha.txt',
    capture: { sha256: 'a'.repeat(64) },
  },
  {
    slug: 'beta',
    href: '/articles/beta/',
    outlet: 'Beta Times',
    headline: 'Beta Times headline',
    author: 'not named',
    date: { printed: 'none printed' },
    url: 'not known',
    captureHref: '/captures/001_beta.txt',
    capture: { sha256: 'b'.repeat(64) },
  },
];

export const FIXTURE_PEOPLE: PersonInfo[] = [
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

/** Listed first (as by title) but of the later topic, so the export's topic order shows. */
const unstated: RawClaim = {
  id: 'a-claim-of-one-side',
  title: 'A claim of one side',
  statement: 'Something only one side speaks to.',
  topic: 'later',
  positions: {
    pakistan: 'not stated',
    taliban: { accounts: [{ id: 'alpha-officials-minister-denies', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: 'the minister denies any link' }] },
  },
};

const full: RawClaim = {
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
        { quotes: ['beta-minister-old'], says: 'says the problem is old.' },
        { quotes: ['beta-minister-talks-failed'], says: 'says the talks failed.' },
      ],
      quotes: [
        { id: 'beta-minister-old', article: 'beta', speaker: 'minister', attribution: 'direct', text: '"the problem, as ever, is old".\nHe said it' },
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
    },
  },
  framing: [
    { id: 'beta-editorial-must-talk', article: 'beta', speaker: 'beta-editorial', attribution: 'outlet', text: 'Both sides must talk' },
    { id: 'alpha-analysts-hard-to-watch', article: 'alpha', speaker: 'analysts', attribution: 'unnamed', text: 'the border is long and hard to watch' },
  ],
  related: ['a-claim-of-one-side'],
};

/** The export's input, as the site's build would pass it. */
export function fixtureInput(): ClaimsExportInput {
  return {
    site: FIXTURE_SITE,
    claims: buildClaimViews({ claims: [unstated, full], articles: articleInfos, people: FIXTURE_PEOPLE, topics }),
    articles: FIXTURE_ARTICLES,
    people: FIXTURE_PEOPLE,
  };
}
