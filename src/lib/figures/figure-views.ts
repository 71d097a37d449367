/**
 * Joins the figures with the articles, quotes and people they name, into what the figures page and
 * search show: each wording linked to its exact words (its quote where a claim quotes it, else its
 * paragraph), the value code reads from it, and who cites it, on what basis, for whom.
 */
import type { ArticleInfo, PersonInfo, QuoteView, TopicInfo } from '../claims/claim-views.ts';
import { matchQuote, type QuoteContext } from '../claims/quote-match.ts';
import { SIDE_LABELS } from '../claims/sides.ts';
import { describeAttributionChain, describeOutlet } from '../claims/voices.ts';
import { NO_PERIOD, NONE_STATED, type OfferedFor } from './citation-terms.ts';
import { describeFigureValue, readFigureValue, sortValue, type FigureValue } from './figure-values.ts';


export const NO_BASIS_STATED = 'No basis stated in these sources.';
export const NO_RESPONSE_STATED = 'No response stated in these sources.';
export const NO_PERIOD_STATED = 'No period stated in these sources.';

export interface RawFigureResponse {
  quote?: string | undefined;
  article?: string | undefined;
  speaker?: string | undefined;
  text?: string | undefined;
  context?: QuoteContext | undefined;
}

export interface RawFigureCitation {
  article: string;
  wording: string;
  context?: QuoteContext | undefined;
  quote?: string | undefined;
  speaker: string;
  relay?: readonly { via: string; text: string }[] | undefined;
  period: string;
  basis: string;
  offeredFor: OfferedFor;
  responses?: readonly RawFigureResponse[] | undefined;
  note?: string | undefined;
}

export interface RawFigure {
  id: string;
  title: string;
  unit: string;
  topic: string;
  claim?: string | undefined;
  citations: readonly RawFigureCitation[];
}

export interface FigureResponseView {
  text: string;
  href: string;
  /** Who says it, through whom, in which outlet. */
  voice: string;
}

export interface FigureCitationView {
  article: ArticleInfo;
  outlet: string;
  wording: string;
  /** The wording's exact words: its quote on its claim page, or its paragraph. */
  href: string;
  linksToQuote: boolean;
  paragraphHref: string;
  /** Who cites it, through whom, in which outlet. */
  voice: string;
  speakerName: string;
  period: string | undefined;
  basis: string | undefined;
  offeredFor: OfferedFor;
  offeredForLabel: string;
  value: FigureValue;
  valueLabel: string;
  responses: FigureResponseView[];
  note: string | undefined;
}

export interface FigureView {
  id: string;
  href: string;
  title: string;
  unit: string;
  topic: TopicInfo;
  claim: { title: string; href: string } | undefined;
  citations: FigureCitationView[];
  /** The outlets that word it, once each, in citation order. */
  outlets: string[];
  /** The values its wordings give, as stated, once each ("70,000 to 80,000"). */
  values: string[];
  /** The largest value any wording gives, for sorting; none where no wording gives a number. */
  sortValue: number | undefined;
}

export const OFFERED_FOR_LABELS: Record<OfferedFor, string> = {
  pakistan: SIDE_LABELS.pakistan.name,
  taliban: SIDE_LABELS.taliban.name,
  'third party': 'Neither side (a third party)',
};

export interface FigureSources {
  articles: readonly ArticleInfo[];
  quotes: readonly QuoteView[];
  people: readonly PersonInfo[];
  topics: readonly TopicInfo[];
  claims: readonly { id: string; title: string; href: string }[];
}

function lookup<T>(items: ReadonlyMap<string, T>, id: string, what: string, figure: RawFigure): T {
  const item = items.get(id);
  // The content check guarantees every name; reaching this means it did not run.
  if (item === undefined) throw new Error(`content/figures/${figure.id}.yaml names ${what} "${id}", which does not exist`);
  return item;
}

function paragraphOf(article: ArticleInfo, text: string, context: QuoteContext | undefined, figure: RawFigure): string {
  const match = matchQuote(article.paragraphs, text, context ?? {});
  if (!match.found) throw new Error(`content/figures/${figure.id}.yaml: "${text}" is not in article "${article.slug}" once`);
  return `${article.href}#${match.paragraphId}`;
}

