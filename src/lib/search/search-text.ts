/**
 * Search normalisation, shared by the index builder and the search page (this module ships to the
 * browser: keep it small; its one import is the Porter stemmer). Index and query go through the same
 * steps, so the same results come back whichever form a reader types:
 *
 * - case and diacritics are folded ("Türkiye" → "turkiye"), possessives and apostrophes dropped;
 * - function and question words are dropped ("who", "did", "about"), so a question finds what a
 *   phrase would;
 * - English word forms meet through the Porter stemmer ("killed", "killing" → "kill");
 * - numbers are unified: "70,000", "70 000", "70000", "70k", "70 thousand" and "seventy thousand"
 *   → "70000"; in "70-80 thousand" both ends are thousands; "80%", "80 percent" and "80 per cent"
 *   → "80 percent"; "3rd" → "third";
 * - on the index side, a hyphenated compound is also indexed whole ("cease-fire" → "ceasefire"), so
 *   that it meets the compound written solid; the search engine joins query words the same way;
 * - the glossary's spelling variants are mapped together: every form of a name becomes one
 *   canonical token ("=<glossary id>"), so "Tehreek-i-Taliban" finds "Tehrik-e-Taliban".
 */
import { stemmer } from 'stemmer';

/** What a result is; the search page groups results in this order. */
export const SEARCH_KINDS = ['claim', 'figure', 'quote', 'passage', 'person', 'name', 'event', 'correction'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A normalised token with the span of the original text it stands for. */
export interface Token {
  /** What is indexed and matched: a stem, a number, or a canonical glossary token. */
  term: string;
  /** The folded word as written, before stemming (none for a canonical glossary token). */
  word?: string | undefined;
  start: number;
  end: number;
}

/** Variants of one glossary name as normalised token sequences, and the canonical token they map to. */
export interface GlossaryVariants {
  canonical: string;
  variants: string[][];
}

/**
 * Words that say nothing about what a reader is looking for: articles, prepositions, pronouns,
 * auxiliaries, question words and reporting verbs ("what did the Taliban say about the fence" is a
 * search for "Taliban fence"). Negations stay: "no ill will" and "not a humanitarian issue" need them.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    'a an the and or but if so as at by for from in into of off on onto out over to up with about than then',
    'is are was were be been being am do does did doing done has have had having can could would should shall may might must',
    'it its this that these those there here he him his she her hers they them their theirs we our ours you your yours i me my',
    'what which who whom whose why when where how whether many much very also just any',
    'say says said saying tell tells told',
  ]
    .join(' ')
    .split(' '),
);

// No prototype: "constructor" or "toString" in a text must not read as a number.
const SMALL_NUMBERS: Record<string, number> = Object.create(null) as Record<string, number>;
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((word, value) => (SMALL_NUMBERS[word] = value));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((word, index) => (SMALL_NUMBERS[word] = (index + 2) * 10));
const SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { thousand: 1e3, million: 1e6, billion: 1e9 });
/** Scales written as a suffix: "80k", "4m", "4mn", "2bn". */
const SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');

/** Numbers with thousands separators, ordinals, numbers with a scale suffix, plain numbers, words (with inner apostrophes), "%". */
const RAW_TOKEN =
  /\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:st|nd|rd|th)(?![\p{L}\p{N}])|\d+(?:\.\d+)?(?:k|m|mn|bn)(?![\p{L}\p{N}])|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|%/giu;

/** What may join two parts of a compound ("cease-fire") or the two ends of a range ("70–80"). */
const HYPHEN_CHARS = '-‐‑–—';
const isHyphen = (gap: string) => gap.length === 1 && HYPHEN_CHARS.includes(gap);
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Lowercase, no diacritics, no possessive "'s", no apostrophes. */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = word
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/['’]/gu, '');
    foldedWords.set(word, folded);
  }
  return folded;
}
/** Words already folded and stemmed: the same few thousand words come back in every text. */
const foldedWords = new Map<string, string>();
const stems = new Map<string, string>();

/** The form a folded word is indexed under: its Porter stem, or itself for numbers and very short words. */
export function stemWord(word: string): string {
  if (word.length <= 2 || /\d/u.test(word)) return word;
  let stem = stems.get(word);
  if (stem === undefined) stems.set(word, (stem = stemmer(word)));
  return stem;
}

