/**
 * A contested claim (`content/claims/<id>.yaml`, the file name being its permanent id) with the two
 * positions, always the same structure for both sides.
 */
import { z } from 'astro/zod';
import { ATTRIBUTION_KINDS } from '../lib/claims/attribution.ts';
import { idSchema, NOT_STATED, textSchema } from './common.ts';
import type { References } from './references.ts';

/** A few words around repeated quoted words, saying which occurrence is meant. */
export const quoteContextSchema = z
  .strictObject({
    before: textSchema.optional(),
    after: textSchema.optional(),
  })
  .refine((context) => context.before !== undefined || context.after !== undefined, {
    message: 'must give "before" or "after": a few words next to the quote in the same paragraph',
  });

export function createQuoteSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  return z.strictObject({
    /** The quote's permanent id, used in links (`/claims/<claim>/#<id>`); never derived from its position. */
    id: idSchema,
    /** The article the words come from. */
    article: refs.article,
    /** Who said or wrote them. */
    speaker: refs.person,
    /** How the article attributes them. */
    attribution: z.enum(ATTRIBUTION_KINDS, { error: `must be one of: ${ATTRIBUTION_KINDS.join(', ')}` }),
    /** The words, copied exactly from the article (only whitespace may differ). */
    text: textSchema,
    /** Which occurrence is meant, where the words occur more than once in the article. */
    context: quoteContextSchema.optional(),
  });
}

function createPositionSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  return z.union(
    [
      z.literal(NOT_STATED),
      z.strictObject({
        /** What this side says, attributed and neutral ("Pakistan's Foreign Office says …"). */
        summary: textSchema,
        /** The quotes that state this side's position; at least one. */
        quotes: z.array(createQuoteSchema(refs), { error: 'must be a list of quotes' }).min(1, {
          message: `must hold at least one quote; write "${NOT_STATED}" instead of the position if the sources have none`,
        }),
      }),
    ],
    { error: `must be "${NOT_STATED}" or a position with a summary and quotes` },
  );
}

export function createClaimSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  const position = createPositionSchema(refs);
  return z.strictObject({
    /** A short neutral title, e.g. "Where TTP attacks are planned". */
    title: textSchema,
    /** What is contested, neutrally, e.g. "Whether attacks … are planned from Afghan territory." */
    statement: textSchema,
    /** The topic the claim is listed under. */
    topic: refs.topic,
    /** The two positions, in this fixed order. */
    positions: z.strictObject({ pakistan: position, taliban: position }),
    /** Ids of related claims. */
    related: z.array(refs.claim, { error: 'must be a list of claim ids' }).optional(),
  });
}
