/**
 * Breaking text into lines that fit a width, and cutting what does not fit with an ellipsis, so a
 * preview card never overflows and always shows that something was left out.
 */

export const ELLIPSIS = '…';

/** The lines text is set in, and whether any of it was left out. */
export interface FittedText {
  lines: string[];
  cut: boolean;
}

export interface FitOptions {
  /** The width of a piece of text, in the same unit as `maxWidth`. */
  measure: (text: string) => number;
  maxWidth: number;
  maxLines: number;
}

/** Splits a word wider than the line into pieces that fit, character by character. */
function splitWord(word: string, measure: FitOptions['measure'], maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && measure(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Whether text leaves a curly double quotation open (more “ than ”). */
function leavesQuoteOpen(text: string): boolean {
  return (text.match(/\u201C/gu)?.length ?? 0) > (text.match(/\u201D/gu)?.length ?? 0);
}

/**
 * Ends a line with an ellipsis, dropping words (or characters of a lone word) until both fit. Cut
 * inside a quotation, the ellipsis closes it (“will not permit…”), so the cut words still read as
 * the quotation they are.
 */
function endWithEllipsis(line: string, before: string, measure: FitOptions['measure'], maxWidth: number): string {
  let kept = line.trimEnd();
  const ending = () => (leavesQuoteOpen(`${before} ${kept}`) ? `${ELLIPSIS}\u201D` : ELLIPSIS);
  while (kept !== '' && measure(kept + ending()) > maxWidth) {
    const lastSpace = kept.lastIndexOf(' ');
    kept = (lastSpace > 0 ? kept.slice(0, lastSpace) : [...kept].slice(0, -1).join('')).trimEnd();
  }
  return kept + ending();
}

/**
 * Breaks `text` at spaces into at most `maxLines` lines no wider than `maxWidth` (a word wider than a
 * line is broken inside); when it does not all fit, the last line ends with an ellipsis.
 */
export function fitLines(text: string, { measure, maxWidth, maxLines }: FitOptions): FittedText {
  const words = text.split(/\s+/u).filter((word) => word !== '').flatMap((word) => (measure(word) > maxWidth ? splitWord(word, measure, maxWidth) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) {
      lines[maxLines - 1] = endWithEllipsis(line, lines.slice(0, -1).join(' '), measure, maxWidth);
      return { lines, cut: true };
    }
    line = word;
  }
  if (line !== '') lines.push(line);
  return { lines, cut: false };
}

/**
 * Cuts `text` to at most `maxLength` characters (code points), at a space where there is one, ending
 * with an ellipsis (closing a quotation it cuts, as fitLines does); text that fits is returned as
 * it is. For `twitter:title` (70), `twitter:description` (200) and image alt text.
 */
export function truncateText(text: string, maxLength: number): string {
  const characters = [...text.trim()];
  if (characters.length <= maxLength) return characters.join('');
  const cut = (room: number) => {
    const kept = characters.slice(0, room).join('');
    // A word that ends right at the cut is kept whole.
    if (/\s/u.test(characters[room] ?? ' ')) return kept.trimEnd();
    const lastSpace = kept.lastIndexOf(' ');
    return (lastSpace > 0 ? kept.slice(0, lastSpace) : kept).trimEnd();
  };
  const kept = cut(maxLength - 1);
  if (!leavesQuoteOpen(kept)) return kept + ELLIPSIS;
  const shorter = cut(maxLength - 2);
  return `${shorter}${ELLIPSIS}${leavesQuoteOpen(shorter) ? '\u201D' : ''}`;
}
