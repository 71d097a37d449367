/**
 * Every quote as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), for annotation tools:
 * one AnnotationCollection whose single, embedded AnnotationPage holds the annotations, in claim order.
 *
 * - Target: the outlet's own page where its address is known, else Parallax's copy of the capture.
 *   The selectors are taken from the capture (./capture-selectors.ts); for an outlet's page a
 *   TimeState names that capture as the cached copy, the representation the selectors were made on
 *   (the model applies a state before the selectors). The TextPositionSelector's offsets count code
 *   points of the capture text, so they hold on the cached copy and not on the live page, where a
 *   client that checks them against `exact` (as Hypothesis does) falls back to the quote selector.
 * - No `sourceDate`: the capture's provenance (content/captures/README.md) records no capture time,
 *   and none is invented.
 * - Body: the quote's permanent address on Parallax, and who says it as Parallax attributes it.
 *
 * Pure: the caller passes the site's address and the captures.
 */
import type { QuoteView } from '../claims/claim-views.ts';
import { describeAttributionChain } from '../claims/voices.ts';
import { selectInCapture, type TextPositionSelector, type TextQuoteSelector } from './capture-selectors.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ANNOTATIONS_PATH = '/data/annotations.jsonld';

/** A quote with what its annotation needs, in the site's terms. */
export interface AnnotatedQuote {
  id: string;
  text: string;
  /** The quote's permanent path on the site, `/claims/<id>/#<quote id>`. */
  href: string;
  /** "Mohammad Naeem, via Khaama Press, in NationPress (wire copy, IANS)". */
  voice: string;
  /** "Reported speech". */
  attributionLabel: string;
  claimTitle: string;
  /** The text of the quote's paragraph in the article copy. */
  paragraphText: string;
  article: {
    /** The outlet's own address of the article, where known. */
    originalUrl?: string | undefined;
    /** The capture's path on the site, `/captures/<file>`. */
    captureHref: string;
    /** The capture's path in the project, for error messages. */
    captureFile: string;
    captureText: string;
  };
}

export interface TimeState {
  type: 'TimeState';
  cached: string;
}

export interface SpecificResourceTarget {
  type: 'SpecificResource';
  source: string;
  state?: TimeState;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'quoting';
  body: [{ id: string; type: 'Text'; format: 'text/html' }, { type: 'TextualBody'; purpose: 'describing'; format: 'text/plain'; language: 'en'; value: string }];
  target: SpecificResourceTarget;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: Annotation[] };
  last: string;
}

/** The plain-text body: who says the words, how the article attributes them, and where Parallax shows them. */
export function describeQuoted(quote: Pick<AnnotatedQuote, 'voice' | 'attributionLabel' | 'claimTitle'>): string {
  return `${quote.voice}. ${quote.attributionLabel}. Quoted in Parallax, “${quote.claimTitle}”.`;
}

export function buildAnnotation(quote: AnnotatedQuote, siteUrl: string): Annotation {
  const collection = new URL(ANNOTATIONS_PATH, siteUrl).href;
  const capture = new URL(quote.article.captureHref, siteUrl).href;
  const selectors = selectInCapture({
    text: quote.text,
    paragraphText: quote.paragraphText,
    capture: quote.article.captureText,
    label: `quote "${quote.id}" in ${quote.article.captureFile}`,
  });
  const target: SpecificResourceTarget =
    quote.article.originalUrl === undefined
      ? { type: 'SpecificResource', source: capture, selector: [selectors.quote, selectors.position] }
      : { type: 'SpecificResource', source: quote.article.originalUrl, state: { type: 'TimeState', cached: capture }, selector: [selectors.quote, selectors.position] };
  return {
    id: `${collection}#${quote.id}`,
    type: 'Annotation',
    motivation: 'quoting',
    body: [
      { id: new URL(quote.href, siteUrl).href, type: 'Text', format: 'text/html' },
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', language: 'en', value: describeQuoted(quote) },
    ],
    target,
  };
}

export function buildAnnotationCollection(quotes: readonly AnnotatedQuote[], siteUrl: string): AnnotationCollection {
  const id = new URL(ANNOTATIONS_PATH, siteUrl).href;
  const page = `${id}#page-1`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Parallax: every quote, on the page it was quoted from',
    total: quotes.length,
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items: quotes.map((quote) => buildAnnotation(quote, siteUrl)) },
    last: page,
  };
}

/** The capture an article was copied from, as the site serves it. */
export interface ArticleCapture {
  captureHref: string;
  captureFile: string;
  captureText: string;
}

/** A quote of the claim views, with its article's capture, as its annotation needs it. */
export function toAnnotatedQuote(quote: QuoteView, capture: ArticleCapture): AnnotatedQuote {
  const paragraph = quote.article.paragraphs.find((candidate) => candidate.id === quote.paragraphId);
  if (paragraph === undefined) throw new Error(`quote "${quote.id}": its paragraph "${quote.paragraphId}" is not in article "${quote.article.slug}"`);
  return {
    id: quote.id,
    text: quote.text,
    href: quote.href,
    voice: describeAttributionChain({ speaker: quote.speaker.name, relays: quote.relays.map((relay) => relay.name), article: quote.article }),
    attributionLabel: quote.attributionLabel,
    claimTitle: quote.claimTitle,
    paragraphText: paragraph.text,
    article: { originalUrl: quote.article.originalUrl, ...capture },
  };
}
