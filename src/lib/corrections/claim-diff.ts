/**
 * Every difference between a claim and its published version, each named by the field of the
 * claim file it is in, so that a correction can record exactly that difference and no other.
 * Quotes are followed by their permanent ids, summary items by the quotes they sum up, so that
 * adding one item or quote never shows as a change to every one after it.
 */
import { SIDES, NOT_STATED, type Side, type SnapshotClaim, type SnapshotPosition, type SnapshotQuote, type SnapshotSummaryItem } from './claim-snapshot.ts';

/** The kinds of change a correction records. */
export const CHANGE_KINDS = [
  'title reworded',
  'statement reworded',
  'topic changed',
  'summary reworded',
  'summary added',
  'summary removed',
  'summary quotes changed',
  'quote added',
  'quote removed',
  'quote moved',
  'note added',
  'note reworded',
  'note removed',
  'attribution corrected',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A difference between a claim and its published version. */
export interface ClaimDifference {
  claim: string;
  /** What kind of change; `quote reworded` is never a correction (a quote's id stays with its words). */
  kind: ChangeKind | 'quote reworded';
  /** The field of the claim file: where it is now, or where it was for something removed. */
  field: string;
  /** The quote concerned. */
  quote?: string | undefined;
  before?: string | undefined;
  after?: string | undefined;
}

export interface PlacedQuote {
  quote: SnapshotQuote;
  /** The list it stands in (`positions.pakistan.accounts`, `framing`). */
  place: string;
  path: string;
}

/** Every quote of a claim by id, with the list it stands in and its field path. */
export function placedQuotes(claim: SnapshotClaim): Map<string, PlacedQuote> {
  const placed = new Map<string, PlacedQuote>();
  const add = (place: string, quotes: readonly SnapshotQuote[]) => quotes.forEach((quote, index) => placed.set(quote.id, { quote, place, path: `${place}[${index}]` }));
  for (const side of SIDES) {
    const position = claim.positions[side];
    if (position === NOT_STATED) continue;
    add(`positions.${side}.quotes`, position.quotes);
    add(`positions.${side}.accounts`, position.accounts);
  }
  add('framing', claim.framing);
  return placed;
}

/** A quote's relay or context written out, for a record of what it was. */
const describeRelay = (relay: SnapshotQuote['relay']) => (relay === undefined ? undefined : relay.map(({ via, text }) => `${via}: ${text}`).join('; '));
const describeContext = (context: SnapshotQuote['context']) =>
  context === undefined ? undefined : [context.before === undefined ? '' : `before: ${context.before}`, context.after === undefined ? '' : `after: ${context.after}`].filter(Boolean).join('; ');

const ATTRIBUTION_FIELDS = ['article', 'speaker', 'attribution', 'relay', 'context'] as const;

function describeField(quote: SnapshotQuote, field: (typeof ATTRIBUTION_FIELDS)[number]): string | undefined {
  if (field === 'relay') return describeRelay(quote.relay);
  if (field === 'context') return describeContext(quote.context);
  return quote[field];
}

function quoteDifferences(claim: string, before: SnapshotClaim, after: SnapshotClaim): ClaimDifference[] {
  const old = placedQuotes(before);
  const now = placedQuotes(after);
  const differences: ClaimDifference[] = [];
  for (const [id, then] of old) if (!now.has(id)) differences.push({ claim, kind: 'quote removed', field: then.path, quote: id, before: then.quote.text });
  for (const [id, current] of now) {
    const then = old.get(id);
    if (!then) {
      differences.push({ claim, kind: 'quote added', field: current.path, quote: id, after: current.quote.text });
      continue;
    }
    if (then.place !== current.place) differences.push({ claim, kind: 'quote moved', field: current.path, quote: id, before: then.place, after: current.place });
    if (then.quote.text !== current.quote.text) differences.push({ claim, kind: 'quote reworded', field: `${current.path}.text`, quote: id, before: then.quote.text, after: current.quote.text });
    const [was, is] = [then.quote.note, current.quote.note];
    if (was !== is) {
      const kind = was === undefined ? 'note added' : is === undefined ? 'note removed' : 'note reworded';
      differences.push({ claim, kind, field: `${current.path}.note`, quote: id, before: was, after: is });
    }
    for (const field of ATTRIBUTION_FIELDS) {
      const [fieldWas, fieldIs] = [describeField(then.quote, field), describeField(current.quote, field)];
      if (fieldWas !== fieldIs) differences.push({ claim, kind: 'attribution corrected', field: `${current.path}.${field}`, quote: id, before: fieldWas, after: fieldIs });
    }
  }
  return differences;
}

const summaryOf = (position: SnapshotPosition): readonly SnapshotSummaryItem[] => (position === NOT_STATED ? [] : position.summary);
const sameQuotes = (a: SnapshotSummaryItem, b: SnapshotSummaryItem) => a.quotes.length === b.quotes.length && a.quotes.every((id, index) => b.quotes[index] === id);

/**
 * Pairs each published summary item with the current one that sums up the same quotes, or failing
 * that one that shares a quote with it; the items left over were added or removed.
 */
function pairSummaries(before: readonly SnapshotSummaryItem[], after: readonly SnapshotSummaryItem[]): { pairs: [number, number][]; added: number[]; removed: number[] } {
  const pairs: [number, number][] = [];
  const takenBefore = new Set<number>();
  const takenAfter = new Set<number>();
  const pairBy = (matches: (a: SnapshotSummaryItem, b: SnapshotSummaryItem) => boolean) => {
    before.forEach((item, i) => {
      if (takenBefore.has(i)) return;
      const j = after.findIndex((other, index) => !takenAfter.has(index) && matches(item, other));
      if (j === -1) return;
      pairs.push([i, j]);
      takenBefore.add(i);
      takenAfter.add(j);
    });
  };
  pairBy(sameQuotes);
  pairBy((a, b) => a.quotes.some((id) => b.quotes.includes(id)));
  return {
    pairs: pairs.sort((a, b) => a[1] - b[1]),
    added: after.flatMap((_, j) => (takenAfter.has(j) ? [] : [j])),
    removed: before.flatMap((_, i) => (takenBefore.has(i) ? [] : [i])),
  };
}

function summaryDifferences(claim: string, side: Side, before: SnapshotPosition, after: SnapshotPosition): ClaimDifference[] {
  const [old, now] = [summaryOf(before), summaryOf(after)];
  const { pairs, added, removed } = pairSummaries(old, now);
  const path = (index: number) => `positions.${side}.summary[${index}]`;
  const differences: ClaimDifference[] = removed.map((i) => ({ claim, kind: 'summary removed', field: path(i), before: old[i]?.says }));
  for (const [i, j] of pairs) {
    const [then, current] = [old[i] as SnapshotSummaryItem, now[j] as SnapshotSummaryItem];
    if (then.says !== current.says) differences.push({ claim, kind: 'summary reworded', field: `${path(j)}.says`, before: then.says, after: current.says });
    if (!sameQuotes(then, current)) differences.push({ claim, kind: 'summary quotes changed', field: `${path(j)}.quotes`, before: then.quotes.join(', '), after: current.quotes.join(', ') });
  }
  for (const j of added) differences.push({ claim, kind: 'summary added', field: path(j), after: now[j]?.says });
  return differences;
}

/** Every difference between the published version of claim `claim` and its content now; none when they say the same. */
export function diffClaim(claim: string, before: SnapshotClaim, after: SnapshotClaim): ClaimDifference[] {
  const differences: ClaimDifference[] = [];
  if (before.title !== after.title) differences.push({ claim, kind: 'title reworded', field: 'title', before: before.title, after: after.title });
  if (before.statement !== after.statement) differences.push({ claim, kind: 'statement reworded', field: 'statement', before: before.statement, after: after.statement });
  if (before.topic !== after.topic) differences.push({ claim, kind: 'topic changed', field: 'topic', before: before.topic, after: after.topic });
  for (const side of SIDES) differences.push(...summaryDifferences(claim, side, before.positions[side], after.positions[side]));
  differences.push(...quoteDifferences(claim, before, after));
  return differences;
}
