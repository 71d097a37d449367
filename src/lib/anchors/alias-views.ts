/**
 * What the pages need of the aliases in content/aliases.yaml: which claim pages live on under an old
 * address, which old claims left a tombstone, and which old fragments each page keeps pointing at
 * their new place.
 */
import type { ArticleInfo, ClaimView, QuoteView } from '../claims/claim-views.ts';
import { matchQuote, type QuoteContext } from '../claims/quote-match.ts';

/** A quote a tombstone keeps: its published id and its words, verbatim from an article. */
export interface KeptQuoteEntry {
  id: string;
  article: string;
  text: string;
  context?: QuoteContext | undefined;
}

export interface AliasEntry {
  from: string;
  change: 'renamed' | 'merged' | 'withdrawn' | 'moved';
  to?: string | undefined;
  date: string;
  note?: string | undefined;
  quotes?: readonly KeptQuoteEntry[] | undefined;
}

/** A quote shown on a tombstone, where its old link lands. */
export interface KeptQuote {
  id: string;
  text: string;
  outlet: string;
  headline: string;
  /** The paragraph of the article the words are in. */
  paragraphHref: string;
}

/** A claim that was renamed: its old address shows the claim under its new one. */
export interface RenamedClaimPage {
  fromId: string;
  claim: ClaimView;
  date: string;
}

/** A claim that was merged or withdrawn: its old address explains what happened. */
export interface TombstonePage {
  fromId: string;
  change: 'merged' | 'withdrawn';
  date: string;
  note: string | undefined;
  successor: { title: string; href: string } | undefined;
  /** The quotes it keeps, so that their old links still land on their words. */
  quotes: KeptQuote[];
}

/** An old fragment kept on a page: on the same page as its target, or pointing elsewhere. */
export interface FragmentAlias {
  fromId: string;
  toHref: string;
  /** The target's id when it is on this same page (the alias then sits on the target itself). */
  toIdOnPage: string | undefined;
  /** The words found at the target, so the old link still lands on them. */
  words: string | undefined;
}

const claimIdOf = (link: string) => /^\/claims\/([^/]+)\/$/u.exec(link)?.[1];
const pageOf = (link: string) => link.split('#')[0] as string;
const fragmentOf = (link: string) => link.split('#')[1] ?? '';

/** Finds a kept quote's words in its article; throws where they are not there (the content check reports it first). */
function keepQuote(quote: KeptQuoteEntry, articles: readonly ArticleInfo[], from: string): KeptQuote {
  const article = articles.find((candidate) => candidate.slug === quote.article);
  const match = article && matchQuote(article.paragraphs, quote.text, quote.context);
  if (!article || !match?.found) throw new Error(`content/aliases.yaml: the quote "${quote.id}" kept for ${from} is not in article "${quote.article}"`);
  return { id: quote.id, text: quote.text, outlet: article.outlet, headline: article.headline, paragraphHref: `${article.href}#${match.paragraphId}` };
}

/** Old claim addresses, each either showing its renamed claim or a tombstone. */
export function claimAliasPages(
  aliases: readonly AliasEntry[],
  claims: readonly ClaimView[],
  articles: readonly ArticleInfo[] = [],
): { renamed: RenamedClaimPage[]; tombstones: TombstonePage[] } {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const renamed: RenamedClaimPage[] = [];
  const tombstones: TombstonePage[] = [];
  for (const alias of aliases) {
    const fromId = claimIdOf(alias.from);
    if (fromId === undefined) continue;
    const target = alias.to === undefined ? undefined : byId.get(claimIdOf(alias.to) ?? '');
    if (alias.to !== undefined && !target) throw new Error(`content/aliases.yaml: ${alias.from} points at ${alias.to}, which is not a claim`);
    if (alias.change === 'renamed' && target) renamed.push({ fromId, claim: target, date: alias.date });
    else if (alias.change === 'merged' || alias.change === 'withdrawn') {
      tombstones.push({
        fromId,
        change: alias.change,
        date: alias.date,
        note: alias.note,
        successor: target ? { title: target.title, href: target.href } : undefined,
        quotes: (alias.quotes ?? []).map((quote) => keepQuote(quote, articles, alias.from)),
      });
    }
  }
  return { renamed, tombstones };
}

/** The fragment aliases a page carries, by page path. `paragraphText` finds the words of an article paragraph. */
export function fragmentAliasesByPage(
  aliases: readonly AliasEntry[],
  quotes: readonly QuoteView[],
  paragraphText: (href: string) => string | undefined,
): Map<string, FragmentAlias[]> {
  const quoteByHref = new Map(quotes.map((quote) => [quote.href, quote]));
  const pages = new Map<string, FragmentAlias[]>();
  for (const alias of aliases) {
    if (alias.change !== 'moved' || alias.to === undefined) continue;
    const page = pageOf(alias.from);
    const words = quoteByHref.get(alias.to)?.text ?? paragraphText(alias.to);
    const entry: FragmentAlias = {
      fromId: fragmentOf(alias.from),
      toHref: alias.to,
      toIdOnPage: pageOf(alias.to) === page ? fragmentOf(alias.to) : undefined,
      words,
    };
    pages.set(page, [...(pages.get(page) ?? []), entry]);
  }
  return pages;
}
