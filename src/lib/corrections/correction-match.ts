/**
 * Matching corrections to the differences they record, and what to tell an editor whose change has
 * none: a brief word diff, and the entry to paste. A change matches one difference only: the same
 * claim, kind, field and quote, and the same words before and after, so that an entry written for
 * one edit can never excuse another.
 */
import { createHash } from 'node:crypto';
import { quoteInReport } from '../problems/content-problems.ts';
import { collapseWhitespace } from '../text.ts';
import type { ClaimDifference } from './claim-diff.ts';

/** A change as a correction records it (the claim is the correction's). */
export interface RecordedChange {
  kind: string;
  field: string;
  quote?: string | undefined;
  before?: string | undefined;
  after?: string | undefined;
}

/** A correction as the log holds it. */
export interface RecordedCorrection {
  number: number;
  date: string;
  claim: string;
  changes: readonly RecordedChange[];
  why: string;
}

const sameText = (a: string | undefined, b: string | undefined) => (a === undefined ? b === undefined : b !== undefined && collapseWhitespace(a) === collapseWhitespace(b));

/** True when `change`, recorded for `claim`, records exactly `difference`. */
export function recordsDifference(claim: string, change: RecordedChange, difference: ClaimDifference): boolean {
  return (
    claim === difference.claim &&
    change.kind === difference.kind &&
    change.field === difference.field &&
    change.quote === difference.quote &&
    sameText(change.before, difference.before) &&
    sameText(change.after, difference.after)
  );
}

/** A change of a correction that records no difference. */
export interface UnmatchedChange {
  correction: number;
  /** Index of the correction in the log, and of the change in it. */
  at: number;
  change: number;
  /** The difference of the same claim, kind and field, where there is one: the words are what differ. */
  nearest: ClaimDifference | undefined;
}

/**
 * Pairs the changes of the pending corrections (those not yet published) with the differences, one
 * to one: what is left on either side is a difference with no correction, or a change that records
 * none.
 */
export function matchCorrections(pending: readonly { correction: RecordedCorrection; at: number }[], differences: readonly ClaimDifference[]): { unrecorded: ClaimDifference[]; unmatched: UnmatchedChange[] } {
  const open = new Set(differences);
  const unmatched: UnmatchedChange[] = [];
  for (const { correction, at } of pending) {
    correction.changes.forEach((change, index) => {
      const match = [...open].find((difference) => recordsDifference(correction.claim, change, difference));
      if (match) {
        open.delete(match);
        return;
      }
      const nearest = differences.find((difference) => difference.claim === correction.claim && difference.kind === change.kind && difference.field === change.field);
      unmatched.push({ correction: correction.number, at, change: index, nearest });
    });
  }
  return { unrecorded: differences.filter((difference) => open.has(difference)), unmatched };
}

const WORD_CONTEXT = 4;

type WordOp = { op: 'same' | 'removed' | 'added'; words: string[] };

/** The two texts' words as a longest-common-subsequence edit script, runs of one kind merged. */
function wordOps(a: readonly string[], b: readonly string[]): WordOp[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      (lengths[i] as number[])[j] = a[i] === b[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, lengths[i]?.[j + 1] ?? 0);
    }
  }
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], word: string) => {
    const last = ops.at(-1);
    if (last?.op === op) last.words.push(word);
    else ops.push({ op, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i] as string);
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))) {
      push('removed', a[i] as string);
      i += 1;
    } else {
      push('added', b[j] as string);
      j += 1;
    }
  }
  return ops;
}

/**
 * The words that differ between two texts, with a few words of context around each change, marked
 * the way `git diff --word-diff` marks them: `… the [-old-]{+new+} words …`.
 */
export function briefWordDiff(before: string, after: string): string {
  const ops = wordOps(collapseWhitespace(before).split(' '), collapseWhitespace(after).split(' '));
  return ops
    .map(({ op, words }, index) => {
      if (op === 'removed') return `[-${words.join(' ')}-]`;
      if (op === 'added') return `{+${words.join(' ')}+}`;
      const first = index === 0;
      const last = index === ops.length - 1;
      const keepHead = first ? 0 : WORD_CONTEXT;
      const keepTail = last ? 0 : WORD_CONTEXT;
      if (words.length <= keepHead + keepTail + 1) return words.join(' ');
      return [...words.slice(0, keepHead), '…', ...words.slice(words.length - keepTail)].join(' ');
    })
    .join(' ')
    .replaceAll('-] {+', '-]{+');
}

/** A YAML scalar: plain where that reads the same, double-quoted (JSON escapes) otherwise. */
function scalar(value: string): string {
  return /^[A-Za-z0-9<][A-Za-z0-9 ._\-[\]<>]*$/u.test(value) && !value.endsWith(' ') && !/^(?:yes|no|true|false|null|on|off)$/iu.test(value) && !/^[0-9.-]+$/u.test(value) ? value : JSON.stringify(value);
}

/** The correction to paste into content/corrections.yaml for these differences of one claim. */
export function formatCorrectionEntry(number: number, date: string, claim: string, differences: readonly ClaimDifference[]): string {
  const lines = [`- number: ${number}`, `  date: ${date}`, `  claim: ${claim}`, '  changes:'];
  for (const difference of differences) {
    lines.push(`    - kind: ${difference.kind}`, `      field: ${scalar(difference.field)}`);
    if (difference.quote !== undefined) lines.push(`      quote: ${difference.quote}`);
    if (difference.before !== undefined) lines.push(`      before: ${scalar(difference.before)}`);
    if (difference.after !== undefined) lines.push(`      after: ${scalar(difference.after)}`);
  }
  lines.push('  why: "<one sentence for readers: why the claim changed>"');
  return lines.join('\n');
}

/** The hash a published correction is kept with: any later edit to the entry shows. */
export function hashCorrection(correction: RecordedCorrection): string {
  const canonical = {
    number: correction.number,
    date: correction.date,
    claim: correction.claim,
    changes: correction.changes.map(({ kind, field, quote, before, after }) => ({ kind, field, quote, before: before === undefined ? undefined : collapseWhitespace(before), after: after === undefined ? undefined : collapseWhitespace(after) })),
    why: collapseWhitespace(correction.why),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}

/**
 * The quote ids corrections have removed, each with the words it was published with and the
 * correction that removed it: such an id is retired, and may only ever come back with those words.
 */
export function removedQuoteIds(corrections: readonly RecordedCorrection[]): Map<string, { words: string; correction: number; claim: string }> {
  const removed = new Map<string, { words: string; correction: number; claim: string }>();
  for (const correction of corrections) {
    for (const change of correction.changes) {
      if (change.kind === 'quote removed' && change.quote !== undefined && change.before !== undefined) removed.set(change.quote, { words: collapseWhitespace(change.before), correction: correction.number, claim: correction.claim });
    }
  }
  return removed;
}

/** A difference in words, for a report: what changed, briefly. */
export function describeDifference(difference: ClaimDifference): string {
  const { kind, before, after, quote } = difference;
  const what = quote === undefined ? kind : `${kind} (quote ${quote})`;
  if (kind === 'quote moved') return `${what}: from ${before ?? '?'} to ${after ?? '?'}`;
  if (before !== undefined && after !== undefined) return `${what}: ${briefWordDiff(before, after)}`;
  if (after !== undefined) return `${what}: ${quoteInReport(after, 120)}`;
  if (before !== undefined) return `${what}: it was ${quoteInReport(before, 120)}`;
  return what;
}
