/**
 * The corrections log (`content/corrections.yaml`, a list) and the snapshot of the published claims
 * it is checked against (`content/published-claims.json`, written by `npm run claims:publish`).
 * A published claim changes only with a numbered correction on record: its date, what changed,
 * and why (README, "Corrections"); Tangle numbers its corrections, OWID keeps each one as data.
 */
import { z } from 'astro/zod';
import { CHANGE_KINDS } from '../lib/corrections/claim-diff.ts';
import { boundedText, idSchema, isoDateSchema, TEXT_LIMITS } from './common.ts';

/** Where the log and the snapshot live, relative to the project root. */
export const CORRECTION_PATHS = {
  log: 'content/corrections.yaml',
  snapshot: 'content/published-claims.json',
} as const;

/** A placeholder left from the suggested entry (`<…>`), which only the editor can fill in. */
const notPlaceholder = (value: string) => !/^<.*>$/su.test(value.trim());

/** One difference between a claim and its published version, as the correction records it. */
export const correctionChangeSchema = z.strictObject({
  /** What kind of change. */
  kind: z.enum(CHANGE_KINDS, { error: `must be one of: ${CHANGE_KINDS.join(', ')}` }),
  /** The field of the claim file that changed, as the check names it (`positions.pakistan.summary[0].says`). */
  field: boundedText(TEXT_LIMITS.phrase, 'a field path such as positions.pakistan.summary[0].says'),
  /** The quote concerned, for a quote, note or attribution change. */
  quote: idSchema.optional(),
  /** What the field said before (for a reworded, removed or moved thing). */
  before: boundedText(TEXT_LIMITS.passage, 'the text as it was published').optional(),
  /** What it says now (for a reworded, added or moved thing). */
  after: boundedText(TEXT_LIMITS.passage, 'the text as it is now').optional(),
});

export const correctionSchema = z.strictObject({
  /** The correction's number: 1, 2, 3 … in the order corrections were made; its permanent id (`/corrections/#correction-<n>`). */
  number: z.number({ error: 'must be a whole number: 1 for the first correction, then 2, 3 …' }).int({ message: 'must be a whole number' }).min(1, { message: 'must be 1 or more' }),
  /** When the correction was made. */
  date: isoDateSchema,
  /** The claim corrected (its file name). */
  claim: idSchema,
  /** Each difference from the published version that this correction makes. */
  changes: z.array(correctionChangeSchema, { error: 'must be a list of { kind, field, … } changes' }).min(1, { message: 'must list at least one change' }),
  /** Why, in a sentence shown to readers. */
  why: boundedText(TEXT_LIMITS.sentence, 'why the claim changed, in a sentence').refine(notPlaceholder, { message: 'is still the placeholder: say in a sentence why the claim changed' }),
});

export type Correction = z.output<typeof correctionSchema>;
export type CorrectionChange = z.output<typeof correctionChangeSchema>;

export const correctionLogSchema = z.array(correctionSchema, { error: 'must be a list of corrections ([] when there are none)' });

const snapshotQuoteSchema = z.strictObject({
  id: z.string(),
  article: z.string(),
  speaker: z.string(),
  attribution: z.string(),
  text: z.string(),
  context: z.strictObject({ before: z.string().optional(), after: z.string().optional() }).optional(),
  relay: z.array(z.strictObject({ via: z.string(), text: z.string() })).optional(),
  note: z.string().optional(),
});

const snapshotPositionSchema = z.union([
  z.literal('not stated'),
  z.strictObject({
    summary: z.array(z.strictObject({ quotes: z.array(z.string()), says: z.string() })),
    quotes: z.array(snapshotQuoteSchema),
    accounts: z.array(snapshotQuoteSchema),
  }),
]);

export const snapshotClaimSchema = z.strictObject({
  /** When the claim first entered the snapshot. */
  published: isoDateSchema,
  title: z.string(),
  statement: z.string(),
  topic: z.string(),
  positions: z.strictObject({ pakistan: snapshotPositionSchema, taliban: snapshotPositionSchema }),
  framing: z.array(snapshotQuoteSchema),
});

export const claimsSnapshotSchema = z.strictObject({
  $comment: z.string().optional(),
  /** When the first snapshot was taken: the log covers every change since. */
  since: isoDateSchema,
  /** The corrections already published with this snapshot, by number, each with the hash of its entry (history is never rewritten). */
  corrections: z.record(z.string().regex(/^[1-9][0-9]*$/u), z.string().regex(/^[0-9a-f]{12}$/u)),
  /** Every published claim, by id, as it was published. */
  claims: z.record(z.string(), snapshotClaimSchema),
});

