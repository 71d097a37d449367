/**
 * Small text helpers shared by the content checks, the quote matcher and (later) the search index.
 * Ships to the client too: keep it free of imports.
 */

/** Collapses every run of whitespace (including no-break spaces) to one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Lowercases and strips diacritics, so "Türkiye" and "turkiye" compare equal. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits text into lines, accepting both LF and CRLF endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/u);
}
