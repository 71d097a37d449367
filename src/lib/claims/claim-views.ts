/**
 * Joins claims, quotes, people and articles into what the claim pages, the claims index, the
 * coverage matrix and the article pages show. Pure: it takes plain data with ids, so it is tested
 * without Astro, and it throws on any id that points nowhere instead of rendering a gap.
 */
import { ATTRIBUTION_LABELS, type Attribution } from './attribution.ts';
import { matchQuote, type Paragraph, type QuoteContext } from './quote-match.ts';
import { SIDE_ORDER, type Side } from './sides.ts';
import { buildTextFragmentUrl } from '../anchors/text-fragment.ts';

export interface ArticleInfo {
  slug: string;
  outlet: string;
  headline: string;
  href: string;
  /** The date as printed, described ("November 10, 2025 (article date)" or "None printed"). */
  date: string;
  dateIso?: string | undefined;
  paragraphs: readonly Paragraph[];
  /** The original article's address, where known. */
  originalUrl?: string | undefined;
  /** The captured page's full text, to tell whether a passage is unique on the original page. */
  pageText?: string | undefined;
}

export interface PersonInfo {
  id: string;
  name: string;
  kind: 'person' | 'institution' | 'unnamed' | 'editorial';
  side: Side | 'neither';
  roles: readonly { text: string; article: string }[];
  /** The forms of the name the articles use. */
  spellings?: readonly string[] | undefined;
}

export interface TopicInfo {
  id: string;
  title: string;
  order: number;
}

export interface RawQuote {
  id: string;
  article: string;
  speaker: string;
  attribution: Attribution;
  text: string;
  context?: QuoteContext | undefined;
}

export type RawPosition = 'not stated' | { summary: string; quotes: readonly RawQuote[] };

export interface RawClaim {
  id: string;
  title: string;
  statement: string;
  topic: string;
  positions: Record<Side, RawPosition>;
  related?: readonly string[] | undefined;
}

export interface QuoteView {
  id: string;
  claimId: string;
  claimTitle: string;
  side: Side;
  text: string;
  attribution: Attribution;
  attributionLabel: string;
  speaker: PersonInfo;
  /** The speaker's role as this quote's article gives it, or as another article does. */
  role: string | undefined;
  article: ArticleInfo;
  paragraphId: string;
  start: number;
  end: number;
  /** The paragraph in our copy of the article. */
  paragraphHref: string;
  /** The quote on its claim page: its permanent link. */
  href: string;
  /** The same words on the outlet's own page (a Text Fragment link), where its address is known. */
  originalHref: string | undefined;
}

export type PositionView = { side: Side; stated: false } | { side: Side; stated: true; summary: string; quotes: QuoteView[] };

export interface ClaimView {
  id: string;
  href: string;
  title: string;
  statement: string;
  topic: TopicInfo;
  positions: PositionView[];
  /** The outlets that report the claim, and those that do not, in article order. */
  reportedBy: ArticleInfo[];
  notReportedBy: ArticleInfo[];
  related: { id: string; title: string; href: string }[];
}

/** The path of a claim's page. */
export function claimHref(id: string): string {
  return `/claims/${id}/`;
}

function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string, where: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`${where}: ${what} "${id}" does not exist`);
  return found;
}

