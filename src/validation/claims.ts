/** Checks the claims (`content/claims/`): schema, references, ids, sides and every quote in its article. */
import type { z } from 'astro/zod';
import { isReservedOnClaimPage } from '../lib/anchors/claim-anchors.ts';
import type { QuoteLocation } from '../lib/claims/quote-match.ts';
import { createClaimSchema, createQuoteSchema } from '../schemas/claim.ts';
import { idSchema, NOT_STATED } from '../schemas/common.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { locatePassage } from './passages.ts';
import type { PeopleIndex } from './people.ts';
import { parseWithSchema, readDataFiles, type ProblemList } from './problem-list.ts';

const refs = { article: idSchema, person: idSchema, topic: idSchema, claim: idSchema };
const claimSchema = createClaimSchema(refs);
const quoteSchema = createQuoteSchema(refs);

type Quote = z.output<typeof quoteSchema>;
export type Side = 'pakistan' | 'taliban';

/** A quote that passed its checks, with where it sits. */
export interface CheckedQuote extends Quote {
  claimId: string;
  file: string;
  side: Side;
  location: QuoteLocation;
}

export interface ClaimIndex {
  ids: Set<string>;
  /** Every quote id a claim declares, even where the quote has problems of its own. */
  declaredQuoteIds: Set<string>;
  quotes: Map<string, CheckedQuote>;
  /** The topics that at least one claim is listed under. */
  topicsUsed: Set<string>;
}

export async function checkClaims(
  root: string,
  context: { articles: ArticleIndex; people: PeopleIndex; topics: Set<string> },
  problems: ProblemList,
): Promise<ClaimIndex> {
  const { articles, people, topics } = context;
  const index: ClaimIndex = { ids: new Set(), declaredQuoteIds: new Set(), quotes: new Map(), topicsUsed: new Set() };
  const quoteFiles = new Map<string, string>();
  const related: { file: string; report: (fieldPath: readonly PropertyKey[], message: string) => void; ids: string[] }[] = [];

  for (const { id, file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.claims, 'claim', problems)) {
    index.ids.add(id);
    const report = problems.forFile(file, yaml.lineOf);
    const claim = parseWithSchema(claimSchema, data, report);
    if (!claim) continue;

    if (!topics.has(claim.topic)) report(['topic'], `names topic "${claim.topic}", which is not in content/topics.yaml`);
    index.topicsUsed.add(claim.topic);
    if (claim.related) related.push({ file, report, ids: claim.related });
    if (claim.positions.pakistan === NOT_STATED && claim.positions.taliban === NOT_STATED) {
      report(['positions'], `has no quote on either side: a claim needs at least one quote; both sides are "${NOT_STATED}"`);
    }

    for (const side of ['pakistan', 'taliban'] as const) {
      const position = claim.positions[side];
      if (position === NOT_STATED) continue;
      position.quotes.forEach((quote, at) => {
        const quotePath = ['positions', side, 'quotes', at];
        let valid = true;
        const fail = (field: string, message: string) => {
          report([...quotePath, field], message);
          valid = false;
        };

        index.declaredQuoteIds.add(quote.id);
        const earlier = quoteFiles.get(quote.id);
        if (earlier !== undefined) fail('id', `quote id "${quote.id}" is already used in ${earlier}: quote ids must be unique across all claims`);
        else quoteFiles.set(quote.id, file);
        if (isReservedOnClaimPage(quote.id)) fail('id', `"${quote.id}" is an id the claim page uses for itself: choose another`);

        const speaker = people.checked.get(quote.speaker);
        if (!people.ids.has(quote.speaker)) fail('speaker', `names person "${quote.speaker}", who is not in content/people/`);
        else if (speaker) {
          if (speaker.side !== side && speaker.side !== 'neither') {
            fail('speaker', `"${quote.speaker}" speaks for ${speaker.side}, so the quote cannot state the ${side} position`);
          }
          if ((quote.attribution === 'unnamed') !== (speaker.kind === 'unnamed')) {
            fail('attribution', `"${quote.attribution}" does not fit "${quote.speaker}" (${speaker.kind}): "unnamed" is for unnamed officials or sources, and only for them`);
          }
          if ((quote.attribution === 'outlet') !== (speaker.kind === 'editorial')) {
            fail('attribution', `"${quote.attribution}" does not fit "${quote.speaker}" (${speaker.kind}): "outlet" is for an outlet's editorial voice, and only for it`);
          }
        }

        const located = locatePassage(articles, quote.article, quote.text, quote.context);
        if (located?.problem !== undefined) {
          fail(articles.ids.has(quote.article) ? 'text' : 'article', located.problem);
        }
        if (valid && located?.match) {
          index.quotes.set(quote.id, { ...quote, claimId: id, file, side, location: located.match });
        }
      });
    }
  }

  for (const { report, ids } of related) {
    ids.forEach((relatedId, at) => {
      if (!index.ids.has(relatedId)) report(['related', at], `names claim "${relatedId}", which is not in content/claims/`);
    });
  }
  return index;
}
