/** A point on which the articles disagree with each other (`content/disagreements/<id>.yaml`). */
import { z } from 'astro/zod';
import { quoteContextSchema } from './claim.ts';
import { textSchema } from './common.ts';
import type { References } from './references.ts';

export function createDisagreementSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  return z.strictObject({
    /** A short neutral title. */
    title: textSchema,
    /** The question the versions answer differently, asked neutrally. */
    question: textSchema,
    /** Each article's version, in its own words; at least two. */
    versions: z
      .array(
        z.strictObject({
          article: refs.article,
          /** The passage, copied exactly from the article. */
          text: textSchema,
          context: quoteContextSchema.optional(),
        }),
        { error: 'must be a list of { article, text } entries' },
      )
      .min(2, { message: 'must list at least two versions' }),
  });
}
