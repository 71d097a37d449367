/**
 * A contested claim (`content/claims/<id>.yaml`, the file name being its permanent id): the two
 * positions, always the same structure for both sides, and apart from both the words of outlets,
 * analysts and other third parties. A side's column holds only that side's own voice; its summary
 * is one item per speaker and outlet, each tied to the quotes it summarises, so that the content
 * check can tell who is credited with what (README, "Claims").
 */
import { z } from 'astro/zod';
import { ATTRIBUTION_KINDS } from '../lib/claims/attribution.ts';
import { boundedText, idSchema, NOT_STATED, TEXT_LIMITS } from './common.ts';
import type { References } from './references.ts';

const contextText = boundedText(TEXT_LIMITS.phrase, 'context is a few words next to the quote');

/** A few words around repeated quoted words, saying which occurrence is meant. */
export const quoteContextSchema = z
  .strictObject({
    before: contextText.optional(),
    after: contextText.optional(),
  })
  .refine((context) => context.before !== undefined || context.after !== undefined, {
    message: 'must give "before" or "after": a few words next to the quote in the same paragraph',
  });

/**
 * A neutral note on a problem in the source, shown beside the words it concerns. It describes; it
 * never corrects ("In the article this quotation opens with “ and is never closed.").
 */
export const sourceNoteSchema = boundedText(TEXT_LIMITS.sentence, 'a note says what the source shows, briefly');

export function createRelaySchema<P extends z.ZodType>(person: P) {
  return z.strictObject({
    /** The outlet or agency the article credits for the words (a person entry of kind "media"). */
    via: person,
    /** The article's own words naming the relay, copied exactly from the quote's paragraph. */
    text: boundedText(TEXT_LIMITS.phrase, "a relay's words are the few that name the medium"),
  });
}

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
    text: boundedText(TEXT_LIMITS.passage, 'a quote is a sentence or a paragraph, not more'),
    /** Which occurrence is meant, where the words occur more than once in the article. */
    context: quoteContextSchema.optional(),
    /** Whom the article credits for passing the words on ("as reported by Tolo News"), nearest the speaker first. */
    relay: z.array(createRelaySchema(refs.person), { error: 'must be a list of { via, text } entries' }).min(1, { message: 'must list at least one relay, or be left out' }).optional(),
    /** A neutral note on a problem in the source at these words. */
    note: sourceNoteSchema.optional(),
  });
}

/** One item of a position's summary: what one speaker says in one article, tied to the quotes it sums up. */
export const summaryItemSchema = z.strictObject({
  /** Ids of the quotes this item summarises: one speaker, one article, one relay. */
  quotes: z.array(idSchema, { error: 'must be a list of quote ids' }).min(1, { message: 'must name at least one quote of this position' }),
  /**
   * What the speaker says, starting with the verb ("says the talks failed because …"). The site puts
   * the speaker, relay and outlet in front, taken from the quotes. Words in quotation marks must be
   * the quotes' own.
   */
  says: boundedText(TEXT_LIMITS.summary, 'one sentence per speaker and outlet'),
});

/** One side's position: "not stated", or its summary, its own quotes and others' accounts of it. */
export function createPositionSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  const quote = createQuoteSchema(refs);
  const quotes = z.array(quote, { error: 'must be a list of quotes' });
  return z.union(
    [
      z.literal(NOT_STATED),
      z
        .strictObject({
          /** What this side says: one item per speaker and outlet. */
          summary: z.array(summaryItemSchema, { error: 'must be a list of { quotes, says } items, one per speaker and outlet' }).optional(),
          /** The quotes in which this side speaks for itself. */
          quotes: quotes.optional(),
          /** This side's position as only others describe it (the other side, or an outlet's background), labelled so and never counted as its own. */
          accounts: quotes.min(1, { message: 'must list at least one quote, or be left out' }).optional(),
        })
        .superRefine((position, context) => {
          const own = position.quotes?.length ?? 0;
          if (own === 0 && position.accounts === undefined) {
            context.addIssue({ code: 'custom', path: ['quotes'], message: `must hold at least one quote; write "${NOT_STATED}" instead of the position if the sources have none` });
          }
          if (own > 0 && (position.summary?.length ?? 0) === 0) {
            context.addIssue({ code: 'custom', path: ['summary'], message: 'is required: one { quotes, says } item per speaker and outlet of this position' });
          }
          if (own === 0 && position.summary !== undefined) {
            context.addIssue({ code: 'custom', path: ['summary'], message: 'must be left out: a position with no quotes of its own has nothing to summarise' });
          }
        }),
    ],
    { error: `must be "${NOT_STATED}" or a position with a summary and quotes` },
  );
}

export function createClaimSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  const position = createPositionSchema(refs);
  return z.strictObject({
    /** A short title in neither side's terms, e.g. "Where TTP attacks are planned". */
    title: boundedText(TEXT_LIMITS.title, 'a title is a short phrase'),
    /** What is contested, asked in neither side's terms and presupposing no answer. */
    statement: boundedText(TEXT_LIMITS.sentence, 'a statement asks one question, in a sentence or two'),
    /** The topic the claim is listed under. */
    topic: refs.topic,
    /** The two positions, in this fixed order. */
    positions: z.strictObject({ pakistan: position, taliban: position }),
    /** The words of outlets, analysts and other third parties: shown below both columns, never as a side's position. */
    framing: z.array(createQuoteSchema(refs), { error: 'must be a list of quotes' }).min(1, { message: 'must list at least one quote, or be left out' }).optional(),
    /** Ids of related claims. */
    related: z.array(refs.claim, { error: 'must be a list of claim ids' }).optional(),
  });
}
