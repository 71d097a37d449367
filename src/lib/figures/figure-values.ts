/**
 * Reading the value of a figure from the words an article gives it ("70,000 to 80,000 people",
 * "more than 80% of TTP attacks", "hundreds of checkpoints"), by code, never by hand: the value
 * sorts the figures page and is what search matches. Numbers are read by the search normaliser
 * (src/lib/search/search-text.ts), so "80k", "70 thousand" and "seventy thousand" mean to search
 * exactly what they mean here.
 */
import { tokenize, type Token } from '../search/search-text.ts';

/** Words before the number that bound or soften it, as the article writes them. */
const QUALIFIERS = ['more than', 'over', 'at least', 'up to', 'nearly', 'almost', 'about', 'around', 'roughly', 'some'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Words that give an order of magnitude and no number: ACLED's "tens" and "hundreds". */
const MAGNITUDE_WORDS = ['dozens', 'scores', 'tens', 'hundreds', 'thousands', 'millions', 'billions'] as const;

/** What between two numbers makes them the ends of one range. */
const RANGE_JOINS = new Set(['to', '-', '‐', '‑', '–', '—']);

export type FigureValue =
  | { kind: 'number'; value: number; percent: boolean; qualifier?: Qualifier | undefined }
  | { kind: 'range'; low: number; high: number; percent: boolean; qualifier?: Qualifier | undefined }
  /** Words such as "hundreds" or "tens of thousands": a size, but no number to sort or match. */
  | { kind: 'magnitude'; words: string }
  /** Not a figure's wording: no number, or numbers that are not one value or one range. */
  | { kind: 'unreadable'; reason: string };

const isNumberTerm = (token: Token) => /^\d/u.test(token.term);

/** The value of a figure's wording. */
export function readFigureValue(wording: string): FigureValue {
  const tokens = tokenize(wording);
  const numbers = tokens.filter(isNumberTerm);
  const percent = tokens.some((token) => token.term === 'percent');
  const qualifier = qualifierBefore(wording, numbers[0]);
  if (numbers.length === 0) {
    const magnitude = magnitudeIn(wording);
    return magnitude === undefined ? { kind: 'unreadable', reason: 'holds no number' } : { kind: 'magnitude', words: magnitude };
  }
  const [first, second] = numbers as [Token, Token | undefined];
  if (numbers.length === 1) return { kind: 'number', value: Number(first.term), percent, qualifier };
  if (numbers.length === 2 && second && RANGE_JOINS.has(wording.slice(first.end, second.start).trim())) {
    const [low, high] = [Number(first.term), Number(second.term)];
    if (low < high) return { kind: 'range', low, high, percent, qualifier };
    return { kind: 'unreadable', reason: `reads as a range from ${formatNumber(low)} down to ${formatNumber(high)}` };
  }
  return {
    kind: 'unreadable',
    reason: `holds ${numbers.length} numbers (${numbers.map((token) => wording.slice(token.start, token.end)).join(', ')}) that are not the two ends of one range`,
  };
}

function qualifierBefore(wording: string, number: Token | undefined): Qualifier | undefined {
  if (number === undefined) return undefined;
  const before = wording.slice(0, number.start).trim().toLowerCase().replace(/\s+/gu, ' ');
  return QUALIFIERS.find((qualifier) => before === qualifier || before.endsWith(` ${qualifier}`));
}

function magnitudeIn(wording: string): string | undefined {
  const words = wording.toLowerCase().match(/\p{L}+/gu) ?? [];
  const at = words.findIndex((word) => (MAGNITUDE_WORDS as readonly string[]).includes(word));
  if (at === -1) return undefined;
  // "tens of thousands": the whole phrase is the magnitude.
  const next = words[at + 2];
  return words[at + 1] === 'of' && next !== undefined && (MAGNITUDE_WORDS as readonly string[]).includes(next) ? `${words[at]} of ${next}` : words[at];
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en');
}

/** The value as the page states it, e.g. "70,000 to 80,000", "more than 80%". */
export function describeFigureValue(value: FigureValue): string {
  switch (value.kind) {
    case 'number':
    case 'range': {
      const sign = value.percent ? '%' : '';
      const amount = value.kind === 'number' ? `${formatNumber(value.value)}${sign}` : `${formatNumber(value.low)}${sign} to ${formatNumber(value.high)}${sign}`;
      return value.qualifier === undefined ? amount : `${value.qualifier} ${amount}`;
    }
    case 'magnitude':
      return `“${value.words}”: a size, no number`;
    case 'unreadable':
      return `not read: the wording ${value.reason}`;
  }
}

/**
 * The number a figure sorts by: a range by its upper end (the larger claim), a size without a number
 * not at all. Qualifiers do not move it: "more than 80%" sorts with 80%.
 */
export function sortValue(value: FigureValue): number | undefined {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'range') return value.high;
  return undefined;
}