export function buildFigureViews(figures: readonly RawFigure[], sources: FigureSources): FigureView[] {
  const articles = new Map(sources.articles.map((article) => [article.slug, article]));
  const quotes = new Map(sources.quotes.map((quote) => [quote.id, quote]));
  const people = new Map(sources.people.map((person) => [person.id, person]));
  const topics = new Map(sources.topics.map((topic) => [topic.id, topic]));
  const claims = new Map(sources.claims.map((claim) => [claim.id, claim]));

  const toResponse = (response: RawFigureResponse, figure: RawFigure): FigureResponseView => {
    if (response.quote !== undefined) {
      const quote = lookup(quotes, response.quote, 'quote', figure);
      return { text: quote.text, href: quote.href, voice: describeAttributionChain({ speaker: quote.speaker.name, relays: quote.relays.map((relay) => relay.name), article: quote.article }) };
    }
    const article = lookup(articles, response.article ?? '', 'article', figure);
    const speaker = lookup(people, response.speaker ?? '', 'person', figure);
    const text = response.text ?? '';
    return { text, href: paragraphOf(article, text, response.context, figure), voice: describeAttributionChain({ speaker: speaker.name, relays: [], article }) };
  };

  return figures.map((figure): FigureView => {
    const citations = figure.citations.map((citation): FigureCitationView => {
      const article = lookup(articles, citation.article, 'article', figure);
      const speaker = lookup(people, citation.speaker, 'person', figure);
      const relays = (citation.relay ?? []).map((relay) => lookup(people, relay.via, 'person', figure).name);
      const quote = citation.quote === undefined ? undefined : lookup(quotes, citation.quote, 'quote', figure);
      const paragraphHref = paragraphOf(article, citation.wording, citation.context, figure);
      const value = readFigureValue(citation.wording);
      return {
        article,
        outlet: describeOutlet(article),
        wording: citation.wording,
        href: quote?.href ?? paragraphHref,
        linksToQuote: quote !== undefined,
        paragraphHref,
        voice: describeAttributionChain({ speaker: speaker.name, relays, article }),
        speakerName: speaker.name,
        period: citation.period === NO_PERIOD ? undefined : citation.period,
        basis: citation.basis === NONE_STATED ? undefined : citation.basis,
        offeredFor: citation.offeredFor,
        offeredForLabel: OFFERED_FOR_LABELS[citation.offeredFor],
        value,
        valueLabel: describeFigureValue(value),
        responses: (citation.responses ?? []).map((response) => toResponse(response, figure)),
        note: citation.note,
      };
    });
    const values = citations.map((citation) => sortValue(citation.value)).filter((value) => value !== undefined);
    return {
      id: figure.id,
      href: `/figures/#${figure.id}`,
      title: figure.title,
      unit: figure.unit,
      topic: lookup(topics, figure.topic, 'topic', figure),
      claim: figure.claim === undefined ? undefined : lookup(claims, figure.claim, 'claim', figure),
      citations,
      outlets: [...new Set(citations.map((citation) => citation.article.outlet))],
      values: [...new Set(citations.map((citation) => citation.valueLabel))],
      sortValue: values.length === 0 ? undefined : Math.max(...values),
    };
  });
}

/** Largest value first; sizes without a number last; then by title, so the order never depends on file order. */
const byValue = (a: FigureView, b: FigureView) => (b.sortValue ?? -Infinity) - (a.sortValue ?? -Infinity) || a.title.localeCompare(b.title, 'en');

/**
 * Figures by topic, topics in their order. Within a topic, the figures more outlets cite come first
 * (where wordings can be compared), then figures of one unit together, each unit from the largest
 * value down.
 */
export function groupFiguresByTopic(figures: readonly FigureView[]): { topic: TopicInfo; figures: FigureView[] }[] {
  const groups = new Map<string, { topic: TopicInfo; figures: FigureView[] }>();
  for (const figure of figures) {
    const group = groups.get(figure.topic.id) ?? { topic: figure.topic, figures: [] };
    group.figures.push(figure);
    groups.set(figure.topic.id, group);
  }
  const order = (a: FigureView, b: FigureView) => b.outlets.length - a.outlets.length || a.unit.localeCompare(b.unit, 'en') || byValue(a, b);
  return [...groups.values()]
    .sort((a, b) => a.topic.order - b.topic.order || a.topic.title.localeCompare(b.topic.title, 'en'))
    .map((group) => ({ topic: group.topic, figures: [...group.figures].sort(order) }));
}

/** Figures by unit (units alphabetically), each unit from the largest value down: the page's overview. */
export function groupFiguresByUnit(figures: readonly FigureView[]): { unit: string; figures: FigureView[] }[] {
  const units = [...new Set(figures.map((figure) => figure.unit))].sort((a, b) => a.localeCompare(b, 'en'));
  return units.map((unit) => ({ unit, figures: figures.filter((figure) => figure.unit === unit).sort(byValue) }));
}
