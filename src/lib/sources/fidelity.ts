/**
 * Fidelity of an article copy to the raw capture it was made from: nothing invented, nothing silently
 * dropped. Compared line by line, exactly: the only leeway is surrounding whitespace and a leading
 * "•" bullet, which the copy turns into a Markdown list.
 */
import { splitLines } from '../text.ts';

/** An article copy, reduced to the text it claims to take from its capture. */
export interface CopyToCheck {
  /** The raw capture, as stored. */
  capture: string;
  /** Every block of the rendered body (paragraphs, list items, headings, captions), in order. */
  blocks: readonly string[];
  /**
   * Frontmatter values copied from the capture (headline, byline …), by field path. A `wholeLine` value
   * must be a complete line of the capture; any other (a dateline) must appear within one.
   */
  fields: readonly CopiedField[];
  /** The recorded omissions, in order. */
  omissions: readonly { text: string }[];
}

/** A frontmatter value that claims to be copied from the capture. */
export interface CopiedField {
  field: string;
  text: string;
  wholeLine: boolean;
}

export type FidelityProblem =
  | { kind: 'block-not-in-capture'; text: string }
  | { kind: 'block-repeated'; text: string; inCopy: number; inCapture: number }
  | { kind: 'field-not-in-capture'; field: string; text: string }
  | { kind: 'omission-not-in-capture'; index: number; text: string }
  | { kind: 'line-unaccounted'; line: number; text: string };

/** A capture or copy line reduced to what must match: no surrounding whitespace, no list bullet. */
export function normalizeLine(line: string): string {
  return line.trim().replace(/^•\s*/u, '');
}

function meaningfulLines(text: string): string[] {
  return splitLines(text)
    .map(normalizeLine)
    .filter((line) => line.length > 0);
}

function countInto(counts: Map<string, number>, lines: readonly string[]): void {
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((line, offset) => haystack[start + offset] === line)) return true;
  }
  return false;
}

/** Checks a copy against its capture; returns every problem found, none when the copy is faithful. */
export function checkFidelity(copy: CopyToCheck): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const captureLines = splitLines(copy.capture).map(normalizeLine);
  const captureCounts = new Map<string, number>();
  countInto(
    captureCounts,
    captureLines.filter((line) => line.length > 0),
  );

  const accounted = new Map<string, number>();

  const bodyCounts = new Map<string, number>();
  for (const block of copy.blocks) {
    const lines = meaningfulLines(block);
    countInto(bodyCounts, lines);
    countInto(accounted, lines);
    if (lines.some((line) => !captureCounts.has(line))) problems.push({ kind: 'block-not-in-capture', text: block });
  }
  for (const [line, inCopy] of bodyCounts) {
    const inCapture = captureCounts.get(line) ?? 0;
    if (inCapture > 0 && inCopy > inCapture) problems.push({ kind: 'block-repeated', text: line, inCopy, inCapture });
  }

  for (const { field, text, wholeLine } of copy.fields) {
    const line = normalizeLine(text);
    const found = wholeLine ? captureCounts.has(line) : copy.capture.includes(text);
    if (!found) problems.push({ kind: 'field-not-in-capture', field, text });
    else countInto(accounted, [line]);
  }

  const nonEmptyCapture = captureLines.filter((line) => line.length > 0);
  copy.omissions.forEach(({ text }, index) => {
    const lines = meaningfulLines(text);
    if (containsRun(nonEmptyCapture, lines)) countInto(accounted, lines);
    else problems.push({ kind: 'omission-not-in-capture', index, text });
  });

  const used = new Map<string, number>();
  captureLines.forEach((line, index) => {
    if (line.length === 0) return;
    const count = (used.get(line) ?? 0) + 1;
    used.set(line, count);
    if (count > (accounted.get(line) ?? 0)) problems.push({ kind: 'line-unaccounted', line: index + 1, text: line });
  });

  return problems;
}
