/**
 * Who speaks in the articles (`content/people/<id>.yaml`): people, institutions that speak, unnamed
 * sources, the outlets' own editorial voice, and the media that relay others' words.
 */
import { z } from 'astro/zod';
import type { References } from './references.ts';
import { boundedText, TEXT_LIMITS } from './common.ts';

export const PERSON_KINDS = ['person', 'institution', 'unnamed', 'editorial', 'media'] as const;
export const SIDES = ['pakistan', 'taliban', 'neither'] as const;

export function createPersonSchema<A extends z.ZodType, P extends z.ZodType, T extends z.ZodType, C extends z.ZodType>(refs: References<A, P, T, C>) {
  return z
    .strictObject({
      /** The name as the site shows it, e.g. "Amir Khan Muttaqi" or "Pakistani officials". */
      name: boundedText(TEXT_LIMITS.name, 'a name, not a description'),
      /**
       * A named person, an institution that speaks, unnamed sources, an outlet's editorial voice, or a
       * medium an article credits for passing words on (a news agency, "local media reports").
       */
      kind: z.enum(PERSON_KINDS, { error: `must be one of: ${PERSON_KINDS.join(', ')}` }),
      /** The side the speaker speaks for; outlets, media, analysts and traders are on neither. */
      side: z.enum(SIDES, { error: `must be one of: ${SIDES.join(', ')}` }),
      /** For an editorial voice: the outlet whose voice it is, as the articles' `outlet` field names it. */
      outlet: boundedText(TEXT_LIMITS.name, "an outlet's name, as the articles' outlet field gives it").optional(),
      /** The speaker's roles as the articles give them, each copied from that article. */
      roles: z.array(z.strictObject({ text: boundedText(TEXT_LIMITS.phrase, 'a role is a few words, as the article gives it'), article: refs.article }), {
        error: 'must be a list of { text, article } entries (write [] if no article gives one)',
      }),
      /** The forms of the name the articles use, each found in at least one article. */
      spellings: z.array(boundedText(TEXT_LIMITS.name, 'a name, not a description'), { error: 'must be a list of names' }).min(1, { message: 'must list at least one spelling' }),
    })
    .superRefine((person, context) => {
      if (person.kind === 'editorial' && person.outlet === undefined) {
        context.addIssue({ code: 'custom', path: ['outlet'], message: 'is required for an editorial voice: the outlet whose voice it is' });
      }
      if (person.kind !== 'editorial' && person.outlet !== undefined) {
        context.addIssue({ code: 'custom', path: ['outlet'], message: 'must be left out: only an editorial voice names its outlet' });
      }
      if ((person.kind === 'editorial' || person.kind === 'media') && person.side !== 'neither') {
        context.addIssue({ code: 'custom', path: ['side'], message: `must be "neither": an outlet's own voice or a relaying medium speaks for neither side` });
      }
    });
}
