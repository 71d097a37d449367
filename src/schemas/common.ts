/**
 * Small zod building blocks shared by the content schemas. Nothing here imports `astro:content`, so the
 * schemas also run outside Astro: in the content validator and in the tests.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/sources/dates.ts';

/** Written where the sources do not give a fact; the site then says so instead of guessing. */
export const NOT_KNOWN = 'not known';
export const NOT_NAMED = 'not named';
export const NONE_PRINTED = 'none printed';
export const NOT_STATED = 'not stated';

/** Text that must not be blank. It is kept exactly as written (no trimming): copies are verbatim. */
export const textSchema = z
  .string({ error: 'must be text' })
  .refine((value) => value.trim().length > 0, { message: 'must not be empty' });

/**
 * The longest texts the content may hold, in characters: generous beside today's longest (a title
 * of 94, a quote of 355), small enough that a slip such as a pasted page cannot reach every page.
 */
export const TEXT_LIMITS = {
  /** Names, spellings, glossary terms and variants, outlets, datelines. */
  name: 120,
  /** Titles of claims, statements, disagreements and topics. */
  title: 150,
  /** A few words copied from an article: a role, a relay's words, a quote's context. */
  phrase: 300,
  /** Statements, questions, headlines, standfirsts and notes. */
  sentence: 400,
  /** What a summary item says. */
  summary: 600,
  /** A passage copied from an article: a quote, a version, a description. */
  passage: 2000,
} as const;

/** Text that must not be blank nor longer than `max` characters; `hint` tells the editor what the field holds. */
export function boundedText(max: number, hint: string) {
  return textSchema.max(max, {
    error: (issue) => `must be at most ${max} characters (it has ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en') : 'more'}): ${hint}`,
  });
}

/** A lowercase kebab-case id, as used in URLs; chosen once and never recomputed. */
export const idSchema = z
  .string({ error: 'must be text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { message: 'must be lowercase words joined by hyphens, e.g. "talks-failure"' });

/**
 * A calendar date written `YYYY-MM-DD`. YAML reads an unquoted `2025-11-10` as a Date object, and
 * Astro's YAML reader rolls impossible dates over (2025-13-45 becomes a day in 2026), so the content
 * validator reads dates as text and this schema accepts both forms, always returning the text.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2025-11-10' })
    .refine(isCalendarDate, { message: 'must be a real date written YYYY-MM-DD, e.g. 2025-11-10' }),
);

/** True for an absolute http(s) address. */
export function isWebAddress(value: string): boolean {
  return /^https?:\/\/\S+$/u.test(value) && URL.canParse(value);
}
