/**
 * Search normalisation, shared by the index builder and the search page (this module ships to the
 * browser: keep it small and free of imports). Index and query go through the same steps, so the
 * same results come back whichever form a reader types:
 *
 * - case and diacritics are folded ("Türkiye" → "turkiye"), possessives and apostrophes dropped;
 * - numbers are unified: "70,000", "70 000" and "70000" → "70000"; "80%", "80 percent" and
 *   "80 per cent" → "80 percent"; "four million" and "4 million" → "4000000"; "3rd" → "third";
 * - the glossary's spelling variants are mapped together: every form of a name becomes one
 *   canonical token ("=<glossary id>"), so "Tehreek-i-Taliban" finds "Tehrik-e-Taliban".
 */

/** What a result is; the search page groups results in this order. */
export const SEARCH_KINDS = ['claim', 'quote', 'passage', 'person', 'name'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A normalised token with the span of the original text it stands for. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Variants of one glossary name as normalised token sequences, and the canonical token they map to. */
export interface GlossaryVariants {
  canonical: string;
  variants: string[][];
}

/** Words too common to search on; queries made only of them find nothing. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from in is it of on or that the this to was were with'.split(' '),
);

const SMALL_NUMBERS: Record<string, number> = {};
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((word, value) => (SMALL_NUMBERS[word] = value));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((word, index) => (SMALL_NUMBERS[word] = (index + 2) * 10));
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');

/** Numbers with thousands separators, ordinals, plain numbers, words (with inner apostrophes), "%". */
const RAW_TOKEN = /\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:st|nd|rd|th)(?![\p{L}\p{N}])|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|%/gu;

/** Lowercase, no diacritics, no possessive "'s", no apostrophes. */
function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
}

function rawTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(RAW_TOKEN)) {
    const start = match.index;
    const raw = match[0];
    let term = /^\d/u.test(raw) ? raw.replace(/[,\u00a0\u202f ]/gu, '') : foldWord(raw);
    const ordinal = /^(\d+)(?:st|nd|rd|th)$/u.exec(term);
    if (ordinal) term = ORDINALS[Number(ordinal[1]) - 1] ?? (ordinal[1] as string);
    tokens.push({ term: term === '%' ? 'percent' : term, start, end: start + raw.length });
  }
  return tokens;
}

function numberValue(term: string): number | undefined {
  if (/^\d+$/u.test(term)) return Number(term);
  return SMALL_NUMBERS[term];
}

/** Joins "per cent" and spelled-out or scaled numbers ("four million", "twenty five") into one token. */
function unifyNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    if (token.term === 'per' && next?.term === 'cent') {
      out.push({ term: 'percent', start: token.start, end: next.end });
      index += 1;
      continue;
    }
    const first = numberValue(token.term);
    if (first === undefined) {
      out.push(token);
      continue;
    }
    let total = 0;
    let current = first;
    let last = index;
    for (let at = index + 1; at < tokens.length; at += 1) {
      const term = (tokens[at] as Token).term;
      const small = SMALL_NUMBERS[term];
      if (term === 'hundred' && current > 0 && current < 100) current *= 100;
      else if (SCALES[term] !== undefined && current > 0) {
        total += current * (SCALES[term] as number);
        current = 0;
      } else if (small !== undefined && small < 10 && current % 100 >= 20 && current % 10 === 0) current += small;
      else break;
      last = at;
    }
    out.push({ term: String(total + current), start: token.start, end: (tokens[last] as Token).end });
    index = last;
  }
  return out;
}

/**
 * Replaces every glossary variant (longest first) by its canonical token. With `keepOriginals`
 * (the index side) the original words stay too, so a document still matches its own words.
 */
function applyGlossary(tokens: Token[], glossary: readonly GlossaryVariants[], keepOriginals: boolean): Token[] {
  if (glossary.length === 0) return tokens;
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    let best: { canonical: string; length: number } | undefined;
    for (const { canonical, variants } of glossary) {
      for (const variant of variants) {
        if (variant.length > (best?.length ?? 0) && variant.every((term, offset) => tokens[index + offset]?.term === term)) {
          best = { canonical, length: variant.length };
        }
      }
    }
    if (!best) {
      out.push(tokens[index] as Token);
      continue;
    }
    const last = tokens[index + best.length - 1] as Token;
    out.push({ term: best.canonical, start: (tokens[index] as Token).start, end: last.end });
    if (keepOriginals) out.push(...tokens.slice(index, index + best.length));
    index += best.length - 1;
  }
  return out;
}

/** Normalises text into search tokens, with their spans in the original text. */
export function tokenize(text: string, glossary: readonly GlossaryVariants[] = [], side: 'index' | 'query' = 'query'): Token[] {
  return applyGlossary(unifyNumbers(rawTokens(text)), glossary, side === 'index');
}

/** The search index shard a term lives in: its first character ("glossary" for canonical tokens). */
export function shardKey(term: string): string {
  const first = term.charAt(0);
  if (first === '=') return 'glossary';
  return /^[a-z0-9]$/u.test(first) ? first : `u${(first.codePointAt(0) ?? 0).toString(16)}`;
}

/** The normalised form of a glossary variant, as the token sequence it matches. */
export function variantTerms(variant: string): string[] {
  return unifyNumbers(rawTokens(variant)).map((token) => token.term);
}
