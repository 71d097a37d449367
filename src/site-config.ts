import { CORRECTIONS_FEED } from './lib/corrections/correction-views.ts';
import { resolveSiteUrl } from './lib/hosting/site-url.ts';

const siteUrl = resolveSiteUrl(process.env);
// Thrown while astro.config.mjs loads, so a bad address stops the build before anything is written.
if (!siteUrl.ok) throw new Error(siteUrl.message);

/**
 * The few site-wide facts, in one typed place (AstroPaper's `src/config.ts` habit).
 */
export const SITE = {
  name: 'Parallax',
  /**
   * Where the site is published, an origin without a trailing slash: canonical links, permalinks and
   * citations are built from it. Set by `PARALLAX_SITE_URL`; without it, http://127.0.0.1:4321,
   * where `npm start` serves the build (src/lib/hosting/site-url.ts).
   */
  url: siteUrl.url,
  /** True when `url` is the local default because `PARALLAX_SITE_URL` is not set. */
  urlIsLocalDefault: siteUrl.fromDefault,
  description:
    'How five news outlets reported the collapse of the Pakistan–Afghan Taliban talks in Istanbul in November 2025, with every contested claim laid side by side and traced to the exact words.',
  lang: 'en',
  /** The home page's heading, also the title of its link-preview card. */
  headline: 'The Istanbul talks, told from Islamabad and from Kabul',
} as const;

/**
 * The site's feeds, each linked from every page's head as `<link rel="alternate">` (BaseLayout):
 * a feed added here is announced on every page.
 */
export const FEEDS: readonly { path: string; title: string }[] = [
  { path: '/claims/feed.xml', title: 'Parallax: the contested claims' },
  { path: CORRECTIONS_FEED, title: 'Parallax: corrections' },
];

/** Where the content lives, relative to the project root; the content layer and the validator both read it. */
export const CONTENT_PATHS = {
  articles: 'content/articles',
  captures: 'content/captures',
  people: 'content/people',
  topics: 'content/topics.yaml',
  claims: 'content/claims',
  statements: 'content/statements',
  disagreements: 'content/disagreements',
  glossary: 'content/glossary',
  figures: 'content/figures',
  events: 'content/events',
  aliases: 'content/aliases.yaml',
  register: 'content/published-anchors.txt',
} as const;
