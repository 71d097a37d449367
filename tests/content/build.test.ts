/**
 * The real `astro build`, run on a temporary copy of the project with bad content: it must fail,
 * name every bad file with line and field, and leave no output behind.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyBuildableProject, editFile, removeCopies, runAstroBuild as astroBuild } from '../support/project-copy.ts';

afterAll(removeCopies);

test('a build with bad content fails, reports every bad file with line and field, and writes nothing', async () => {
  const root = await copyBuildableProject();
  await editFile(root, 'content/articles/htnworld-muttaqi-blames-pakistan.md', (text) => text.replace('outlet: "HTN World"\n', ''));
  await editFile(root, 'content/articles/nukta-pakistan-reaffirms-core-concern.md', (text) =>
    text.replace('  printed: none printed\n', '  printed: none printed\n  iso: 2025-13-45\n'),
  );
  await editFile(root, 'content/articles/southasiatimes-pakistan-afghanistan-trade-blame.md', (text) =>
    text.replace('text: "Dark Mode"', 'text: "Light Mode"'),
  );

  const { status, output } = astroBuild(root);

  expect(status).toBe(1);
  expect(output).toContain('Content check failed: 5 problems in 3 files.');
  expect(output).toContain('content/articles/htnworld-muttaqi-blames-pakistan.md: outlet: is required but missing');
  expect(output).toContain(
    'content/articles/nukta-pakistan-reaffirms-core-concern.md:10: date.iso: must be a real date written YYYY-MM-DD, e.g. 2025-11-10 (found the text "2025-13-45")',
  );
  expect(output).toContain(
    'content/articles/southasiatimes-pakistan-afghanistan-trade-blame.md:18: omitted[0].text: is not in the capture content/captures/002_58946e792e9189c7.txt as one run of lines: "Light Mode"',
  );
  expect(existsSync(path.join(root, 'dist'))).toBe(false);
});

test('a dangling reference fails the build instead of logging and building on', async () => {
  const root = await copyBuildableProject();
  await editFile(root, 'content/claims/where-ttp-attacks-are-planned.yaml', (text) =>
    text.replace('speaker: pakistani-officials', 'speaker: pakistani-officialz').replace('article: dawat-taliban-blame-pakistan', 'article: dawat-no-such-article'),
  );

  const { status, output } = astroBuild(root);

  expect(status).toBe(1);
  expect(output).toContain('Content check failed: 2 problems in 1 file.');
  expect(output).toMatch(/content\/claims\/where-ttp-attacks-are-planned\.yaml:\d+: positions\.pakistan\.quotes\[0\]\.speaker: names person "pakistani-officialz", who is not in content\/people\//u);
  expect(output).toMatch(/content\/claims\/where-ttp-attacks-are-planned\.yaml:\d+: positions\.pakistan\.quotes\[3\]\.article: names article "dawat-no-such-article", which does not exist in content\/articles\//u);
  expect(existsSync(path.join(root, 'dist'))).toBe(false);
});
