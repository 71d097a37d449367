/**
 * Finding a quote in its article. A quote must be the article's own words: matched exactly, allowing
 * only differences of whitespace, never a paraphrase. Words that occur more than once must say which
 * occurrence they mean, by a few words before or after them in the same paragraph.
 */

import { collapseWhitespace } from '../text.ts';

/** A paragraph of an article: its anchor and its text as rendered. */
export interface Paragraph {
  id: string;
  text: string;
}

/** A few words right before or after the quote, to pick one occurrence of repeated words. */
export interface QuoteContext {
  before?: string | undefined;
  after?: string | undefined;
}

export interface QuoteLocation {
  paragraphId: string;
  /** Offsets into the paragraph's text as rendered, end exclusive. */
  start: number;
  end: number;
}

export type QuoteMatch =
  | ({ found: true } & QuoteLocation)
  | { found: false; reason: 'empty' }
  | { found: false; reason: 'absent'; closest: ClosestPassage | undefined }
  | { found: false; reason: 'ambiguous'; occurrences: QuoteLocation[] }
  | { found: false; reason: 'context-not-found'; occurrences: QuoteLocation[] };

export interface ClosestPassage {
  paragraphId: string;
  text: string;
  /** Share of the quote's words found in the passage, 0 to 1. */
  score: number;
}

/** Text with whitespace runs collapsed, and for every character of it, its offset in the original. */
interface FoldedText {
  text: string;
  offsets: number[];
}

function foldWhitespace(original: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let index = 0; index < original.length; index += 1) {
    const char = original.charAt(index);
    if (/\s/u.test(char)) {
      if (text.length > 0 && pendingSpace === -1) pendingSpace = index;
      continue;
    }
    if (pendingSpace !== -1) {
      text += ' ';
      offsets.push(pendingSpace);
      pendingSpace = -1;
    }
    text += char;
    offsets.push(index);
  }
  return { text, offsets };
}

function occurrencesIn(paragraph: Paragraph, needle: string): (QuoteLocation & { foldedStart: number; foldedEnd: number; folded: string })[] {
  const folded = foldWhitespace(paragraph.text);
  const found = [];
  for (let at = folded.text.indexOf(needle); at !== -1; at = folded.text.indexOf(needle, at + 1)) {
    const last = at + needle.length - 1;
    found.push({
      paragraphId: paragraph.id,
      start: folded.offsets[at] ?? 0,
      end: (folded.offsets[last] ?? 0) + 1,
      foldedStart: at,
      foldedEnd: at + needle.length,
      folded: folded.text,
    });
  }
  return found;
}

/** Locates a quote in an article's paragraphs, tolerating whitespace only; never guesses. */
export function matchQuote(paragraphs: readonly Paragraph[], quote: string, context: QuoteContext = {}): QuoteMatch {
  const needle = collapseWhitespace(quote);
  if (needle.length === 0) return { found: false, reason: 'empty' };
  const all = paragraphs.flatMap((paragraph) => occurrencesIn(paragraph, needle));
  if (all.length === 0) return { found: false, reason: 'absent', closest: findClosestPassage(paragraphs, quote) };

  const before = context.before === undefined ? undefined : collapseWhitespace(context.before);
  const after = context.after === undefined ? undefined : collapseWhitespace(context.after);
  const fitting = all.filter(
    (occurrence) =>
      (before === undefined || occurrence.folded.slice(0, occurrence.foldedStart).trimEnd().endsWith(before)) &&
      (after === undefined || occurrence.folded.slice(occurrence.foldedEnd).trimStart().startsWith(after)),
  );
  const locations = (list: typeof all) => list.map(({ paragraphId, start, end }) => ({ paragraphId, start, end }));
  if (fitting.length === 0) return { found: false, reason: 'context-not-found', occurrences: locations(all) };
  if (fitting.length > 1) return { found: false, reason: 'ambiguous', occurrences: locations(fitting) };
  const [{ paragraphId, start, end }] = locations(fitting) as [QuoteLocation];
  return { found: true, paragraphId, start, end };
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((word) => word.length > 0);
}

/**
 * The passage of an article most like a quote that was not found, to help an editor fix it: the
 * window of the quote's length (in words) sharing the most words with it.
 */
export function findClosestPassage(paragraphs: readonly Paragraph[], quote: string): ClosestPassage | undefined {
  const quoteWords = words(quote);
  if (quoteWords.length === 0) return undefined;
  const wanted = new Map<string, number>();
  for (const word of quoteWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);

  let best: ClosestPassage | undefined;
  for (const paragraph of paragraphs) {
    const tokens = [...paragraph.text.matchAll(/\S+/gu)];
    const size = Math.min(quoteWords.length, tokens.length);
    for (let start = 0; start + size <= tokens.length; start += 1) {
      const window = tokens.slice(start, start + size);
      const available = new Map(wanted);
      let shared = 0;
      for (const token of window) {
        for (const word of words(token[0])) {
          const left = available.get(word) ?? 0;
          if (left > 0) {
            shared += 1;
            available.set(word, left - 1);
          }
        }
      }
      const score = shared / quoteWords.length;
      if (best === undefined || score > best.score) {
        const first = window[0];
        const last = window[window.length - 1];
        if (first?.index === undefined || last?.index === undefined) continue;
        best = { paragraphId: paragraph.id, text: paragraph.text.slice(first.index, last.index + last[0].length), score };
      }
    }
  }
  return best !== undefined && best.score > 0 ? best : undefined;
}
