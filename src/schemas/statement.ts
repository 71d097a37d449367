/**
 * One statement reported by several outlets in different words (`content/statements/<id>.yaml`).
 * It names no speaker of its own: each rendering keeps the attribution its article gives, and
 * outlets do not always agree on who spoke (the spokesman, or the government he speaks for).
 */
import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

export const statementSchema = z.strictObject({
  /** A short neutral title. */
  title: textSchema,
  /** Ids of the quotes (in claims) that render it, each from a different article; at least two. */
  renderings: z.array(idSchema, { error: 'must be a list of quote ids' }).min(2, { message: 'must list at least two renderings' }),
});
