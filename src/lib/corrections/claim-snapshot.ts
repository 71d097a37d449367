/**
 * The published form of a claim: what `content/published-claims.json` keeps of each claim, so that
 * any later change to what a claim says can be told from its published version. Texts are kept with
 * whitespace collapsed (a YAML line wrap changes nothing a reader sees); lists are always present,
 * in the file's order, so a field path (`positions.pakistan.quotes[2]`) means the same in both.
 * `related` is left out: it links to other claims and says nothing itself.
 */
import { collapseWhitespace } from '../text.ts';

export const NOT_STATED = 'not stated';
export const SIDES = ['pakistan', 'taliban'] as const;
export type Side = (typeof SIDES)[number];

export interface SnapshotQuote {
  id: string;
  article: string;
  speaker: string;
  attribution: string;
  text: string;
  context?: { before?: string | undefined; after?: string | undefined } | undefined;
  relay?: { via: string; text: string }[] | undefined;
  note?: string | undefined;
}

export interface SnapshotSummaryItem {
  quotes: string[];
  says: string;
}

export type SnapshotPosition = typeof NOT_STATED | { summary: SnapshotSummaryItem[]; quotes: SnapshotQuote[]; accounts: SnapshotQuote[] };

export interface SnapshotClaim {
  /** When the claim first entered the snapshot (YYYY-MM-DD). */
  published: string;
  title: string;
  statement: string;
  topic: string;
  positions: Record<Side, SnapshotPosition>;
  framing: SnapshotQuote[];
}

export interface ClaimsSnapshot {
  /** When the first snapshot was taken: the corrections log covers every change since. */
  since: string;
  /** The corrections published with this snapshot, by number, with the hash of each entry as published. */
  corrections: Record<string, string>;
  claims: Record<string, SnapshotClaim>;
}

/** A claim as the content check reads it (ids as plain text). */
export interface ClaimContent {
  title: string;
  statement: string;
  topic: string;
  positions: Record<Side, typeof NOT_STATED | { summary?: readonly SnapshotSummaryItem[] | undefined; quotes?: readonly SnapshotQuote[] | undefined; accounts?: readonly SnapshotQuote[] | undefined }>;
  framing?: readonly SnapshotQuote[] | undefined;
}

function normaliseQuote(quote: SnapshotQuote): SnapshotQuote {
  const normalised: SnapshotQuote = { id: quote.id, article: quote.article, speaker: quote.speaker, attribution: quote.attribution, text: collapseWhitespace(quote.text) };
  if (quote.context !== undefined) {
    normalised.context = {};
    if (quote.context.before !== undefined) normalised.context.before = collapseWhitespace(quote.context.before);
    if (quote.context.after !== undefined) normalised.context.after = collapseWhitespace(quote.context.after);
  }
  if (quote.relay !== undefined) normalised.relay = quote.relay.map((relay) => ({ via: relay.via, text: collapseWhitespace(relay.text) }));
  if (quote.note !== undefined) normalised.note = collapseWhitespace(quote.note);
  return normalised;
}

/** The published form of a claim's content, dated `published`. */
export function snapshotOf(claim: ClaimContent, published: string): SnapshotClaim {
  const position = (side: Side): SnapshotPosition => {
    const value = claim.positions[side];
    if (value === NOT_STATED) return NOT_STATED;
    return {
      summary: (value.summary ?? []).map((item) => ({ quotes: [...item.quotes], says: collapseWhitespace(item.says) })),
      quotes: (value.quotes ?? []).map(normaliseQuote),
      accounts: (value.accounts ?? []).map(normaliseQuote),
    };
  };
  return {
    published,
    title: collapseWhitespace(claim.title),
    statement: collapseWhitespace(claim.statement),
    topic: claim.topic,
    positions: { pakistan: position('pakistan'), taliban: position('taliban') },
    framing: (claim.framing ?? []).map(normaliseQuote),
  };
}

/** The snapshot file's text: claims and corrections in a fixed order, so that renewing an unchanged snapshot changes nothing. */
export function formatSnapshot(snapshot: ClaimsSnapshot): string {
  const claims = Object.fromEntries(Object.keys(snapshot.claims).sort().map((id) => [id, snapshot.claims[id]]));
  const corrections = Object.fromEntries(Object.keys(snapshot.corrections).sort((a, b) => Number(a) - Number(b)).map((number) => [number, snapshot.corrections[number]]));
  const file = {
    $comment: 'Every published claim as it was published. Written by `npm run claims:publish`; never edit it by hand. A claim that differs from it needs an entry in content/corrections.yaml.',
    since: snapshot.since,
    corrections,
    claims,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
