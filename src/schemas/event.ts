/**
 * An event the articles report, with every article's own wording of when it happened
 * (`content/events/<id>.yaml`; the file name is the event's permanent id and its fragment on
 * /timeline/). What the article says is copied; what Parallax reads from it is data: the date, how
 * exact it is, and the rule and the date of the article it was read by, so that the content check
 * can redo every reading (src/lib/timeline/reading.ts).
 */
import { z } from 'astro/zod';
import { parseReadDate, PRECISIONS, NO_DATE } from '../lib/timeline/calendar.ts';
import { ANCHOR_SOURCES, READING_RULES, READINGS, NO_WORDING } from '../lib/timeline/reading.ts';
import { quoteContextSchema, sourceNoteSchema } from './claim.ts';
import { boundedText, idSchema, isoDateSchema, TEXT_LIMITS } from './common.ts';

const READ_DATE_FORMS = `a day YYYY-MM-DD, a run of days YYYY-MM-DD/YYYY-MM-DD (first day first), a month YYYY-MM, a year YYYY, or ${NO_DATE}`;

/**
 * The date read. YAML reads an unquoted `2024` as a number; the validator's reader keeps
 * `2025-11-09` as text, and the preprocess turns a Date (from another reader) back into text too.
 */
const readDateSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: `must be ${READ_DATE_FORMS}` }).refine((value) => parseReadDate(value) !== undefined, {
    message: `must be a real date written as ${READ_DATE_FORMS}`,
  }),
);

/** One article's report of an event; `article` is how the schema points at the articles (see references.ts). */
export function createEventReportSchema<A extends z.ZodType>(article: A) {
  return z
    .strictObject({
      /** The article that reports the event. */
      article,
      /** The article's words about the event, copied exactly from one paragraph; they hold the date wording. */
      text: boundedText(TEXT_LIMITS.passage, 'the sentence or words of the article that report the event'),
      context: quoteContextSchema.optional(),
      /** The article's own words for when ("said Sunday", "on Nov. 7"), exactly as in `text`; `none` where it gives none. */
      wording: boundedText(TEXT_LIMITS.phrase, `the few words that say when, or ${NO_WORDING}`),
      /** The date Parallax reads from the wording, or `none`. */
      date: readDateSchema,
      /** How exact the reading is; it must fit the date's form. */
      precision: z.enum(PRECISIONS, {
        error: `must be one of: ${PRECISIONS.join(', ')}`,
      }),
      /** The rule the date is read by, or why none can be read. */
      readBy: z.enum(READING_RULES, {
        error: `must be one of: ${READING_RULES.map((rule) => `"${rule}"`).join(', ')}`,
      }),
      /** The date of the article the reading counts from, and where the article gives it. */
      anchor: z
        .strictObject({
          from: z.enum(ANCHOR_SOURCES, {
            error: `must be one of: ${ANCHOR_SOURCES.map((source) => `"${source}"`).join(', ')}`,
          }),
          date: isoDateSchema,
        })
        .optional(),
      /** A neutral note on a problem in the source at these words, or on what the words date. */
      note: sourceNoteSchema.optional(),
    })
    .superRefine((report, context) => {
      const read = parseReadDate(report.date);
      if (read === undefined) return;
      if (read.precision !== report.precision) {
        context.addIssue({
          code: 'custom',
          path: ['precision'],
          message:
            read.precision === 'unknown'
              ? `is "${report.precision}", but date is ${NO_DATE}: a precision other than unknown needs a date read; give the date, or write precision: unknown`
              : `is "${report.precision}", but the date ${report.date} is read to the ${read.precision === 'days' ? 'days (a run of days)' : read.precision}: write precision: ${read.precision}`,
        });
      }
      const dated = READINGS[report.readBy].dated;
      if (dated && read.precision === 'unknown') {
        context.addIssue({
          code: 'custom',
          path: ['date'],
          message: `is ${NO_DATE}, but "${report.readBy}" reads a date: give the date it reads, or say why none can be read`,
        });
      }
      if (!dated && read.precision !== 'unknown') {
        context.addIssue({
          code: 'custom',
          path: ['date'],
          message: `is ${report.date}, but "${report.readBy}" reads no date: write date: ${NO_DATE}, or the rule the date is read by`,
        });
      }
    });
}

export function createEventSchema<A extends z.ZodType>(refs: { article: A }) {
  return z.strictObject({
    /** A short neutral title, in neither side's terms. */
    title: boundedText(TEXT_LIMITS.title, 'a title is a short phrase'),
    /** Every article's report of the event, each with its own wording of when; at least one. */
    reports: z
      .array(createEventReportSchema(refs.article), {
        error: 'must be a list of reports',
      })
      .min(1, { message: 'must list at least one report' }),
    /**
     * For an event no report dates: where an article states its order against another event (a second
     * round after the first), with the article's words saying so.
     */
    order: z
      .strictObject({
        relation: z.enum(['after', 'before'], {
          error: 'must be "after" or "before"',
        }),
        event: idSchema,
        article: refs.article,
        text: boundedText(TEXT_LIMITS.passage, 'the words of the article that state the order'),
        context: quoteContextSchema.optional(),
      })
      .optional(),
  });
}
