/** Checks the points on which the articles disagree (`content/disagreements/`). */
import { idSchema } from '../schemas/common.ts';
import { createDisagreementSchema } from '../schemas/disagreement.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { locatePassage } from './passages.ts';
import { parseWithSchema, readDataFiles, type ProblemList } from './problem-list.ts';

const disagreementSchema = createDisagreementSchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });

export async function checkDisagreements(root: string, articles: ArticleIndex, problems: ProblemList): Promise<void> {
  for (const { file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.disagreements, 'disagreement', problems)) {
    const report = problems.forFile(file, yaml.lineOf);
    const disagreement = parseWithSchema(disagreementSchema, data, report);
    if (!disagreement) continue;
    disagreement.versions.forEach((version, at) => {
      const located = locatePassage(articles, version.article, version.text, version.context);
      if (located?.problem !== undefined) report(['versions', at, articles.ids.has(version.article) ? 'text' : 'article'], located.problem);
    });
    if (new Set(disagreement.versions.map((version) => version.article)).size < 2) {
      report(['versions'], 'must come from at least two different articles: a disagreement is between articles');
    }
  }
}
