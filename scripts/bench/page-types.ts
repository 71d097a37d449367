/**
 * The page types of the site, each with the page that stands for it in Lighthouse and the byte
 * table, and the pattern of every built page of that type (to find the largest of each, and any
 * built page no type covers).
 */
import { htmlPagePaths } from '../../tests/support/browser.ts';

export interface PageType {
  name: string;
  /** The page measured: a path, with a query for search. */
  url: string;
  /** Built pages of this type, as URL paths (`/claims/x/`, `/404.html`). */
  route: RegExp;
  /** The HTTP status the bench's static server answers with. */
  status: 200 | 404;
  /** Lighthouse audits this page fails on purpose, with the reason. */
  byDesign?: Record<string, string>;
}

const FENCE_QUESTION = 'what did the Taliban say about the fence';

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', url: '/', route: /^\/$/u, status: 200 },
  { name: 'claims index', url: '/claims/', route: /^\/claims\/$/u, status: 200 },
  { name: 'claim', url: '/claims/where-ttp-attacks-are-planned/', route: /^\/claims\/[^/]+\/$/u, status: 200 },
  { name: 'articles index', url: '/articles/', route: /^\/articles\/$/u, status: 200 },
  { name: 'article', url: '/articles/htnworld-muttaqi-blames-pakistan/', route: /^\/articles\/[^/]+\/$/u, status: 200 },
  { name: 'coverage', url: '/coverage/', route: /^\/coverage\/$/u, status: 200 },
  { name: 'wording', url: '/statements/', route: /^\/statements\/$/u, status: 200 },
  { name: 'disagreements', url: '/disagreements/', route: /^\/disagreements\/$/u, status: 200 },
  { name: 'figures', url: '/figures/', route: /^\/figures\/$/u, status: 200 },
  { name: 'timeline', url: '/timeline/', route: /^\/timeline\/$/u, status: 200 },
  { name: 'glossary', url: '/glossary/', route: /^\/glossary\/$/u, status: 200 },
  { name: 'people', url: '/people/', route: /^\/people\/$/u, status: 200 },
  { name: 'a speaker', url: '/people/amir-khan-muttaqi/', route: /^\/people\/[^/]+\/$/u, status: 200 },
  { name: 'search, a name', url: '/search/?q=Muttaqi', route: /^\/search\/$/u, status: 200 },
  { name: 'search, a question', url: `/search/?q=${encodeURIComponent(FENCE_QUESTION)}`, route: /^\/search\/$/u, status: 200 },
  { name: 'method', url: '/method/', route: /^\/method\/$/u, status: 200 },
  { name: 'data', url: '/data/', route: /^\/data\/$/u, status: 200 },
  { name: 'corrections', url: '/corrections/', route: /^\/corrections\/$/u, status: 200 },
  // Any unknown address: the static server answers with 404.html and status 404, as a host does.
  {
    name: '404',
    url: '/no-such-page/',
    route: /^\/404\.html$/u,
    status: 404,
    byDesign: {
      'http-status-code': 'a missing page answers 404',
      'is-crawlable': 'a missing page is marked noindex',
      'errors-in-console': 'Chromium logs the 404 response of the page itself',
    },
  },
];

export const isSearch = (type: PageType) => type.url.startsWith('/search/?q=');

/** Every HTML page in `dist`, as the URL path that serves it, without Pagefind's own files. */
export async function builtPages(dist: string): Promise<string[]> {
  return (await htmlPagePaths(dist)).filter((page) => !page.startsWith('/pagefind'));
}

/** The built pages no page type's pattern covers: a new kind of page the bench should add. */
export const uncovered = (pages: readonly string[]) => pages.filter((page) => !PAGE_TYPES.some((type) => type.route.test(page)));

/** Fails early when a page the bench measures is not in the build any more (a claim or article renamed). */
export function assertMeasuredPagesExist(pages: readonly string[]): void {
  const missing = PAGE_TYPES.filter((type) => type.status === 200 && !pages.includes(new URL(type.url, 'http://x').pathname));
  if (missing.length > 0) {
    throw new Error(`The bench measures pages the build no longer has: ${missing.map((type) => `${type.name} ${type.url}`).join(', ')}. Pick others in scripts/bench/page-types.ts.`);
  }
}
