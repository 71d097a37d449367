/** Checks the statements reported in different words by several outlets (`content/statements/`). */
import { statementSchema } from '../schemas/statement.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ClaimIndex } from './claims.ts';
import { parseWithSchema, readDataFiles, type ProblemList } from './problem-list.ts';

export async function checkStatements(root: string, claims: ClaimIndex, problems: ProblemList): Promise<void> {
  for (const { file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.statements, 'statement', problems)) {
    const report = problems.forFile(file, yaml.lineOf);
    const statement = parseWithSchema(statementSchema, data, report);
    if (!statement) continue;
    const articlesSeen = new Map<string, number>();
    statement.renderings.forEach((quoteId, at) => {
      const quote = claims.quotes.get(quoteId);
      if (!quote) {
        // A declared quote with problems of its own is reported where it is written.
        if (!claims.declaredQuoteIds.has(quoteId)) report(['renderings', at], `names quote "${quoteId}", which is in no claim`);
        return;
      }
      const earlier = articlesSeen.get(quote.article);
      if (earlier !== undefined) report(['renderings', at], `comes from the same article as renderings[${earlier}]: each rendering must come from a different article`);
      else articlesSeen.set(quote.article, at);
    });
  }
}
