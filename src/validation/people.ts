/** Checks the people who speak in the articles (`content/people/`). */
import type { z } from 'astro/zod';
import { collapseWhitespace } from '../lib/text.ts';
import { idSchema } from '../schemas/common.ts';
import { createPersonSchema } from '../schemas/person.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import type { ArticleIndex } from './articles.ts';
import { articleFile } from './passages.ts';
import { parseWithSchema, readDataFiles, salvage, salvageList, type ProblemList } from './problem-list.ts';
import { readContentFile } from './sources.ts';

const personSchema = createPersonSchema({ article: idSchema, person: idSchema, topic: idSchema, claim: idSchema });
export type CheckedPerson = z.output<typeof personSchema> & { id: string };

export interface PeopleIndex {
  ids: Set<string>;
  /** The file of every person id, even of a person with problems of its own. */
  files: Map<string, string>;
  checked: Map<string, CheckedPerson>;
}

const roleSchema = personSchema.shape.roles.element;
const spellingSchema = personSchema.shape.spellings.element;

/**
 * The text as written (frontmatter and body) of every article that failed its own checks: a
 * spelling in none of the sound articles may still be in one of these, and is then not reported.
 */
async function textsOfFailedArticles(root: string, articles: ArticleIndex): Promise<string[]> {
  const failed = [...articles.ids].filter((articleId) => !articles.checked.has(articleId));
  const texts = await Promise.all(failed.map(async (articleId) => readContentFile(root, articleFile(articleId))));
  return texts.flatMap((source) => (source.ok ? [collapseWhitespace(source.text)] : []));
}

export async function checkPeople(root: string, articles: ArticleIndex, problems: ProblemList): Promise<PeopleIndex> {
  const index: PeopleIndex = { ids: new Set(), files: new Map(), checked: new Map() };
  const articleTexts = [...articles.checked.values()].map((article) => collapseWhitespace(article.fullText));
  const failedTexts = await textsOfFailedArticles(root, articles);
  const inFailedArticle = (text: string) => failedTexts.some((failed) => failed.includes(collapseWhitespace(text)));
  // An outlet's editorial voice goes by the outlet's name, which its own text need not print. An
  // article that failed its own checks may have any outlet: names of outlets are then not checked.
  const outlets = new Set([...articles.checked.values()].map((article) => article.data.outlet));
  const mayBeOutlet = (name: string) => outlets.has(name) || articles.checked.size < articles.ids.size;
  const unreadable = new Map<string, string>();
  for (const { id, file, yaml, data } of await readDataFiles(root, CONTENT_PATHS.people, 'person', problems, unreadable)) {
    index.ids.add(id);
    index.files.set(id, file);
    // A missing "outlet" has no line of its own: point at the "kind" that requires it.
    const report = problems.forFile(file, (fieldPath) => yaml.lineOf(fieldPath) ?? (fieldPath[0] === 'outlet' ? yaml.lineOf(['kind']) : undefined));
    // A schema error hides none of the other checks: they run on the roles and spellings that pass it.
    const person = parseWithSchema(personSchema, data, report);
    const kind = salvage(personSchema.shape.kind, data['kind']);
    const outlet = salvage(personSchema.shape.outlet, data['outlet']);
    for (const { item: role, at } of salvageList(roleSchema, data['roles'])) {
      const article = articles.checked.get(role.article);
      if (!articles.ids.has(role.article)) {
        report(['roles', at, 'article'], `names article "${role.article}", which does not exist in content/articles/`);
      } else if (!article) {
        problems.notChecked(articleFile(role.article), 'role', file);
      } else if (!collapseWhitespace(article.fullText).includes(collapseWhitespace(role.text))) {
        report(['roles', at, 'text'], `is not in article "${role.article}": a role must be copied exactly as the article gives it`);
      }
    }
    for (const { item: spelling, at } of salvageList(spellingSchema, data['spellings'])) {
      const used = articleTexts.some((text) => text.includes(collapseWhitespace(spelling))) || (kind === 'editorial' && mayBeOutlet(spelling)) || inFailedArticle(spelling);
      if (!used) {
        report(['spellings', at], `${JSON.stringify(spelling)} is in none of the articles: list only the forms the articles use`);
      }
    }
    const outletUnknown = kind === 'editorial' && outlet !== undefined && !mayBeOutlet(outlet);
    if (outletUnknown) {
      report(['outlet'], `names outlet ${JSON.stringify(outlet)}, which no article has: it must be an article's "outlet" exactly (${[...outlets].map((name) => JSON.stringify(name)).join(', ')})`);
    }
    // Quotes need the speaker's kind, side and outlet, which a wrong spelling or role leaves sound.
    if (person && !outletUnknown) index.checked.set(id, { ...person, id });
  }
  // A person that cannot be read still exists: quotes naming them are noted there, not called dangling.
  for (const [id, file] of unreadable) {
    index.ids.add(id);
    index.files.set(id, file);
  }
  return index;
}
