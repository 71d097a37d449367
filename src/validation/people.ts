/** Checks the people who speak in the articles (`content/people/`). */
import type { z } from 'astro/zod';
import { collapseWhitespace } from '../lib/text.ts';
import { idSchema } from '../schemas/common.ts';
import { createPersonSchema } from '../schemas/person.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { parseWithSchema, readDataFiles, type ProblemList } from './problem-list.ts';

const personSchema = createPersonSchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });
export type CheckedPerson = z.output<typeof personSchema> & { id: string };

export interface PeopleIndex {
  ids: Set<string>;
  checked: Map<string, CheckedPerson>;
}

export async function checkPeople(root: string, articles: ArticleIndex, problems: ProblemList): Promise<PeopleIndex> {
  const index: PeopleIndex = { ids: new Set(), checked: new Map() };
  // Spellings can only be checked against the whole set of articles; a broken article is reported on its own.
  const complete = articles.checked.size === articles.ids.size;
  const articleTexts = [...articles.checked.values()].map((article) => collapseWhitespace(article.fullText));
  // An outlet's editorial voice goes by the outlet's name, which its own text need not print.
  const outlets = new Set([...articles.checked.values()].map((article) => article.data.outlet));
  for (const { id, file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.people, 'person', problems)) {
    index.ids.add(id);
    // A missing "outlet" has no line of its own: point at the "kind" that requires it.
    const report = problems.forFile(file, (fieldPath) => yaml.lineOf(fieldPath) ?? (fieldPath[0] === 'outlet' ? yaml.lineOf(['kind']) : undefined));
    const person = parseWithSchema(personSchema, data, report);
    if (!person) continue;
    let valid = true;
    person.roles.forEach((role, at) => {
      const article = articles.checked.get(role.article);
      if (!articles.ids.has(role.article)) {
        report(['roles', at, 'article'], `names article "${role.article}", which does not exist in content/articles/`);
        valid = false;
      } else if (article && !collapseWhitespace(article.fullText).includes(collapseWhitespace(role.text))) {
        report(['roles', at, 'text'], `is not in article "${role.article}": a role must be copied exactly as the article gives it`);
        valid = false;
      }
    });
    person.spellings.forEach((spelling, at) => {
      const used = articleTexts.some((text) => text.includes(collapseWhitespace(spelling))) || (person.kind === 'editorial' && outlets.has(spelling));
      if (complete && !used) {
        report(['spellings', at], `${JSON.stringify(spelling)} is in none of the articles: list only the forms the articles use`);
        valid = false;
      }
    });
    if (person.outlet !== undefined && complete && !outlets.has(person.outlet)) {
      report(['outlet'], `names outlet ${JSON.stringify(person.outlet)}, which no article has: it must be an article's "outlet" exactly (${[...outlets].map((outlet) => JSON.stringify(outlet)).join(', ')})`);
      valid = false;
    }
    if (valid) index.checked.set(id, { ...person, id });
  }
  return index;
}
