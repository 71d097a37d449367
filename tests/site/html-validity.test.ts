/**
 * Valid HTML: html-validate's recommended preset over every page of the built site, with zero
 * errors. The rules changed from the preset, and why, are in .htmlvalidate.mjs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/project-copy.ts';
import { htmlFilesUnder, validateHtmlUnder } from '../support/html-validity.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

test('every built page is valid HTML under the recommended preset', async () => {
  expect((await htmlFilesUnder(dist)).length).toBeGreaterThan(30);
  // Listed as file:line:column rule message, so a failure says exactly what to fix.
  expect(await validateHtmlUnder(dist)).toEqual([]);
});

test('the check fails on invalid markup and names the file, line and rule', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-html-'));
  scratch.push(dir);
  const page = (body: string) => `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Test</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
  await writeFile(path.join(dir, 'valid.html'), page('<main><h1>Valid</h1><ul role="list"><li>kept: role="list" is allowed</li></ul></main>'));
  await writeFile(path.join(dir, 'invalid.html'), page('<main><h1>Invalid</h1>\n<div role="region" aria-label="x" tabindex="0"><p>a<p>b</div>\n<button>no type</button></main>'));
  const problems = await validateHtmlUnder(dir);
  expect(problems.every((line) => line.startsWith('invalid.html:'))).toBe(true);
  expect(problems).toEqual(
    expect.arrayContaining([
      'invalid.html:6:6 prefer-native-element Prefer to use the native <section> element',
      'invalid.html:6:53 no-implicit-close Element <p> is implicitly closed by parent </div>',
      'invalid.html:7:2 no-implicit-button-type <button> is missing recommended "type" attribute',
    ]),
  );
});