/** Builds every claim's view; `articles` in display order. Throws on a dangling id or an unplaced quote. */
export function buildClaimViews(input: {
  claims: readonly RawClaim[];
  articles: readonly ArticleInfo[];
  people: readonly PersonInfo[];
  topics: readonly TopicInfo[];
}): ClaimView[] {
  const articles = new Map(input.articles.map((article) => [article.slug, article]));
  const people = new Map(input.people.map((person) => [person.id, person]));
  const topics = new Map(input.topics.map((topic) => [topic.id, topic]));
  const titles = new Map(input.claims.map((claim) => [claim.id, claim.title]));

  return input.claims.map((claim) => {
    const where = `content/claims/${claim.id}.yaml`;
    const positions = SIDE_ORDER.map((side): PositionView => {
      const position = claim.positions[side];
      if (position === 'not stated') return { side, stated: false };
      const quotes = position.quotes.map((quote, index) => {
        const at = `${where}: positions.${side}.quotes[${index}]`;
        const article = lookup(articles, quote.article, 'article', at);
        const speaker = lookup(people, quote.speaker, 'person', at);
        const match = matchQuote(article.paragraphs, quote.text, quote.context);
        if (!match.found) throw new Error(`${at}.text: not found in article "${quote.article}" (${match.reason})`);
        const role = (speaker.roles.find((candidate) => candidate.article === article.slug) ?? speaker.roles[0])?.text;
        const paragraphText = article.paragraphs.find((paragraph) => paragraph.id === match.paragraphId)?.text ?? '';
        return {
          id: quote.id,
          claimId: claim.id,
          claimTitle: claim.title,
          side,
          text: quote.text,
          attribution: quote.attribution,
          attributionLabel: ATTRIBUTION_LABELS[quote.attribution],
          speaker,
          role,
          article,
          paragraphId: match.paragraphId,
          start: match.start,
          end: match.end,
          paragraphHref: `${article.href}#${match.paragraphId}`,
          href: `${claimHref(claim.id)}#${quote.id}`,
          originalHref:
            article.originalUrl === undefined
              ? undefined
              : buildTextFragmentUrl({
                  url: article.originalUrl,
                  text: paragraphText.slice(match.start, match.end),
                  pageText: article.pageText ?? paragraphText,
                  before: paragraphText.slice(0, match.start),
                  after: paragraphText.slice(match.end),
                }),
        };
      });
      return { side, stated: true, summary: position.summary, quotes };
    });
    const quoted = new Set(positions.flatMap((position) => (position.stated ? position.quotes.map((quote) => quote.article.slug) : [])));
    return {
      id: claim.id,
      href: claimHref(claim.id),
      title: claim.title,
      statement: claim.statement,
      topic: lookup(topics, claim.topic, 'topic', `${where}: topic`),
      positions,
      reportedBy: input.articles.filter((article) => quoted.has(article.slug)),
      notReportedBy: input.articles.filter((article) => !quoted.has(article.slug)),
      related: (claim.related ?? []).map((id) => ({ id, title: lookup(titles, id, 'claim', `${where}: related`), href: claimHref(id) })),
    };
  });
}

/** All quotes of all claims, in claim order. */
export function allQuotes(claims: readonly ClaimView[]): QuoteView[] {
  return claims.flatMap((claim) => claim.positions.flatMap((position) => (position.stated ? position.quotes : [])));
}

/** Claims grouped by topic, topics in their order, claims in the order given. */
export function groupByTopic(claims: readonly ClaimView[]): { topic: TopicInfo; claims: ClaimView[] }[] {
  const groups = new Map<string, { topic: TopicInfo; claims: ClaimView[] }>();
  for (const claim of claims) {
    const group = groups.get(claim.topic.id) ?? { topic: claim.topic, claims: [] };
    group.claims.push(claim);
    groups.set(claim.topic.id, group);
  }
  return [...groups.values()].sort((a, b) => a.topic.order - b.topic.order || a.topic.title.localeCompare(b.topic.title));
}

/** How one outlet reports one claim: for each side, how many quotes and of which kinds. */
export interface CoverageCell {
  article: ArticleInfo;
  sides: { side: Side; count: number; attributions: Attribution[] }[];
}

/** The coverage matrix: one row per claim, one cell per article, in article order. */
export function buildCoverage(claims: readonly ClaimView[], articles: readonly ArticleInfo[]): { claim: ClaimView; cells: CoverageCell[] }[] {
  return claims.map((claim) => ({
    claim,
    cells: articles.map((article) => ({
      article,
      sides: claim.positions.flatMap((position) => {
        if (!position.stated) return [];
        const quotes = position.quotes.filter((quote) => quote.article.slug === article.slug);
        if (quotes.length === 0) return [];
        const attributions = [...new Set(quotes.map((quote) => quote.attribution))];
        return [{ side: position.side, count: quotes.length, attributions }];
      }),
    })),
  }));
}

/** A passage of an article that a claim quotes, for marking it on the article page. */
export interface Citation {
  paragraphId: string;
  start: number;
  end: number;
  quoteId: string;
  claimId: string;
  claimTitle: string;
  href: string;
}

/** The citations of one article, in paragraph order then position. */
export function citationsOf(articleSlug: string, claims: readonly ClaimView[]): Citation[] {
  return claims.flatMap((claim) =>
    allQuotes([claim])
      .filter((quote) => quote.article.slug === articleSlug)
      .map((quote) => ({
        paragraphId: quote.paragraphId,
        start: quote.start,
        end: quote.end,
        quoteId: quote.id,
        claimId: claim.id,
        claimTitle: claim.title,
        href: quote.href,
      })),
  );
}
