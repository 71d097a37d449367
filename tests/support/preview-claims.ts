/**
 * Two small claim views for the preview and feed tests: one where both sides speak (the Taliban
 * twice, in two outlets), one where Pakistan states nothing.
 */
import { buildClaimViews, type ArticleInfo, type ClaimView, type PersonInfo } from '../../src/lib/claims/claim-views.ts';

const article = (slug: string, outlet: string, paragraphs: Record<string, string>): ArticleInfo => ({
  slug,
  outlet,
  headline: `${outlet} headline`,
  href: `/articles/${slug}/`,
  date: 'None printed',
  paragraphs: Object.entries(paragraphs).map(([id, text]) => ({ id, text })),
});

const articles = [
  article('alpha', 'Alpha News', { 'p-alpha': 'Officials said 80% of attacks came from across the border.' }),
  article('beta', 'Beta Times', { 'p-beta': 'The minister said the problem is 25 years old.' }),
  article('gamma', 'Gamma Post', { 'p-gamma': 'The minister said talks failed.' }),
];

const people: PersonInfo[] = [
  { id: 'officials', name: 'Officials', kind: 'unnamed', side: 'pakistan', roles: [] },
  { id: 'minister', name: 'The Minister', kind: 'person', side: 'taliban', roles: [] },
];

/** [both sides speak, Pakistan states nothing]. */
export const PREVIEW_CLAIMS: ClaimView[] = buildClaimViews({
  articles,
  people,
  topics: [{ id: 'militancy', title: 'Militancy', order: 1 }],
  claims: [
    {
      id: 'where-attacks-come-from',
      title: 'Where attacks come from',
      statement: 'Whether attacks come from across the border.',
      topic: 'militancy',
      positions: {
        pakistan: {
          summary: [{ quotes: ['alpha-officials-80'], says: 'say most attacks come from across the border.' }],
          quotes: [{ id: 'alpha-officials-80', article: 'alpha', speaker: 'officials', attribution: 'unnamed', text: '80% of attacks came from across the border' }],
        },
        taliban: {
          summary: [
            { quotes: ['beta-minister-25'], says: 'says the problem is “25 years old”.' },
            { quotes: ['gamma-minister-talks-failed'], says: 'says the talks failed.' },
          ],
          quotes: [
            { id: 'beta-minister-25', article: 'beta', speaker: 'minister', attribution: 'reported', text: 'the problem is 25 years old' },
            { id: 'gamma-minister-talks-failed', article: 'gamma', speaker: 'minister', attribution: 'reported', text: 'talks failed' },
          ],
        },
      },
    },
    {
      id: 'how-old-the-problem-is',
      title: 'How old the problem is',
      statement: 'How long the problem has existed.',
      topic: 'militancy',
      positions: {
        pakistan: 'not stated',
        taliban: { summary: [{ quotes: ['beta-minister-old'], says: 'says it is old.' }], quotes: [{ id: 'beta-minister-old', article: 'beta', speaker: 'minister', attribution: 'reported', text: 'the problem is 25 years old' }] },
      },
    },
  ],
});
