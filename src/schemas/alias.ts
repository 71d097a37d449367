/**
 * Where a published link now points (`content/aliases.yaml`, a list): a claim renamed, merged or
 * withdrawn, or a quote or paragraph moved. Published anchors are never simply removed; see
 * content/published-anchors.txt.
 */
import { z } from 'astro/zod';
import { quoteContextSchema } from './claim.ts';
import { idSchema, isoDateSchema, textSchema } from './common.ts';

/** A claim page (`/claims/<id>/`) or a fragment of a claim or article page (`/claims/<id>/#<id>`). */
export const LINK_PATTERN = /^\/(claims|articles)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#([A-Za-z0-9_-]+))?$/u;

const linkSchema = z.string({ error: 'must be a site path such as /claims/<id>/ or /articles/<id>/#<fragment>' }).regex(LINK_PATTERN, {
  message: 'must be a site path such as /claims/<id>/ or /articles/<id>/#<fragment>',
});

export const ALIAS_CHANGES = ['renamed', 'merged', 'withdrawn', 'moved'] as const;

/**
 * A quote of a merged or withdrawn claim kept on its tombstone, so that links to it still land on
 * its words. The words are checked like any quote: verbatim in the article, and so in its capture.
 */
export const keptQuoteSchema = z.strictObject({
  /** The quote's id as published (`/claims/<old id>/#<id>`). */
  id: idSchema,
  /** The article the words come from. */
  article: idSchema,
  /** The words, exactly as the claim quoted them. */
  text: textSchema,
  /** Which occurrence is meant, where the words occur more than once in the article. */
  context: quoteContextSchema.optional(),
});

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
  /** A merged or withdrawn claim's quotes that its tombstone keeps, with their words. */
  quotes: z.array(keptQuoteSchema, { error: 'must be a list of { id, article, text } entries' }).min(1, { message: 'must list at least one quote, or be left out' }).optional(),
};

type AliasFields = {
  from: string;
  change: (typeof ALIAS_CHANGES)[number];
  to?: string | undefined;
  note?: string | undefined;
  quotes?: readonly { id: string }[] | undefined;
};

const isArticlePage = (link: string) => link.startsWith('/articles/') && !link.includes('#');

/** The rules between fields. */
function checkAlias(alias: AliasFields, context: z.RefinementCtx): void {
  if (isArticlePage(alias.from)) {
    // No page is generated for an old article address, so such an alias would only look like it works.
    context.addIssue({
      code: 'custom',
      path: ['from'],
      message: 'cannot be an article page: articles keep their address for good (never rename or remove an article file); only a paragraph of one can move, as /articles/<id>/#<paragraph> with change: moved',
    });
    return;
  }
  const fragment = alias.from.includes('#');
  if (fragment && alias.change !== 'moved') context.addIssue({ code: 'custom', path: ['change'], message: 'must be "moved" for a quote or paragraph' });
  if (!fragment && alias.change === 'moved') context.addIssue({ code: 'custom', path: ['change'], message: 'must be "renamed", "merged" or "withdrawn" for a claim' });
  if (alias.quotes !== undefined && alias.change !== 'merged' && alias.change !== 'withdrawn') {
    context.addIssue({ code: 'custom', path: ['quotes'], message: 'is only for a merged or withdrawn claim, whose tombstone keeps these quotes' });
  }
  const seen = new Set<string>();
  alias.quotes?.forEach((quote, at) => {
    if (seen.has(quote.id)) context.addIssue({ code: 'custom', path: ['quotes', at, 'id'], message: `"${quote.id}" is listed twice` });
    seen.add(quote.id);
  });
  if (alias.change === 'withdrawn') {
    if (alias.to !== undefined) context.addIssue({ code: 'custom', path: ['to'], message: 'must be left out for a withdrawn claim' });
    if (alias.note === undefined) context.addIssue({ code: 'custom', path: ['note'], message: 'is required for a withdrawn claim: say why it was withdrawn' });
  } else if (alias.to === undefined) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'is required: where the link points now' });
  } else if (fragment && !alias.to.includes('#')) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must be a fragment too (…/#<id>)' });
  } else if (!fragment && !/^\/claims\/[^#]+\/$/u.test(alias.to)) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'must be a claim page (/claims/<id>/)' });
  }
}

/** One entry of content/aliases.yaml. */
export const aliasSchema = z.strictObject(aliasShape).superRefine(checkAlias);

export type Alias = z.output<typeof aliasSchema>;
export type KeptQuote = z.output<typeof keptQuoteSchema>;
