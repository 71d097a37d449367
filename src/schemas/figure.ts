/**
 * A figure the articles cite (`content/figures/<id>.yaml`, the file name being its permanent id and
 * its fragment on /figures/): every outlet's wording of the same number, each with who cites it,
 * on what stated basis, for which side, and what the other side says about it, all in the articles'
 * own words. The value is never written here: code reads it from the wording
 * (src/lib/figures/figure-values.ts).
 */
import { z } from 'astro/zod';
import { NO_PERIOD, NONE_STATED, OFFERED_FOR } from '../lib/figures/citation-terms.ts';
import { createRelaySchema, quoteContextSchema, sourceNoteSchema } from './claim.ts';
import { boundedText, idSchema, TEXT_LIMITS } from './common.ts';
import type { References } from './references.ts';

const phrase = (hint: string) => boundedText(TEXT_LIMITS.phrase, hint);

export function createFigureSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  const response = z.union(
    [
      /** A quote in content/claims that answers the figure. */
      z.strictObject({ quote: idSchema }),
      /** A passage no claim quotes: its article, speaker and words, copied exactly. */
      z.strictObject({
        article: refs.article,
        speaker: refs.person,
        text: boundedText(TEXT_LIMITS.passage, 'a response is a sentence or a paragraph, not more'),
        context: quoteContextSchema.optional(),
      }),
    ],
    { error: 'must be { quote } (a quote id) or { article, speaker, text }' },
  );
  const citation = z.strictObject({
    /** The article that gives this wording. */
    article: refs.article,
    /** The number and its object, copied exactly from the article ("70,000 to 80,000 people"). */
    wording: phrase('a wording is the number and its object, a few words'),
    /** Which occurrence is meant, where the wording occurs more than once in the article. */
    context: quoteContextSchema.optional(),
    /** The quote (content/claims) that holds the wording, where one does: the wording then links to it. */
    quote: idSchema.optional(),
    /** Who cites the figure; the quote's speaker where a quote is named. */
    speaker: refs.person,
    /** Whom the article credits for passing the words on, as in a quote. */
    relay: z.array(createRelaySchema(refs.person), { error: 'must be a list of { via, text } entries' }).min(1, { message: 'must list at least one relay, or be left out' }).optional(),
    /** The time the figure covers, copied exactly from the same paragraph, or "not stated". */
    period: phrase(`a period is a few words from the same paragraph, or "${NO_PERIOD}"`),
    /** What the figure is said to rest on, copied exactly from the same paragraph, or "none stated". */
    basis: phrase(`a basis is a few words from the same paragraph, or "${NONE_STATED}"`),
    /** The side the figure is offered for: the speaker's own side, or "third party". */
    offeredFor: z.enum(OFFERED_FOR, { error: `must be one of: ${OFFERED_FOR.join(', ')}` }),
    /** What the other side says about the figure, where an article says anything; left out otherwise. */
    responses: z.array(response, { error: 'must be a list of responses' }).min(1, { message: 'must list at least one response, or be left out' }).optional(),
    /** A neutral note on a problem in the source at these words. */
    note: sourceNoteSchema.optional(),
  });
  return z.strictObject({
    /** A short title in neither side's terms, e.g. "People killed in two decades of conflict". */
    title: boundedText(TEXT_LIMITS.title, 'a title is a short phrase'),
    /** What is counted, in plain words: "people", "years", "percent", "miles". */
    unit: boundedText(TEXT_LIMITS.name, 'a unit is a word or two'),
    /** The topic the figure is listed under. */
    topic: refs.topic,
    /** The claim where the figure is argued, if one is. */
    claim: refs.claim.optional(),
    /** Every article's wording of this figure; one or more. */
    citations: z.array(citation, { error: 'must be a list of citations' }).min(1, { message: 'must list at least one citation' }),
  });
}
