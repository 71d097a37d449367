/**
 * One statement reported by several outlets in different words (`content/statements/<id>.yaml`).
 * It names no speaker of its own: each rendering keeps the attribution its article gives, and
 * outlets do not always agree on who spoke (the spokesman, or the government he speaks for).
 */
import { z } from 'astro/zod';
import { boundedText, idSchema, TEXT_LIMITS } from './common.ts';

export const statementSchema = z.strictObject({
  /** A short neutral title. */
  title: boundedText(TEXT_LIMITS.title, 'a title is a short phrase'),
  /**
   * How each article renders it, each from a different article; at least two. A rendering is a quote
   * id, or a list of quote ids of one speaker in one article, read together, where the article splits
   * the statement across quotes (so that like is compared with like).
   */
  renderings: z
    .array(z.union([idSchema, z.array(idSchema, { error: 'must be a list of quote ids' }).min(1, { message: 'must list at least one quote id' })], { error: 'must be a quote id or a list of quote ids' }), {
      error: 'must be a list of quote ids',
    })
    .min(2, { message: 'must list at least two renderings' }),
});
