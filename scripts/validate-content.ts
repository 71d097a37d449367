/**
 * `npm run validate`: the content check the build runs, on its own and in a second. Prints every
 * problem as `file:line: field: message` and exits 1 if there is any.
 */
import { formatProblems } from '../src/lib/problems/content-problems.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const problems = await validateContent(process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log('Content check passed: every article is valid and faithful to its capture.');
}
