/**
 * Where a quote's words are in the raw capture its article was copied from, as W3C Web Annotation
 * selectors (https://www.w3.org/TR/annotation-model/#text-quote-selector): the exact words as the
 * capture has them, and enough of the capture before and after them that the three together occur
 * exactly once in it. Prefix and exact together, and exact and suffix together, are made unique as
 * well where the capture allows: Hypothesis tries the prefix first and the suffix only when the
 * prefix is not found (product-backlog #1022), and a fuzzy anchorer that has one unique side of the
 * context cannot drift to a lookalike passage elsewhere (client #7571).
 *
 * Offsets count Unicode code points, as the model requires, not UTF-16 code units.
 */
import { matchQuote, type QuoteLocation } from '../claims/quote-match.ts';
import { splitLines } from '../text.ts';
import { normalizeLine } from '../sources/fidelity.ts';

/** Hypothesis's default context length; grown where it does not make the selector unique. */
export const CONTEXT_LENGTH = 32;
const CONTEXT_STEP = 16;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points of the capture before the words. */
  start: number;
  /** Code points of the capture up to the end of the words (exclusive). */
  end: number;
}

export interface CaptureSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface QuoteInCapture {
  /** The quote's words as the site shows them (they may differ from the capture in whitespace). */
  text: string;
  /** The text of the paragraph of the article copy that holds them, lines joined by "\n". */
  paragraphText: string;
  /** The raw capture. */
  capture: string;
  /** Names the quote and capture in an error, e.g. `quote "x" in content/captures/y.txt`. */
  label: string;
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** The normalised capture lines that an occurrence (UTF-16 offsets) lies on, joined by "\n". */
function linesAround(capture: string, { start, end }: QuoteLocation): string {
  const from = capture.lastIndexOf('\n', start - 1) + 1;
  const next = capture.indexOf('\n', end);
  return splitLines(capture.slice(from, next === -1 ? capture.length : next))
    .map(normalizeLine)
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * The quote's occurrence in the capture, in UTF-16 offsets. The words are matched as the content
 * check matches quotes (whitespace only may differ). Where they occur more than once, the one on the
 * lines that make up the quote's paragraph is meant (the fidelity check ties each paragraph to its
 * capture lines); where that still leaves several, nothing is guessed and the build stops.
 */
export function locateInCapture({ text, paragraphText, capture, label }: QuoteInCapture): QuoteLocation {
  const match = matchQuote([{ id: 'capture', text: capture }], text);
  if (match.found) return match;
  if (match.reason !== 'ambiguous') throw new Error(`${label}: the words are not in the capture (${match.reason})`);
  const paragraph = splitLines(paragraphText)
    .map(normalizeLine)
    .filter((line) => line.length > 0)
    .join('\n');
  const onParagraph = match.occurrences.filter((occurrence) => linesAround(capture, occurrence) === paragraph);
  const [only, ...others] = onParagraph;
  if (only === undefined || others.length > 0) {
    throw new Error(
      `${label}: the words occur ${match.occurrences.length} times in the capture, ${onParagraph.length} of them on lines equal to the quote's paragraph, so no selector can say which one is meant`,
    );
  }
  return only;
}

/** Selectors for the quote's words in the capture (see the module comment). */
export function selectInCapture(quote: QuoteInCapture): CaptureSelectors {
  const { start, end } = locateInCapture(quote);
  const points = Array.from(quote.capture);
  const startPoint = Array.from(quote.capture.slice(0, start)).length;
  const endPoint = startPoint + Array.from(quote.capture.slice(start, end)).length;
  const exact = points.slice(startPoint, endPoint).join('');
  const capture = quote.capture;

  let length = CONTEXT_LENGTH;
  for (;;) {
    const prefix = points.slice(Math.max(0, startPoint - length), startPoint).join('');
    const suffix = points.slice(endPoint, endPoint + length).join('');
    const atStart = startPoint - length <= 0;
    const atEnd = endPoint + length >= points.length;
    const whole = countOccurrences(capture, prefix + exact + suffix) === 1;
    const sides = (atStart || countOccurrences(capture, prefix + exact) === 1) && (atEnd || countOccurrences(capture, exact + suffix) === 1);
    if ((whole && sides) || (atStart && atEnd)) {
      if (!whole) throw new Error(`${quote.label}: the words with the whole capture around them are not unique`);
      return { quote: { type: 'TextQuoteSelector', exact, prefix, suffix }, position: { type: 'TextPositionSelector', start: startPoint, end: endPoint } };
    }
    length += CONTEXT_STEP;
  }
}

/** The exact words of a position selector, sliced from the capture by code points. */
export function sliceByCodePoints(capture: string, { start, end }: { start: number; end: number }): string {
  return Array.from(capture).slice(start, end).join('');
}

/** Whether `exact`, with its prefix and suffix, occurs exactly once in the capture. */
export function isUniqueIn(capture: string, { exact, prefix, suffix }: TextQuoteSelector): boolean {
  return countOccurrences(capture, prefix + exact + suffix) === 1;
}
