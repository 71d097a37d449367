/**
 * `npm run build` builds into a fresh folder and puts it in place of dist/ only when every check
 * passed. A build that fails, at the content check before Astro starts or at the register check
 * after Astro has written every page, leaves the previous dist/ byte for byte as it was.
 */
import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyBuildableProject, hashTree, removeCopies, runNpmScript } from '../support/project-copy.ts';

let root: string;
let goodBuild: Record<string, string>;

beforeAll(async () => {
  root = await copyBuildableProject();
  const build = runNpmScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  goodBuild = await hashTree(path.join(root, 'dist'));
  expect(Object.keys(goodBuild)).toContain('index.html');
}, 240_000);
afterAll(removeCopies);

test('a claim renamed without an alias fails the build, and dist/ stays the last good build', async () => {
  const claims = path.join(root, 'content/claims');
  await rename(path.join(claims, 'goodwill-toward-the-other-people.yaml'), path.join(claims, 'goodwill-between-the-peoples.yaml'));
  for (const name of await readdir(claims)) {
    const file = path.join(claims, name);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('- goodwill-toward-the-other-people\n', '- goodwill-between-the-peoples\n'));
  }

  const build = runNpmScript(root, 'build');

  expect(build.status).toBe(1);
  expect(build.output).toContain('  /claims/goodwill-toward-the-other-people/\n');
  expect(build.output).toContain('The build failed, so dist/ was left as it was (the last good build).');
  expect(build.output).not.toMatch(/unhandled error|Stack trace/iu);
  expect(await hashTree(path.join(root, 'dist'))).toEqual(goodBuild);
  expect(existsSync(path.join(root, '.tmp/dist-next'))).toBe(false);

  await rename(path.join(claims, 'goodwill-between-the-peoples.yaml'), path.join(claims, 'goodwill-toward-the-other-people.yaml'));
  for (const name of await readdir(claims)) {
    const file = path.join(claims, name);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('- goodwill-between-the-peoples\n', '- goodwill-toward-the-other-people\n'));
  }
});

test('a page anchor lost after Astro wrote every page fails the build, and dist/ stays the last good build', async () => {
  // Only the built pages can show that the method page lost a section: the content cannot.
  const register = path.join(root, 'content/published-anchors.txt');
  const before = await readFile(register, 'utf8');
  await appendFile(register, '/method/#never-published\n');

  const build = runNpmScript(root, 'build');

  expect(build.status).toBe(1);
  expect(build.output).toContain(
    [
      '[ERROR] [parallax:anchor-register] The build no longer publishes 1 registered anchor; links to it would break:',
      '  /method/#never-published',
      'No alias can keep these: only claims, quotes and article paragraphs can move. Put back what published them:',
      '  /method/#never-published',
    ].join('\n'),
  );
  expect(build.output).toContain('The build failed, so dist/ was left as it was (the last good build).');
  expect(build.output).not.toMatch(/unhandled error|Stack trace/iu);
  expect(await hashTree(path.join(root, 'dist'))).toEqual(goodBuild);
  await writeFile(register, before);
});

test('a build that passes replaces dist/ completely', async () => {
  await writeFile(path.join(root, 'dist/left-over.html'), '<p>from an older build</p>');
  const build = runNpmScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  expect(await hashTree(path.join(root, 'dist'))).toEqual(goodBuild);
  expect(existsSync(path.join(root, '.tmp/dist-previous'))).toBe(false);
});
