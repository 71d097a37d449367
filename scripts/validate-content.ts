/**
 * `npm run validate`: the content check the build runs, with the register check from content alone,
 * on its own and in a second or two. Prints every problem as `file:line: field: message` and exits 1
 * if there is any.
 */
import { formatProblems } from '../src/lib/problems/content-problems.ts';
import { validateContentAndRegister } from '../src/validation/validate-content.ts';

const problems = await validateContentAndRegister(process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log('Content check passed: every article is valid and faithful to its capture, and every registered link still lands on its words.');
}
