/**
 * Whether a text uses a name: case-insensitive, as a whole word (not inside a longer word), with any
 * whitespace between its words. Used to check which articles use each spelling in the glossary.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A pattern matching `term` as a whole word, ignoring case and the width of whitespace. */
export function termPattern(term: string): RegExp {
  const body = term
    .trim()
    .split(/\s+/u)
    .map(escapeRegExp)
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** How many times `text` uses `term`. */
export function countTermUses(text: string, term: string): number {
  return [...text.matchAll(termPattern(term))].length;
}
