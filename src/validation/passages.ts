/** Finding quoted words in the article they are said to come from, with messages an editor can act on. */
import { quoteInReport } from '../lib/problems/content-problems.ts';
import { matchQuote, type QuoteContext, type QuoteMatch } from '../lib/claims/quote-match.ts';
import { alignTo, describeDifference, findDifference, NEAR_ENOUGH, similarity } from '../lib/problems/text-difference.ts';
import { collapseWhitespace } from '../lib/text.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';

/** Where a quote differs from the closest passage, when the two are alike enough for it to help. */
function differenceFrom(passage: string, quote: string): string {
  const quoted = collapseWhitespace(quote);
  const aligned = alignTo(collapseWhitespace(passage), quoted);
  if (similarity(aligned, quoted) < NEAR_ENOUGH) return '';
  const difference = findDifference(aligned, quoted);
  return difference === undefined ? '' : `, which differs from the quote at ${describeDifference(difference, { expected: 'the article', found: 'the quote' })}`;
}

/** The file of an article id, as reports name it. */
export function articleFile(articleId: string): string {
  return `${CONTENT_PATHS.articles}/${articleId}.md`;
}

/**
 * Locates `text` in article `articleId`. Returns the match, or a message explaining why not; returns
 * `undefined` (and no message) when the article itself failed its checks and was reported already.
 */
export function locatePassage(
  articles: ArticleIndex,
  articleId: string,
  text: string,
  context: QuoteContext = {},
): { match: Extract<QuoteMatch, { found: true }>; problem?: never } | { problem: string; match?: never } | undefined {
  const article = articles.checked.get(articleId);
  if (!article) return articles.ids.has(articleId) ? undefined : { problem: `names article "${articleId}", which does not exist in content/articles/` };
  const match = matchQuote(article.paragraphs, text, context);
  if (match.found) return { match };
  switch (match.reason) {
    case 'empty':
      return { problem: 'is empty' };
    case 'absent': {
      const closest = match.closest === undefined ? '' : `; the closest passage is in #${match.closest.paragraphId}: ${quoteInReport(match.closest.text, 120)}${differenceFrom(match.closest.text, text)}`;
      return { problem: `is not in article "${articleId}": quotes must be copied exactly, only whitespace may differ${closest}` };
    }
    case 'ambiguous':
      return {
        problem: `occurs ${match.occurrences.length} times in article "${articleId}" (${match.occurrences.map((at) => `#${at.paragraphId}`).join(', ')}): add context.before or context.after, a few words next to the one meant`,
      };
    case 'context-not-found':
      return {
        problem: `is in article "${articleId}", but its context fits none of the ${match.occurrences.length === 1 ? 'occurrence' : `${match.occurrences.length} occurrences`}: context.before and context.after must be the words right next to it in the same paragraph`,
      };
  }
}
