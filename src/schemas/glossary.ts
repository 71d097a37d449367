/** A name the articles spell or call differently (`content/glossary/<id>.yaml`). */
import { z } from 'astro/zod';
import { quoteContextSchema } from './claim.ts';
import { boundedText, TEXT_LIMITS } from './common.ts';
import type { References } from './references.ts';

export function createGlossarySchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  return z.strictObject({
    /** The headword as the glossary lists it. */
    term: boundedText(TEXT_LIMITS.name, 'a name, not a description'),
    /** How articles describe it, in their words. */
    describedAs: z
      .array(z.strictObject({ article: refs.article, text: boundedText(TEXT_LIMITS.passage, 'a description is a sentence or a paragraph, not more'), context: quoteContextSchema.optional() }), {
        error: 'must be a list of { article, text } entries',
      })
      .optional(),
    /** Every form of the name, with the articles that use it; none for a spelling only readers use. */
    variants: z
      .array(z.strictObject({ text: boundedText(TEXT_LIMITS.name, 'a name, not a description'), usedIn: z.array(refs.article, { error: 'must be a list of article ids ([] for a reader\'s spelling)' }) }), {
        error: 'must be a list of { text, usedIn } entries',
      })
      .min(2, { message: 'must list at least two variants' }),
  });
}
