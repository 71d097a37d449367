/**
 * Where two texts that should be equal differ, said so that an editor can find and fix it: the
 * character position, the characters on each side by name and code point (an invisible no-break or
 * zero-width space is named, not shown as a blank), and the text around the difference.
 */

/** Names of characters that look like nothing, or like a plain space, in an editor or a terminal. */
const CHARACTER_NAMES: ReadonlyMap<number, string> = new Map([
  [0x09, 'tab'],
  [0x0a, 'line break'],
  [0x0d, 'carriage return'],
  [0x20, 'space'],
  [0xa0, 'no-break space'],
  [0xad, 'soft hyphen'],
  [0x034f, 'combining grapheme joiner'],
  [0x061c, 'Arabic letter mark'],
  [0x1680, 'Ogham space mark'],
  [0x180e, 'Mongolian vowel separator'],
  [0x2000, 'en quad'],
  [0x2001, 'em quad'],
  [0x2002, 'en space'],
  [0x2003, 'em space'],
  [0x2004, 'three-per-em space'],
  [0x2005, 'four-per-em space'],
  [0x2006, 'six-per-em space'],
  [0x2007, 'figure space'],
  [0x2008, 'punctuation space'],
  [0x2009, 'thin space'],
  [0x200a, 'hair space'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x2028, 'line separator'],
  [0x2029, 'paragraph separator'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x202f, 'narrow no-break space'],
  [0x205f, 'medium mathematical space'],
  [0x2060, 'word joiner'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0x3000, 'ideographic space'],
  [0xfeff, 'zero-width no-break space (byte order mark)'],
]);

/** True for a character that shows as nothing or as a blank: spaces, controls and format characters. */
function isInvisible(char: string): boolean {
  return /^[\p{Z}\p{Cc}\p{Cf}\u034f\u180e]$/u.test(char);
}

/** The code point as Unicode writes it, e.g. `U+2019`. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One character for a report: `’ U+2019`, or by name when it is invisible: `no-break space U+00A0`. */
export function describeCharacter(char: string): string {
  const name = CHARACTER_NAMES.get(char.codePointAt(0) ?? 0);
  if (name !== undefined) return `${name} ${codePointLabel(char)}`;
  if (isInvisible(char)) return `invisible character ${codePointLabel(char)}`;
  return `${char} ${codePointLabel(char)}`;
}

/** Text for a report with every invisible character but the plain space shown as `[U+00A0]`. */
export function showInvisible(text: string): string {
  return Array.from(text, (char) => (char !== ' ' && isInvisible(char) ? `[${codePointLabel(char)}]` : char)).join('');
}

/** How `found` differs from `expected`: where, what each side has there, and the text around it. */
export interface TextDifference {
  /** 1-based position (in characters) of the first difference, the same in both texts. */
  position: number;
  /** The differing stretch of each text; empty where one text has nothing there. */
  expected: string;
  found: string;
  /** A stretch of each text around the difference, with "…" where it is cut. */
  expectedContext: string;
  foundContext: string;
}

