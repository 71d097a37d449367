/**
 * Where a published link now points (`content/aliases.yaml`, a list): a claim renamed, merged or
 * withdrawn, or a quote or paragraph moved. Published anchors are never simply removed; see
 * content/published-anchors.txt.
 */
import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './common.ts';

/** A claim page (`/claims/<id>/`) or a fragment of a claim or article page (`/claims/<id>/#<id>`). */
export const LINK_PATTERN = /^\/(claims|articles)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#([A-Za-z0-9_-]+))?$/u;

const linkSchema = z.string({ error: 'must be a site path such as /claims/<id>/ or /articles/<id>/#<fragment>' }).regex(LINK_PATTERN, {
  message: 'must be a site path such as /claims/<id>/ or /articles/<id>/#<fragment>',
});

export const ALIAS_CHANGES = ['renamed', 'merged', 'withdrawn', 'moved'] as const;

const aliasShape = {
  /** The link as published. */
  from: linkSchema,
  /** What happened to its target. */
  change: z.enum(ALIAS_CHANGES, { error: `must be one of: ${ALIAS_CHANGES.join(', ')}` }),
  /** Where it points now; not for a withdrawn claim. */
  to: linkSchema.optional(),
  /** When it happened. */
  date: isoDateSchema,
  /** What happened, in a sentence the tombstone page shows. */
  note: textSchema.optional(),
};

type AliasFields = { from: string; change: (typeof ALIAS_CHANGES)[number]; to?: string | undefined; note?: string | undefined };

/** The rules between fields. */
function checkAlias(alias: AliasFields, context: z.RefinementCtx): void {
  const fragment = alias.from.includes('#');
  if (fragment && alias.change !== 'moved') context.addIssue({ code: 'custom', path: ['change'], message: 'must be "moved" for a quote or paragraph' });
  if (!fragment && alias.change === 'moved') context.addIssue({ code: 'custom', path: ['change'], message: 'must be "renamed", "merged" or "withdrawn" for a claim' });
  if (alias.change === 'withdrawn') {
    if (alias.to !== undefined) context.addIssue({ code: 'custom', path: ['to'], message: 'must be left out for a withdrawn claim' });
    if (alias.note === undefined) context.addIssue({ code: 'custom', path: ['note'], message: 'is required for a withdrawn claim: say why it was withdrawn' });
  } else if (alias.to === undefined) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'is required: where the link points now' });
  } else if (fragment !== alias.to.includes('#')) {
    context.addIssue({ code: 'custom', path: ['to'], message: fragment ? 'must be a fragment too (…/#<id>)' : 'must be a claim page (/claims/<id>/)' });
  }
}

/** One entry of content/aliases.yaml. */
export const aliasSchema = z.strictObject(aliasShape).superRefine(checkAlias);

export type Alias = z.output<typeof aliasSchema>;
