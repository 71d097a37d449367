/** Checks the statements reported in different words by several outlets (`content/statements/`). */
import { statementSchema } from '../schemas/statement.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ClaimIndex } from './claims.ts';
import { parseWithSchema, readDataFiles, salvageList, type ProblemList } from './problem-list.ts';

const renderingSchema = statementSchema.shape.renderings.element;

export async function checkStatements(root: string, claims: ClaimIndex, problems: ProblemList): Promise<void> {
  for (const { file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.statements, 'statement', problems)) {
    const report = problems.forFile(file, yaml.lineOf);
    // A schema error hides none of the other checks: they run on the renderings that pass it.
    parseWithSchema(statementSchema, data, report);
    const articlesSeen = new Map<string, number>();
    salvageList(renderingSchema, data['renderings']).forEach(({ item: rendering, at }) => {
      const ids = typeof rendering === 'string' ? [rendering] : rendering;
      const path = (part: number) => (typeof rendering === 'string' ? ['renderings', at] : ['renderings', at, part]);
      /** The claim files this rendering could not be checked against, each noted once. */
      const unchecked = new Set<string>();
      const quotes = ids.flatMap((quoteId, part) => {
        const quote = claims.quotes.get(quoteId);
        // A declared quote with problems of its own is reported where it is written, and this rendering noted there.
        const declaredIn = claims.declaredQuoteIds.get(quoteId);
        if (!quote && declaredIn !== undefined) unchecked.add(declaredIn);
        // The quote may be in a claim that could not be read.
        else if (!quote && claims.unreadable.length > 0) for (const unreadable of claims.unreadable) unchecked.add(unreadable);
        else if (!quote) report(path(part), `names quote "${quoteId}", which is in no claim`);
        return quote ? [{ quote, part }] : [];
      });
      for (const claimFile of unchecked) problems.notChecked(claimFile, 'statement rendering', file);
      const [first] = quotes;
      if (!first) return;
      for (const { quote, part } of quotes.slice(1)) {
        if (quote.article !== first.quote.article || quote.speaker !== first.quote.speaker) {
          report(path(part), `is from "${quote.speaker}" in "${quote.article}", but "${first.quote.id}" is from "${first.quote.speaker}" in "${first.quote.article}": quotes read together as one rendering must share speaker and article`);
        }
      }
      const earlier = articlesSeen.get(first.quote.article);
      if (earlier !== undefined) report(['renderings', at], `comes from the same article as renderings[${earlier}]: each rendering must come from a different article`);
      else articlesSeen.set(first.quote.article, at);
    });
  }
}