function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** Numbers written with a scale suffix ("80k"), and the scale: in "70–80k", 70 takes it too. */
const suffixScales = new WeakMap<Token, number>();

function rawTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(RAW_TOKEN)) {
    const start = match.index;
    const raw = match[0];
    let term: string;
    let scale: number | undefined;
    if (/^\d/u.test(raw)) {
      const scaled = /^(\d+(?:\.\d+)?)(k|mn|m|bn)$/iu.exec(raw);
      const ordinal = /^(\d+)(?:st|nd|rd|th)$/iu.exec(raw);
      scale = scaled ? SUFFIX_SCALES[(scaled[2] as string).toLowerCase()] : undefined;
      if (scaled && scale) term = formatNumber(Number(scaled[1]) * scale);
      else if (ordinal) term = ORDINALS[Number(ordinal[1]) - 1] ?? (ordinal[1] as string);
      else term = raw.replace(/[,\u00a0\u202f ]/gu, '');
    } else term = raw === '%' ? 'percent' : foldWord(raw);
    const token = { term, word: term, start, end: start + raw.length };
    if (scale) suffixScales.set(token, scale);
    tokens.push(token);
  }
  return tokens;
}

function numberValue(term: string): number | undefined {
  if (!isDigit(term.charCodeAt(0))) return SMALL_NUMBERS[term];
  return /^\d+(?:\.\d+)?$/u.test(term) ? Number(term) : undefined;
}

/** The number starting at `index` ("four million", "twenty five"), with the scale it ended on. */
function readNumber(tokens: readonly Token[], index: number): { value: number; scale: number; last: number } | undefined {
  const first = numberValue((tokens[index] as Token).term);
  if (first === undefined) return undefined;
  let total = 0;
  let current = first;
  let scale = suffixScales.get(tokens[index] as Token) ?? 1;
  let last = index;
  for (let at = index + 1; at < tokens.length; at += 1) {
    const term = (tokens[at] as Token).term;
    const small = SMALL_NUMBERS[term];
    if (term === 'hundred' && current > 0 && current < 100) current *= 100;
    else if (SCALES[term] !== undefined && current > 0) {
      scale = SCALES[term] as number;
      total += current * scale;
      current = 0;
    } else if (small !== undefined && small < 10 && current % 100 >= 20 && current % 10 === 0 && Number.isInteger(current)) current += small;
    else break;
    last = at;
  }
  return { value: total + current, scale, last };
}

/**
 * Joins "per cent" and spelled-out or scaled numbers ("four million", "twenty five") into one token;
 * in a range whose upper end has a scale ("70-80 thousand", "70 to 80 thousand"), the lower end takes it too.
 */
function unifyNumbers(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    if (token.term === 'per' && next?.term === 'cent') {
      out.push({ term: 'percent', word: 'percent', start: token.start, end: next.end });
      index += 1;
      continue;
    }
    const number = readNumber(tokens, index);
    if (!number) {
      out.push(token);
      continue;
    }
    let { value } = number;
    if (number.scale === 1 && number.last === index && next) {
      const upperAt = next.term === 'to' ? index + 2 : isHyphen(text.slice(token.end, next.start).trim()) ? index + 1 : -1;
      const upper = upperAt > index ? readNumber(tokens, upperAt) : undefined;
      if (upper && upper.scale > 1 && value < upper.scale) value *= upper.scale;
    }
    const term = formatNumber(value);
    out.push({ term, word: term, start: token.start, end: (tokens[number.last] as Token).end });
    index = number.last;
  }
  return out;
}

/** A stemmed token, and whether it is a function word (dropped once glossary names are matched). */
interface StemmedToken extends Token {
  stop: boolean;
}

/**
 * Stems every word and marks the function words. Also returns, for the index, each hyphenated
 * compound of two to four parts whole ("cease-fire" → "ceasefire"), kept apart so that glossary
 * names still match the word sequences they are made of.
 */
