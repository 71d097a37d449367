/**
 * The content check that runs before every build (src/integrations/content-validation.ts), in
 * `npm run validate` and in the tests. It applies the same zod schemas as the content collections,
 * plus what a schema cannot see: captures and hashes, fidelity to the capture, Markdown, references
 * between entries, unique ids, and every quote in its article. Unlike Astro's own check it reports
 * every problem in every file at once, each with file, line where known, and field.
 */
import type { ContentProblem } from '../lib/problems/content-problems.ts';
import { checkAliases } from './aliases.ts';
import { checkArticles } from './articles.ts';
import { checkClaims } from './claims.ts';
import { checkDisagreements } from './disagreements.ts';
import { checkGlossary } from './glossary.ts';
import { checkPeople } from './people.ts';
import { ProblemList } from './problem-list.ts';
import { checkRegister, type CheckedContent, type RegisterCheckOptions } from './register.ts';
import { retireAliasedParagraphIds } from './retired-ids.ts';
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
  const articles = await checkArticles(root, problems);
  const madeParagraphs = await retireAliasedParagraphIds(root, articles);
  const topics = await checkTopics(root, problems);
  const people = await checkPeople(root, articles, problems);
  const claims = await checkClaims(root, { articles, people, topics }, problems);
  await checkTopicsUsed(root, claims.topicsUsed, problems);
  await checkAliases(root, { articles, claims }, problems);
  await checkStatements(root, claims, problems);
  await checkDisagreements(root, articles, problems);
  await checkGlossary(root, articles, problems);
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
