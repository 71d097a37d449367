/**
 * A claim page's schema.org JSON-LD: the contested point as one `Claim`, the articles that report it
 * as its `appearance`s (`NewsArticle`), and every quote on the page as a `Quotation` that is part of
 * its article and about the claim. Typed with schema-dts, so a property a type lacks does not compile.
 *
 * What it leaves out, and why:
 * - One Claim for the contested point, not one per side: a Claim for "Pakistan's position" would put
 *   a side's position into Parallax's words. Each side speaks only in its Quotations.
 * - No `author` on the Claim: no one source states a contested point; who says what is on each quote.
 * - No ClaimReview and no rating: Parallax rates nothing.
 * - `spokenByCharacter` (the one the article attributes the words to) on every quote whose speaker is
 *   named; `creator` as well only where the words are the speaker's own (a direct quote, or the
 *   outlet's own framing); a reported paraphrase's words are the outlet's. Unnamed sources ("Pakistani
 *   officials") are neither a Person nor an Organization, so they appear only in `creditText`, which
 *   also keeps the relays ("via Khaama Press"), as the cards show them.
 * - No dates: the articles' printed dates are page dates as often as article dates.
 */
import type { Claim, Graph, NewsArticle, Organization, Person, Quotation } from 'schema-dts';
import type { ArticleInfo, ClaimView, QuoteView } from '../claims/claim-views.ts';
import { allQuotes } from '../claims/claim-views.ts';
import { describeAttributionChain } from '../claims/voices.ts';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** The article's node id: its own address where known, else Parallax's copy of it. */
function articleId(article: ArticleInfo, siteUrl: string): string {
  return article.originalUrl ?? new URL(article.href, siteUrl).href;
}

function newsArticle(article: ArticleInfo, siteUrl: string): NewsArticle {
  return {
    '@type': 'NewsArticle',
    '@id': articleId(article, siteUrl),
    headline: article.headline,
    publisher: { '@type': 'Organization', name: article.outlet },
    ...(article.originalUrl === undefined ? {} : { url: article.originalUrl }),
    archivedAt: new URL(article.href, siteUrl).href,
  };
}

/** The one the article attributes the words to, where it names them; undefined for unnamed sources. */
function speakerNode(quote: QuoteView): Person | Organization | undefined {
  switch (quote.speaker.kind) {
    case 'person':
      return { '@type': 'Person', name: quote.speaker.name };
    case 'institution':
    case 'media':
      return { '@type': 'Organization', name: quote.speaker.name };
    case 'editorial':
      // The outlet's own voice is the outlet.
      return { '@type': 'Organization', name: quote.article.outlet };
    case 'unnamed':
      return undefined;
  }
}

function quotation(quote: QuoteView, claimUrl: string, siteUrl: string): Quotation {
  const speaker = speakerNode(quote);
  const ownWords = quote.attribution === 'direct' || quote.attribution === 'outlet';
  return {
    '@type': 'Quotation',
    '@id': new URL(quote.href, siteUrl).href,
    url: new URL(quote.href, siteUrl).href,
    text: quote.text,
    ...(speaker === undefined ? {} : { spokenByCharacter: speaker }),
    ...(speaker !== undefined && ownWords ? { creator: speaker } : {}),
    creditText: describeAttributionChain({ speaker: quote.speaker.name, relays: quote.relays.map((relay) => relay.name), article: quote.article }),
    isPartOf: { '@id': articleId(quote.article, siteUrl) },
    about: { '@id': claimUrl },
  };
}

export function buildClaimStructuredData(claim: ClaimView, siteUrl: string): Graph {
  const claimUrl = new URL(claim.href, siteUrl).href;
  const node: Claim = {
    '@type': 'Claim',
    '@id': claimUrl,
    url: claimUrl,
    name: claim.title,
    description: claim.statement,
    appearance: claim.reportedBy.map((article) => newsArticle(article, siteUrl)),
  };
  return { '@context': SCHEMA_ORG_CONTEXT, '@graph': [node, ...allQuotes([claim]).map((quote) => quotation(quote, claimUrl, siteUrl))] };
}

/**
 * The JSON for a `<script type="application/ld+json">`: compact, with "<" escaped so that no text
 * can close the script element or open a comment in it (JSON reads "\u003c" as "<").
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
