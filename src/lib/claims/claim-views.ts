/**
 * Joins claims, quotes, people and articles into what the claim pages, the claims index, the
 * coverage matrix and the article pages show. Pure: it takes plain data with ids, so it is tested
 * without Astro, and it throws on any id that points nowhere instead of rendering a gap.
 */
import { ATTRIBUTION_LABELS, type Attribution } from './attribution.ts';
import { matchQuote, type Paragraph, type QuoteContext } from './quote-match.ts';
import { SIDE_ORDER, type Side } from './sides.ts';
import { summaryLead, voiceKey } from './summaries.ts';
import { buildTextFragmentUrl } from '../anchors/text-fragment.ts';

export interface ArticleInfo {
  slug: string;
  outlet: string;
  headline: string;
  href: string;
  /** What the provenance notes add about the outlet ("wire copy, IANS"). */
  outletNote?: string | undefined;
  /** The date as printed, described ("November 10, 2025 (article date)" or "None printed"). */
  date: string;
  dateIso?: string | undefined;
  /** The author's name as printed, where one is named. */
  author?: string | undefined;
  paragraphs: readonly Paragraph[];
  /** The original article's address, where known. */
  originalUrl?: string | undefined;
  /** The captured page's full text, to tell whether a passage is unique on the original page. */
  pageText?: string | undefined;
}

export interface PersonInfo {
  id: string;
  name: string;
  kind: 'person' | 'institution' | 'unnamed' | 'editorial' | 'media';
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
  /** Whom the article credits for passing the words on, nearest the speaker first. */
  relay?: readonly { via: string; text: string }[] | undefined;
  /** A neutral note on a problem in the source at these words. */
  note?: string | undefined;
}

export interface RawSummaryItem {
  quotes: readonly string[];
  says: string;
}

export type RawPosition =
  | 'not stated'
  | { summary?: readonly RawSummaryItem[] | undefined; quotes?: readonly RawQuote[] | undefined; accounts?: readonly RawQuote[] | undefined };

export interface RawClaim {
  id: string;
  title: string;
  statement: string;
  topic: string;
  positions: Record<Side, RawPosition>;
  /** Outlets', analysts' and other third parties' words, shown apart from both sides. */
  framing?: readonly RawQuote[] | undefined;
  related?: readonly string[] | undefined;
}

/**
 * Where a quote stands on its claim page: in a side's column as that side's own voice; in a side's
 * column as someone else's account of that side's position; or below both, as framing.
 */
export type Placement = 'side' | 'account' | 'framing';

export interface QuoteView {
  id: string;
  claimId: string;
  claimTitle: string;
  placement: Placement;
  /** The side whose column it stands in (the side described, for an account); none for framing. */
  side: Side | undefined;
  text: string;
  attribution: Attribution;
  attributionLabel: string;
  speaker: PersonInfo;
  /** The media the article credits for passing the words on, nearest the speaker first. */
  relays: PersonInfo[];
  /** The article's own words crediting each relay ("as reported by Tolo News"), in the order of `relays`. */
  relayWords: string[];
  /** A neutral note on a problem in the source at these words. */
  note: string | undefined;
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

/** One item of a position's summary: the lead (who, through whom, where) and what they say. */
export interface SummaryItemView {
  lead: string;
  says: string;
  quoteIds: string[];
}

export interface PositionView {
  side: Side;
  /** Whether the side speaks for itself here; when not, the page says "No position stated in these sources". */
  stated: boolean;
  summary: SummaryItemView[];
  quotes: QuoteView[];
  /** The side's position as only others describe it; never counted as the side's own. */
  accounts: QuoteView[];
}

/** The framing quotes of one article. */
export interface FramingGroup {
  article: ArticleInfo;
  quotes: QuoteView[];
}

export interface ClaimView {
  id: string;
  href: string;
  title: string;
  statement: string;
  topic: TopicInfo;
  positions: PositionView[];
  /** Third parties' words, by article in article order. */
  framing: FramingGroup[];
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
    const viewQuote = (quote: RawQuote, at: string, placement: Placement, side: Side | undefined): QuoteView => {
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
        placement,
        side,
        text: quote.text,
        attribution: quote.attribution,
        attributionLabel: ATTRIBUTION_LABELS[quote.attribution],
        speaker,
        relays: (quote.relay ?? []).map((relay, index) => lookup(people, relay.via, 'person', `${at}.relay[${index}]`)),
        relayWords: (quote.relay ?? []).map((relay) => relay.text),
        note: quote.note,
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
    };
    const positions = SIDE_ORDER.map((side): PositionView => {
      const position = claim.positions[side];
      if (position === 'not stated') return { side, stated: false, summary: [], quotes: [], accounts: [] };
      const quotes = (position.quotes ?? []).map((quote, index) => viewQuote(quote, `${where}: positions.${side}.quotes[${index}]`, 'side', side));
      const accounts = (position.accounts ?? []).map((quote, index) => viewQuote(quote, `${where}: positions.${side}.accounts[${index}]`, 'account', side));
      const byId = new Map(quotes.map((quote) => [quote.id, quote]));
      const summary = (position.summary ?? []).map((item, index): SummaryItemView => {
        const [first] = item.quotes.map((id) => lookup(byId, id, 'quote', `${where}: positions.${side}.summary[${index}]`));
        if (!first) throw new Error(`${where}: positions.${side}.summary[${index}]: names no quote`);
        return {
          lead: summaryLead({ speaker: first.speaker.name, relays: first.relays.map((relay) => relay.name), outlet: first.article.outlet }),
          says: item.says,
          quoteIds: [...item.quotes],
        };
      });
      return { side, stated: quotes.length > 0, summary, quotes, accounts };
    });
    const framingQuotes = (claim.framing ?? []).map((quote, index) => viewQuote(quote, `${where}: framing[${index}]`, 'framing', undefined));
    const framing = input.articles
      .map((article) => ({ article, quotes: framingQuotes.filter((quote) => quote.article.slug === article.slug) }))
      .filter((group) => group.quotes.length > 0);
    const quoted = new Set([...positions.flatMap((position) => [...position.quotes, ...position.accounts]), ...framingQuotes].map((quote) => quote.article.slug));
    return {
      id: claim.id,
      href: claimHref(claim.id),
      title: claim.title,
      statement: claim.statement,
      topic: lookup(topics, claim.topic, 'topic', `${where}: topic`),
      positions,
      framing,
      reportedBy: input.articles.filter((article) => quoted.has(article.slug)),
      notReportedBy: input.articles.filter((article) => !quoted.has(article.slug)),
      related: (claim.related ?? []).map((id) => ({ id, title: lookup(titles, id, 'claim', `${where}: related`), href: claimHref(id) })),
    };
  });
}

