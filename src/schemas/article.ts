/**
 * Frontmatter of an article copy (`content/articles/<slug>.md`): the provenance the seeds' README gives,
 * and what the copy leaves out. Every field is documented in README.md, "Article frontmatter".
 */
import { z } from 'astro/zod';
import { OMISSION_KIND_NAMES } from '../lib/sources/omissions.ts';
import { boundedText, isoDateSchema, isWebAddress, NONE_PRINTED, NOT_KNOWN, NOT_NAMED, TEXT_LIMITS, textSchema } from './common.ts';

const note = boundedText(TEXT_LIMITS.sentence, 'a note says what the provenance adds, briefly');

/** The byline, as printed: a person (name and role) or the outlet itself. */
const authorSchema = z.strictObject({
  /** The name as printed, e.g. "Aamir Abbasi". */
  name: boundedText(TEXT_LIMITS.name, 'a name, not a description'),
  /** The role as printed beside the name, e.g. "Editor, Islamabad". */
  role: boundedText(TEXT_LIMITS.phrase, 'a role is a few words, as printed').optional(),
  /** The byline line as printed, where it differs from the name, e.g. "By The South Asia Times". */
  byline: boundedText(TEXT_LIMITS.phrase, 'a byline is one printed line').optional(),
});

const dateSchema = z
  .strictObject({
    /** The date exactly as the page prints it, or "none printed". */
    printed: boundedText(TEXT_LIMITS.name, 'a date as printed, e.g. "Saturday, 08 November 2025"'),
    /** Whether the printed date belongs to the article or to the page around it. */
    kind: z.enum(['article date', 'page date'], { error: 'must be "article date" or "page date"' }).optional(),
    /** The same date as YYYY-MM-DD, only where the printed date states day, month and year unambiguously. */
    iso: isoDateSchema.optional(),
    /** What the provenance notes add, e.g. that the article reports a statement made "Sunday". */
    note: note.optional(),
  })
  .superRefine((date, context) => {
    if (date.printed === NONE_PRINTED) {
      for (const field of ['kind', 'iso'] as const) {
        if (date[field] !== undefined) {
          context.addIssue({ code: 'custom', path: [field], message: `must be left out when the date is "${NONE_PRINTED}"` });
        }
      }
    } else if (date.kind === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'is required when a date is printed: "article date" or "page date"',
      });
    }
  });

const omissionSchema = z.strictObject({
  /** What sort of page furniture this is. */
  kind: z.enum(OMISSION_KIND_NAMES, { error: `must be one of: ${OMISSION_KIND_NAMES.join(', ')}` }),
  /** The left-out text exactly as captured; several lines for a block such as a teaser. */
  text: textSchema,
});

export const articleSchema = z.strictObject({
  /** The outlet's name, e.g. "HTN World". */
  outlet: boundedText(TEXT_LIMITS.name, "the outlet's name"),
  /** What the provenance notes add about the outlet, e.g. "wire copy, IANS". */
  outletNote: note.optional(),
  /** The headline exactly as captured. */
  headline: boundedText(TEXT_LIMITS.sentence, 'a headline is one printed line'),
  /** The standfirst (summary line under the headline) exactly as captured, where there is one. */
  standfirst: boundedText(TEXT_LIMITS.passage, 'a standfirst is a line or two under the headline').optional(),
  /** The author as printed, or "not named". */
  author: z.union([z.literal(NOT_NAMED), authorSchema], {
    error: `must be "${NOT_NAMED}" or a name with an optional role and byline`,
  }),
  /** The date as printed, or "none printed". */
  date: dateSchema,
  /** The dateline as printed at the head of the text (e.g. "ISTANBUL"), or "none printed". */
  dateline: boundedText(TEXT_LIMITS.name, 'a dateline is a place name or two, e.g. "ISLAMABAD/KABUL"'),
  /** The original web address, or "not known". */
  url: z
    .string({ error: `must be the original web address (https://…) or "${NOT_KNOWN}"` })
    .refine((value) => value === NOT_KNOWN || isWebAddress(value), {
      message: `must be the original web address (https://…) or "${NOT_KNOWN}"`,
    }),
  /** The raw capture the copy was made from, in content/captures/, and its SHA-256. */
  capture: z.strictObject({
    file: z.string({ error: 'must be a file name' }).regex(/^[\w.-]+\.txt$/u, {
      message: 'must be the name of a .txt file in content/captures/',
    }),
    sha256: z.string({ error: 'must be text' }).regex(/^[0-9a-f]{64}$/u, {
      message: 'must be 64 lowercase hexadecimal digits (the output of `sha256sum`)',
    }),
  }),
  /** Every piece of the captured page that the copy leaves out; an empty list if nothing is. */
  omitted: z.array(omissionSchema, { error: 'must be a list of { kind, text } entries (write [] if nothing is left out)' }),
});

export type ArticleData = z.output<typeof articleSchema>;
