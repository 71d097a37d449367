/** Checks the glossary (`content/glossary/`): every variant's list of articles must be exactly right. */
import { countTermUses } from '../lib/claims/term-usage.ts';
import { idSchema } from '../schemas/common.ts';
import { createGlossarySchema } from '../schemas/glossary.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { locatePassage } from './passages.ts';
import { parseWithSchema, readDataFiles, type ProblemList } from './problem-list.ts';

const glossarySchema = createGlossarySchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });

export async function checkGlossary(root: string, articles: ArticleIndex, problems: ProblemList): Promise<void> {
  // Usage can only be checked against the whole set of articles.
  const complete = articles.checked.size === articles.ids.size;
  for (const { file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.glossary, 'glossary', problems)) {
    const report = problems.forFile(file, yaml.lineOf);
    const entry = parseWithSchema(glossarySchema, data, report);
    if (!entry) continue;
    entry.describedAs?.forEach((description, at) => {
      const located = locatePassage(articles, description.article, description.text, description.context);
      if (located?.problem !== undefined) report(['describedAs', at, articles.ids.has(description.article) ? 'text' : 'article'], located.problem);
    });
    const seen = new Set<string>();
    entry.variants.forEach((variant, at) => {
      const key = variant.text.toLowerCase();
      if (seen.has(key)) report(['variants', at, 'text'], `"${variant.text}" is listed twice`);
      seen.add(key);
      const listed = new Set(variant.usedIn);
      variant.usedIn.forEach((articleId, position) => {
        if (!articles.ids.has(articleId)) report(['variants', at, 'usedIn', position], `names article "${articleId}", which does not exist in content/articles/`);
      });
      if (!complete) return;
      const using = [...articles.checked.values()].filter((article) => countTermUses(article.fullText, variant.text) > 0).map((article) => article.id);
      const missing = using.filter((articleId) => !listed.has(articleId));
      const wrong = variant.usedIn.filter((articleId) => articles.ids.has(articleId) && !using.includes(articleId));
      if (missing.length > 0) report(['variants', at, 'usedIn'], `leaves out ${missing.join(', ')}, which ${missing.length === 1 ? 'uses' : 'use'} "${variant.text}"`);
      if (wrong.length > 0) report(['variants', at, 'usedIn'], `lists ${wrong.join(', ')}, which ${wrong.length === 1 ? 'does' : 'do'} not use "${variant.text}"`);
    });
  }
}
