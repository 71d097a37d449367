/**
 * The real `astro build`, run on a temporary copy of the project with bad content: it must fail,
 * name every bad file with line and field, and leave no output behind.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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
  expect(output).toContain('content/articles/htnworld-muttaqi-blames-pakistan.md:2: outlet: is required but missing');
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
  // A claim of its own, so the test does not depend on how the real claims are laid out.
  await writeFile(
    path.join(root, 'content/claims/dangling-references.yaml'),
    `title: Dangling references
statement: Whether a claim with dangling references builds.
topic: militancy
positions:
  pakistan:
    summary:
      - quotes: [dangling-officials]
        says: says so.
    quotes:
      - id: dangling-officials
        article: htnworld-muttaqi-blames-pakistan
        speaker: pakistani-officialz
        attribution: unnamed
        text: "Officials reiterate that civilian and military leadership remain aligned on core security concerns."
  taliban:
    summary:
      - quotes: [dangling-mujahid]
        says: says so.
    quotes:
      - id: dangling-mujahid
        article: dawat-no-such-article
        speaker: zabihullah-mujahid
        attribution: reported
        text: "stating that despite the Taliban’s “goodwill” and the mediators’ efforts"
`,
  );

  const { status, output } = astroBuild(root);

  expect(status).toBe(1);
  expect(output).toContain('Content check failed: 2 problems in 1 file.');
  expect(output).toContain('content/claims/dangling-references.yaml:12: positions.pakistan.quotes[0].speaker: names person "pakistani-officialz", who is not in content/people/');
  expect(output).toContain('content/claims/dangling-references.yaml:21: positions.taliban.quotes[0].article: names article "dawat-no-such-article", which does not exist in content/articles/');
  expect(existsSync(path.join(root, 'dist'))).toBe(false);
});
