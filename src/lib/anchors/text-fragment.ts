/**
 * Links into the original article at the quoted passage, with a Text Fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=[prefix-,]start[,end][,-suffix]`.
 * Browsers that support it scroll to and highlight the words; others open the page as usual.
 */
import { collapseWhitespace } from '../text.ts';

/** A long passage is addressed by its first and last words rather than copied whole into the URL. */
const WORDS_AT_EACH_END = 5;
const MAX_EXACT_LENGTH = 120;
/** Context words used when the passage is not unique on the page. */
const CONTEXT_WORDS = 3;

/** Percent-encodes a term; "-", "," and "&" are syntax in a text directive, so they are encoded too. */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/gu, '%2D');
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

export interface TextFragmentInput {
  /** The original article's address. */
  url: string;
  /** The quoted words, as the article prints them. */
  text: string;
  /** The full text of the page as captured, to tell whether the words are unique on it. */
  pageText: string;
  /** The words just before and after the quote in its paragraph, used only when it is not unique. */
  before?: string | undefined;
  after?: string | undefined;
}

/** The original address with a text directive pointing at the quoted words. */
export function buildTextFragmentUrl({ url, text, pageText, before = '', after = '' }: TextFragmentInput): string {
  const quote = collapseWhitespace(text);
  const words = quote.split(' ');
  const page = collapseWhitespace(pageText).toLowerCase(); // text fragments match case-insensitively
  const long = quote.length > MAX_EXACT_LENGTH && words.length > WORDS_AT_EACH_END * 2;
  const start = long ? words.slice(0, WORDS_AT_EACH_END).join(' ') : quote;
  const end = long ? words.slice(-WORDS_AT_EACH_END).join(' ') : undefined;
  const unique = countOccurrences(page, start.toLowerCase()) <= 1 && (end === undefined || countOccurrences(page, end.toLowerCase()) <= 1);
  const prefix = unique ? '' : collapseWhitespace(before).split(' ').filter(Boolean).slice(-CONTEXT_WORDS).join(' ');
  const suffix = unique ? '' : collapseWhitespace(after).split(' ').filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
  const parts = [
    prefix ? `${encodeTextDirectiveTerm(prefix)}-,` : '',
    encodeTextDirectiveTerm(start),
    end === undefined ? '' : `,${encodeTextDirectiveTerm(end)}`,
    suffix ? `,-${encodeTextDirectiveTerm(suffix)}` : '',
  ];
  const base = url.split('#')[0] ?? url;
  return `${base}#:~:text=${parts.join('')}`;
}

/**
 * The address without its fragment directive (`:~:text=…` and anything after `:~:`), keeping an
 * ordinary fragment before it. The directive only tells a browser which words to highlight; written
 * out on paper it is a line of percent-escapes a reader cannot use, while the page address still is.
 */
export function withoutFragmentDirective(url: string): string {
  const hash = url.indexOf('#');
  if (hash === -1) return url;
  const directive = url.indexOf(':~:', hash);
  if (directive === -1) return url;
  return directive === hash + 1 ? url.slice(0, hash) : url.slice(0, directive);
}