function stemTokens(tokens: readonly Token[], text: string): { plain: StemmedToken[]; compounds: Token[] } {
  const plain: StemmedToken[] = [];
  const compounds: Token[] = [];
  const hyphenBefore = (at: number) => {
    const end = at > 0 ? (tokens[at - 1] as Token).end : -1;
    return end >= 0 && (tokens[at] as Token).start === end + 1 && isHyphen(text.charAt(end));
  };
  const isNumber = (at: number) => isDigit((tokens[at] as Token).term.charCodeAt(0));
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    plain.push({ term: isNumber(index) ? token.term : stemWord(token.term), word: token.word, start: token.start, end: token.end, stop: STOPWORDS.has(token.term) });
    if (isNumber(index) || hyphenBefore(index)) continue;
    let last = index;
    while (last + 1 < tokens.length && last - index < 3 && !isNumber(last + 1) && hyphenBefore(last + 1)) last += 1;
    if (last === index) continue;
    const joined = tokens
      .slice(index, last + 1)
      .map((part) => part.term)
      .join('');
    compounds.push({ term: stemWord(joined), word: joined, start: token.start, end: (tokens[last] as Token).end });
  }
  return { plain, compounds };
}

/**
 * Replaces every glossary variant (longest first) by its canonical token, then drops function
 * words. With `keepOriginals` (the index side) the original words stay too, so a document still
 * matches its own words.
 */
function applyGlossary(tokens: readonly StemmedToken[], glossary: readonly GlossaryVariants[], keepOriginals: boolean): Token[] {
  const byFirst = variantsByFirstTerm(glossary);
  const out: Token[] = [];
  const keep = (token: StemmedToken) => {
    if (!token.stop) out.push({ term: token.term, word: token.word, start: token.start, end: token.end });
  };
  for (let index = 0; index < tokens.length; index += 1) {
    let best: { canonical: string; length: number } | undefined;
    for (const { canonical, variant } of byFirst.get((tokens[index] as Token).term) ?? []) {
      if (variant.length > (best?.length ?? 0) && variant.every((term, offset) => tokens[index + offset]?.term === term)) {
        best = { canonical, length: variant.length };
      }
    }
    if (!best) {
      keep(tokens[index] as StemmedToken);
      continue;
    }
    const last = tokens[index + best.length - 1] as Token;
    out.push({ term: best.canonical, start: (tokens[index] as Token).start, end: last.end });
    if (keepOriginals) tokens.slice(index, index + best.length).forEach(keep);
    index += best.length - 1;
  }
  return out;
}

/** The glossary's variants by their first term, so each token is checked against the few that can start there. */
const variantIndexes = new WeakMap<readonly GlossaryVariants[], Map<string, { canonical: string; variant: string[] }[]>>();
function variantsByFirstTerm(glossary: readonly GlossaryVariants[]): Map<string, { canonical: string; variant: string[] }[]> {
  let index = variantIndexes.get(glossary);
  if (!index) {
    index = new Map();
    for (const { canonical, variants } of glossary) {
      for (const variant of variants) {
        const first = variant[0];
        if (first !== undefined) index.set(first, [...(index.get(first) ?? []), { canonical, variant }]);
      }
    }
    variantIndexes.set(glossary, index);
  }
  return index;
}

/**
 * Normalises text into search tokens, with their spans in the original text. The index side keeps a
 * glossary name's own words beside its canonical token, and adds hyphenated compounds whole.
 */
export function tokenize(text: string, glossary: readonly GlossaryVariants[] = [], side: 'index' | 'query' = 'query'): Token[] {
  const { plain, compounds } = stemTokens(unifyNumbers(rawTokens(text), text), text);
  const named = applyGlossary(plain, glossary, side === 'index');
  if (side === 'query' || compounds.length === 0) return named;
  return [...named, ...compounds].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The search index shard a term lives in: its first character ("glossary" for canonical tokens). */
export function shardKey(term: string): string {
  const first = term.charAt(0);
  if (first === '=') return 'glossary';
  return /^[a-z0-9]$/u.test(first) ? first : `u${(first.codePointAt(0) ?? 0).toString(16)}`;
}

/**
 * A shard's terms, in the order of its postings: the stems of its words as written, which are most
 * of its terms and which the index therefore does not write out, with the terms it lists (those
 * that are no word's stem: canonical names), sorted. The index and the searcher both call this, so
 * they agree on the order; a stem that is no term has an empty posting list.
 */
export function shardTerms(words: readonly string[], listed: readonly string[]): string[] {
  return [...new Set([...words.map(stemWord), ...listed])].sort();
}

/** The normalised form of a glossary variant, as the token sequence it matches. */
export function variantTerms(variant: string): string[] {
  // Function words stay: a name is matched word for word ("Islamic Emirate of Afghanistan", "IS-K").
  return stemTokens(unifyNumbers(rawTokens(variant), variant), variant).plain.map((token) => token.term);
}
