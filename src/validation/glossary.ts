/** Checks the glossary (`content/glossary/`): every variant's list of articles must be exactly right. */
import { countTermUses } from '../lib/claims/term-usage.ts';
import { idSchema } from '../schemas/common.ts';
import { createGlossarySchema } from '../schemas/glossary.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { articleFile, locatePassage } from './passages.ts';
import { parseWithSchema, readDataFiles, salvageList, type ProblemList } from './problem-list.ts';

const glossarySchema = createGlossarySchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });

const describedAsSchema = glossarySchema.shape.describedAs.unwrap().element;
const variantSchema = glossarySchema.shape.variants.element;

export async function checkGlossary(root: string, articles: ArticleIndex, problems: ProblemList): Promise<void> {
  // Usage is checked against the articles that passed their own checks (validate-content.ts names the others).
  for (const { file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.glossary, 'glossary', problems)) {
    const report = problems.forFile(file, yaml.lineOf);
    // A schema error hides none of the other checks: they run on the entries that pass it.
    parseWithSchema(glossarySchema, data, report);
    for (const { item: description, at } of salvageList(describedAsSchema, data['describedAs'])) {
      const located = locatePassage(articles, description.article, description.text, description.context);
      if (located === undefined) problems.notChecked(articleFile(description.article), 'glossary description', file);
      else if (located.problem !== undefined) report(['describedAs', at, articles.ids.has(description.article) ? 'text' : 'article'], located.problem);
    }
    const seen = new Set<string>();
    for (const { item: variant, at } of salvageList(variantSchema, data['variants'])) {
      const key = variant.text.toLowerCase();
      if (seen.has(key)) report(['variants', at, 'text'], `"${variant.text}" is listed twice`);
      seen.add(key);
      const listed = new Set(variant.usedIn);
      variant.usedIn.forEach((articleId, position) => {
        if (!articles.ids.has(articleId)) report(['variants', at, 'usedIn', position], `names article "${articleId}", which does not exist in content/articles/`);
      });
      const using = [...articles.checked.values()].filter((article) => countTermUses(article.fullText, variant.text) > 0).map((article) => article.id);
      const missing = using.filter((articleId) => !listed.has(articleId));
      const wrong = variant.usedIn.filter((articleId) => articles.checked.has(articleId) && !using.includes(articleId));
      if (missing.length > 0) report(['variants', at, 'usedIn'], `leaves out ${missing.join(', ')}, which ${missing.length === 1 ? 'uses' : 'use'} "${variant.text}"`);
      if (wrong.length > 0) report(['variants', at, 'usedIn'], `lists ${wrong.join(', ')}, which ${wrong.length === 1 ? 'does' : 'do'} not use "${variant.text}"`);
    }
  }
}
