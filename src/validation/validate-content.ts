/**
 * The content check that runs before every build (src/integrations/content-validation.ts), in
 * `npm run validate` and in the tests. It applies the same zod schemas as the content collections,
 * plus what a schema cannot see: captures and hashes, fidelity to the capture, Markdown, references
 * between entries, unique ids, and every quote in its article. Unlike Astro's own check it reports
 * every problem in every file at once, each with file, line where known, and field.
 */
import path from 'node:path';
import type { ContentProblem } from '../lib/problems/content-problems.ts';
import { CONTENT_PATHS } from '../site-config.ts';
import { checkAliases } from './aliases.ts';
import { checkArticles, type ArticleIndex } from './articles.ts';
import { checkClaims, type ClaimIndex } from './claims.ts';
import { checkCorrections } from './corrections.ts';
import { checkDisagreements } from './disagreements.ts';
import { checkFigures } from './figures.ts';
import { checkEvents } from './events.ts';
import { checkGlossary } from './glossary.ts';
import { checkPeople, type PeopleIndex } from './people.ts';
import { articleFile } from './passages.ts';
import { ProblemList } from './problem-list.ts';
import { checkRegister, type CheckedContent, type RegisterCheckOptions } from './register.ts';
import { retireAliasedParagraphIds } from './retired-ids.ts';
import { ContentReadError } from './sources.ts';
import { checkStatements } from './statements.ts';
import { checkTopics, checkTopicsUsed } from './topics.ts';

export { renderArticleBody, type RenderedBody } from './articles.ts';

/** Validates all content under `root` (the project root); returns every problem, none when all is well. */
export async function validateContent(root: string): Promise<ContentProblem[]> {
  return [...(await inspectContent(root)).problems];
}

/** The content check, and what it learnt of the content, for the register check to build on. */
export async function inspectContent(root: string): Promise<CheckedContent> {
  const problems = new ProblemList();
  /**
   * Runs one check; should it throw after all (a case no check foresaw), the error becomes a problem
   * line naming what was being checked, the other checks still run, and no stack trace buries the report.
   */
  const step = async <T>(what: string, fallback: T, check: () => Promise<T>): Promise<T> => {
    try {
      return await check();
    } catch (error) {
      if (error instanceof ContentReadError) problems.add(path.relative(root, error.path).split(path.sep).join('/'), 'file', error.message);
      else problems.add(what, 'check', `stopped on an unexpected error, so part of it did not run: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };
  const articles = await step<ArticleIndex>(CONTENT_PATHS.articles, { ids: new Set(), checked: new Map() }, () => checkArticles(root, problems));
  const madeParagraphs = await retireAliasedParagraphIds(root, articles);
  const topics = await step(CONTENT_PATHS.topics, new Set<string>(), () => checkTopics(root, problems));
  const people = await step<PeopleIndex>(CONTENT_PATHS.people, { ids: new Set(), files: new Map(), checked: new Map() }, () => checkPeople(root, articles, problems));
  const claims = await step<ClaimIndex>(CONTENT_PATHS.claims, { ids: new Set(), declaredQuoteIds: new Map(), quotes: new Map(), topicsUsed: new Set(), unreadable: [] }, () => checkClaims(root, { articles, people, topics }, problems));
  await step(CONTENT_PATHS.topics, undefined, () => checkTopicsUsed(root, claims.topicsUsed, problems));
  await step(CONTENT_PATHS.aliases, undefined, () => checkAliases(root, { articles, claims }, problems));
  await step(CONTENT_PATHS.statements, undefined, () => checkStatements(root, claims, problems));
  await step(CONTENT_PATHS.disagreements, undefined, () => checkDisagreements(root, articles, problems));
  await step(CONTENT_PATHS.glossary, undefined, () => checkGlossary(root, articles, problems));
  await step(CONTENT_PATHS.figures, undefined, () => checkFigures(root, { articles, people, claims, topics }, problems));
  await step('content/corrections.yaml', undefined, () => checkCorrections(root, problems));
  await step(CONTENT_PATHS.events, undefined, () => checkEvents(root, articles, problems));
  reportPartlyChecked(articles, problems);
  problems.reportNotChecked();
  return { articles, topics, madeParagraphs, problems: problems.problems };
}

/**
 * The content check and the register check together, as `npm run validate` and the build run them:
 * every content problem, then every registered link the content no longer publishes on its words.
 */
export async function validateContentAndRegister(root: string, options: RegisterCheckOptions = {}): Promise<ContentProblem[]> {
  const content = await inspectContent(root);
  return [...content.problems, ...(await checkRegister(root, content, options))];
}

/** Names, once each, the articles that failed their own checks and so were left out of the checks of usage across all articles. */
function reportPartlyChecked(articles: ArticleIndex, problems: ProblemList): void {
  const others = articles.checked.size;
  for (const articleId of [...articles.ids].filter((id) => !articles.checked.has(id))) {
    problems.addNote(
      articleFile(articleId),
      'usage',
      `the glossary's usedIn lists were checked against the other ${others} ${others === 1 ? 'article' : 'articles'} only, and the outlets that editorial voices name not at all, because this one has problems of its own`,
    );
  }
}
