/**
 * `npm run validate` and the real `astro build` read YAML with one reader (the validator's), so a
 * value that YAML could read two ways (an unquoted date, a number, `yes`) gets the same verdict and
 * the same message from both. Before, Astro's js-yaml turned an unquoted `2025-11-10` into a Date:
 * validate passed, and the build failed with `title: must be text` at `…:0:0`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { today } from '../../src/lib/anchors/alias-advice.ts';
import { formatProblems } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyBuildableProject, editFile, removeCopies, runAstroBuild } from '../support/project-copy.ts';

afterAll(removeCopies);

const CLAIM = 'content/claims/where-ttp-attacks-are-planned.yaml';
const NUKTA = 'content/articles/nukta-pakistan-reaffirms-core-concern.md';

/** The validator's report lines, without the summary line. */
async function reportLines(root: string): Promise<string[]> {
  return formatProblems(await validateContent(root))
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

test('text fields written as an unquoted date or `yes` pass both, and the site shows them as written', async () => {
  const root = await copyBuildableProject();
  await editFile(root, CLAIM, (text) => text.replace('title: Where TTP attacks are planned', 'title: 2025-11-10'));
  await editFile(root, 'content/claims/where-iskp-is-based.yaml', (text) => text.replace(/^title: .*$/mu, 'title: yes'));
  await editFile(root, 'content/topics.yaml', (text) => text.replace('title: Militant groups and where they operate', 'title: 2025-11-09'));
  await editFile(root, 'content/people/amir-khan-muttaqi.yaml', (text) => text.replace('name: Amir Khan Muttaqi', 'name: 2025-11-08'));
  await editFile(root, NUKTA, (text) => text.replace('outlet: "Nukta"\n', 'outlet: "Nukta"\noutletNote: 2025-11-07\n'));
  // The two claims are published: a change to a title is on record, as every correction is.
  const titles = [
    ['where-ttp-attacks-are-planned', 'Where TTP attacks are planned', '2025-11-10'],
    ['where-iskp-is-based', 'Where ISIS-K (ISKP) is based', 'yes'],
  ];
  const corrections = titles.map(([claim, before, after], index) => `- number: ${index + 1}\n  date: ${today()}\n  claim: ${claim}\n  changes:\n    - kind: title reworded\n      field: title\n      before: "${before}"\n      after: "${after}"\n  why: A test.\n`);
  await editFile(root, 'content/corrections.yaml', (text) => `${text.trimEnd()}\n${corrections.join('')}`);

  expect(await reportLines(root)).toEqual([]);
  const { status, output } = runAstroBuild(root);
  expect(output).not.toContain('InvalidContentEntryDataError');
  expect(status).toBe(0);

  const page = (file: string) => readFile(path.join(root, 'dist', file), 'utf8');
  expect(await page('claims/where-ttp-attacks-are-planned/index.html')).toMatch(/<h1 id="claim-title"[^>]*>2025-11-10</u);
  expect(await page('claims/where-iskp-is-based/index.html')).toMatch(/<h1 id="claim-title"[^>]*>yes</u);
  expect(await page('claims/index.html')).toContain('2025-11-09');
  expect(await page('people/index.html')).toContain('2025-11-08');
  expect(await page('articles/nukta-pakistan-reaffirms-core-concern/index.html')).toContain('Nukta (2025-11-07)');
});

test('text fields written as a number or `true` fail both, with the same lines', async () => {
  const root = await copyBuildableProject();
  await editFile(root, CLAIM, (text) => text.replace('title: Where TTP attacks are planned', 'title: 1234'));
  await editFile(root, 'content/topics.yaml', (text) => text.replace('title: Militant groups and where they operate', 'title: true'));
  await editFile(root, NUKTA, (text) => text.replace('outlet: "Nukta"\n', 'outlet: "Nukta"\noutletNote: 10.5\n'));

  const expected = [
    `${NUKTA}:3: outletNote: must be text (found number 10.5)`,
    `${CLAIM}:1: title: must be text (found number 1234)`,
    'content/topics.yaml:2: [0].title: must be text (found boolean true)',
  ];
  const report = formatProblems(await validateContent(root));
  expect(report.split('\n').filter((line) => line.length > 0 && !/: (cited by|usage): /u.test(line))).toEqual(['Content check failed: 3 problems in 3 files.', ...expected]);
  const { status, output } = runAstroBuild(root);
  expect(status).toBe(1);
  // Every line validate prints, notes on what the broken article kept from being checked included.
  for (const line of report.split('\n')) expect(output).toContain(line);
});