/** All quotes of all claims, in claim order: each side's own, then the accounts, then the framing. */
export function allQuotes(claims: readonly ClaimView[]): QuoteView[] {
  return claims.flatMap((claim) => [
    ...claim.positions.flatMap((position) => position.quotes),
    ...claim.positions.flatMap((position) => position.accounts),
    ...claim.framing.flatMap((group) => group.quotes),
  ]);
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

/** One voice in a coverage cell: who speaks, through whom. */
export interface CoverageVoice {
  speaker: string;
  relays: string[];
  count: number;
}

/**
 * How one outlet reports one claim: for each side, how many of its own quotes, of which kinds and
 * from whom; then, apart, how many accounts of a side and how many framing quotes, which are never
 * counted as a side's position.
 */
export interface CoverageCell {
  article: ArticleInfo;
  sides: { side: Side; count: number; attributions: Attribution[]; voices: CoverageVoice[] }[];
  accounts: number;
  framing: number;
}

function voicesOf(quotes: readonly QuoteView[]): CoverageVoice[] {
  const voices = new Map<string, CoverageVoice>();
  for (const quote of quotes) {
    const relays = quote.relays.map((relay) => relay.name);
    const key = voiceKey({ speaker: quote.speaker.id, article: quote.article.slug, relays: quote.relays.map((relay) => relay.id) });
    const voice = voices.get(key) ?? { speaker: quote.speaker.name, relays, count: 0 };
    voice.count += 1;
    voices.set(key, voice);
  }
  return [...voices.values()];
}

/** The coverage matrix: one row per claim, one cell per article, in article order. */
export function buildCoverage(claims: readonly ClaimView[], articles: readonly ArticleInfo[]): { claim: ClaimView; cells: CoverageCell[] }[] {
  const inArticle = (quotes: readonly QuoteView[], article: ArticleInfo) => quotes.filter((quote) => quote.article.slug === article.slug);
  return claims.map((claim) => ({
    claim,
    cells: articles.map((article) => ({
      article,
      sides: claim.positions.flatMap((position) => {
        const quotes = inArticle(position.quotes, article);
        if (quotes.length === 0) return [];
        const attributions = [...new Set(quotes.map((quote) => quote.attribution))];
        return [{ side: position.side, count: quotes.length, attributions, voices: voicesOf(quotes) }];
      }),
      accounts: claim.positions.reduce((sum, position) => sum + inArticle(position.accounts, article).length, 0),
      framing: inArticle(claim.framing.flatMap((group) => group.quotes), article).length,
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
