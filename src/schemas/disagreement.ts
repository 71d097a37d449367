/** A point on which the articles disagree with each other (`content/disagreements/<id>.yaml`). */
import { z } from 'astro/zod';
import { quoteContextSchema, sourceNoteSchema } from './claim.ts';
import { boundedText, isoDateSchema, TEXT_LIMITS } from './common.ts';
import type { References } from './references.ts';

export function createDisagreementSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  return z.strictObject({
    /** A short neutral title. */
    title: boundedText(TEXT_LIMITS.title, 'a title is a short phrase'),
    /** The question the versions answer differently, asked neutrally. */
    question: boundedText(TEXT_LIMITS.sentence, 'a question in a sentence or two'),
    /** Each article's version, in its own words; at least two. */
    versions: z
      .array(
        z.strictObject({
          article: refs.article,
          /** The passage, copied exactly from the article. */
          text: boundedText(TEXT_LIMITS.passage, 'a version is a sentence or a paragraph, not more'),
          context: quoteContextSchema.optional(),
          /** A neutral note on a problem in the source at these words. */
          note: sourceNoteSchema.optional(),
        }),
        { error: 'must be a list of { article, text } entries' },
      )
      .min(2, { message: 'must list at least two versions' }),
    /**
     * Dates whose weekdays the page gives, computed, where one version names a weekday and another a
     * date: the reader sees whether they fit without Parallax saying which is right.
     */
    calendar: z.array(isoDateSchema, { error: 'must be a list of dates written YYYY-MM-DD' }).min(1, { message: 'must list at least one date, or be left out' }).optional(),
    /**
     * Set when an entry once listed as a disagreement turned out not to be one: it stays at its
     * published address, apart from the disagreements, saying why.
     */
    notADisagreement: z
      .strictObject({
        /** Why the versions do not disagree, neutrally. */
        note: boundedText(TEXT_LIMITS.sentence, 'a note says why, briefly'),
        /** When it was reclassified. */
        date: isoDateSchema,
      })
      .optional(),
  });
}
