/**
 * The few site-wide facts, in one typed place (AstroPaper's `src/config.ts` habit).
 * `url` is where the site is published; permanent links and citations are built from it.
 */
export const SITE = {
  name: 'Parallax',
  url: 'https://parallax.example.org',
  description:
    'How five news outlets reported the collapse of the Pakistan–Afghan Taliban talks in Istanbul in November 2025, with every contested claim laid side by side and traced to the exact words.',
  lang: 'en',
} as const;

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
  aliases: 'content/aliases.yaml',
  register: 'content/published-anchors.txt',
} as const;
