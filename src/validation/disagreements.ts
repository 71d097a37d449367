/** Checks the points on which the articles disagree (`content/disagreements/`). */
import { describeUnbalancedQuotationMarks } from '../lib/sources/quotation-marks.ts';
import { namesDayOfMonth, weekdaysNamed } from '../lib/sources/dates.ts';
import { idSchema } from '../schemas/common.ts';
import { createDisagreementSchema } from '../schemas/disagreement.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { articleFile, locatePassage } from './passages.ts';
import { parseWithSchema, readDataFiles, salvageList, type ProblemList } from './problem-list.ts';

const disagreementSchema = createDisagreementSchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });
const versionSchema = disagreementSchema.shape.versions.element;

export async function checkDisagreements(root: string, articles: ArticleIndex, problems: ProblemList): Promise<void> {
  for (const { file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.disagreements, 'disagreement', problems)) {
    const report = problems.forFile(file, yaml.lineOf);
    const disagreement = parseWithSchema(disagreementSchema, data, report);
    // A schema error hides none of the other checks: each version that passes it is still looked for.
    for (const { item: version, at } of salvageList(versionSchema, data['versions'])) {
      const located = locatePassage(articles, version.article, version.text, version.context);
      if (located === undefined) problems.notChecked(articleFile(version.article), 'disagreement version', file);
      if (located?.problem !== undefined) report(['versions', at, articles.ids.has(version.article) ? 'text' : 'article'], located.problem);
      const paragraph = located?.match && articles.checked.get(version.article)?.paragraphs.find((candidate) => candidate.id === located.match.paragraphId);
      const unbalanced = paragraph && describeUnbalancedQuotationMarks(paragraph.text);
      if (paragraph && unbalanced !== undefined && version.note === undefined) {
        report(['versions', at, 'note'], `is required: the version's paragraph #${paragraph.id} has unbalanced quotation marks (${unbalanced}); add a neutral note saying what the article shows`);
      }
    }
    // The rules across versions need them all.
    if (!disagreement) continue;
    if (new Set(disagreement.versions.map((version) => version.article)).size < 2) {
      report(['versions'], 'must come from at least two different articles: a disagreement is between articles');
    }
    const weekdays = [...new Set(disagreement.versions.flatMap((version) => weekdaysNamed(version.text)))];
    const dated = disagreement.versions.some((version) => namesDayOfMonth(version.text));
    if (weekdays.length > 0 && dated && disagreement.calendar === undefined && disagreement.notADisagreement === undefined) {
      // A missing "calendar" has no line of its own: point at the version that names a weekday.
      const named = disagreement.versions.findIndex((version) => weekdaysNamed(version.text).length > 0);
      problems.add(file, 'calendar', `is required: a version names ${weekdays.join(' and ')} and another gives dates; list those dates (YYYY-MM-DD) so the page can show their weekdays`, yaml.lineOf(['versions', named]));
    }
  }
}