/** Characters (code points) the two texts share at their start. */
function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/** Characters the two texts share at their end, not reaching into the first `prefix` of either. */
function sharedSuffix(a: readonly string[], b: readonly string[], prefix: number): number {
  let length = 0;
  while (length < a.length - prefix && length < b.length - prefix && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Characters of context shown on each side of a difference. */
const CONTEXT = 30;

function contextOf(chars: readonly string[], start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(chars.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${showInvisible(chars.slice(from, to).join(''))}${to < chars.length ? '…' : ''}`;
}

/** Finds the first difference between two texts; undefined when they are equal. */
export function findDifference(expected: string, found: string): TextDifference | undefined {
  if (expected === found) return undefined;
  const a = Array.from(expected);
  const b = Array.from(found);
  let prefix = sharedPrefix(a, b);
  const suffix = sharedSuffix(a, b, prefix);
  let aEnd = a.length - suffix;
  let bEnd = b.length - suffix;
  // A change of more than a character or two reads best as whole words ("Friday" for "Saturday").
  // Only a stretch that starts or ends inside a word is widened.
  const isWord = (char: string | undefined) => WORD_CHARACTER.test(char ?? '');
  if (aEnd - prefix > 2 || bEnd - prefix > 2) {
    if (isWord(a[prefix - 1]) && (isWord(a[prefix]) || isWord(b[prefix]))) {
      while (prefix > 0 && isWord(a[prefix - 1])) prefix -= 1;
    }
    if (isWord(a[aEnd]) && (isWord(a[aEnd - 1]) || isWord(b[bEnd - 1]))) {
      while (aEnd < a.length && bEnd < b.length && isWord(a[aEnd])) {
        aEnd += 1;
        bEnd += 1;
      }
    }
  }
  return {
    position: prefix + 1,
    expected: a.slice(prefix, aEnd).join(''),
    found: b.slice(prefix, bEnd).join(''),
    expectedContext: contextOf(a, prefix, aEnd),
    foundContext: contextOf(b, prefix, bEnd),
  };
}

/** A differing stretch for a report: characters by name when short, else the text in quotation marks. */
function describeStretch(stretch: string): string {
  if (stretch.length === 0) return 'nothing';
  const chars = Array.from(stretch);
  if (chars.length <= 2) return chars.map(describeCharacter).join(' and ');
  return JSON.stringify(showInvisible(stretch));
}

/**
 * The difference in words, e.g. `character 143: ’ U+2019 in the capture, ' U+0027 in the copy
 * ("…the Taliban’s return…" in the capture, "…the Taliban's return…" in the copy)`.
 */
export function describeDifference(difference: TextDifference, names: { expected: string; found: string }): string {
  const what = `${describeStretch(difference.expected)} in ${names.expected}, ${describeStretch(difference.found)} in ${names.found}`;
  const around = `${JSON.stringify(difference.expectedContext)} in ${names.expected}, ${JSON.stringify(difference.foundContext)} in ${names.found}`;
  return `character ${difference.position}: ${what} (${around})`;
}

/** How alike two texts are, 0 to 1: the share of the longer one that they share at start and end. */
export function similarity(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  const prefix = sharedPrefix(x, y);
  return (prefix + sharedSuffix(x, y, prefix)) / longer;
}

/** Below this similarity a text is not "nearly" another one, and no difference is worth showing. */
export const NEAR_ENOUGH = 0.5;

/**
 * The candidate most like `text` (a corrected word, a changed quotation mark, an added space), with
 * its index; undefined when none is even half alike, as for an invented sentence.
 */
export function findNearest(candidates: readonly string[], text: string): { index: number; text: string } | undefined {
  let best: { index: number; text: string; score: number } | undefined;
  candidates.forEach((candidate, index) => {
    if (candidate.length === 0) return;
    const score = similarity(candidate, text);
    if (score >= NEAR_ENOUGH && (best === undefined || score > best.score)) best = { index, text: candidate, score };
  });
  return best === undefined ? undefined : { index: best.index, text: best.text };
}

/**
 * The stretch of `candidate` that lines up best with `text`, sharing the most with it at start and
 * end: the closest words to a quote are counted in whole words, and may carry a quotation mark, a
 * comma or a word more at either end that the quoted words do not have. Only the first or last half
 * of the candidate is cut away.
 */
export function alignTo(candidate: string, text: string): string {
  const chars = Array.from(candidate);
  const wanted = Array.from(text);
  const n = chars.length;
  // Shared start when the stretch starts at `start`, shared end when it ends at `end`.
  const prefixAt = Array.from({ length: n + 1 }, (_, start) => sharedPrefix(chars.slice(start), wanted));
  const suffixAt = Array.from({ length: n + 1 }, (_, end) => sharedSuffix(chars.slice(0, end), wanted, 0));
  let best = { score: -1, start: 0, end: n };
  for (let start = 0; start <= Math.floor(n / 2); start += 1) {
    for (let end = n; end >= Math.max(start, Math.ceil(n / 2)); end -= 1) {
      const length = end - start;
      const shared = Math.min((prefixAt[start] ?? 0) + (suffixAt[end] ?? 0), length, wanted.length);
      const score = shared / Math.max(length, wanted.length, 1);
      if (score > best.score) best = { score, start, end };
    }
  }
  return chars.slice(best.start, best.end).join('');
}
