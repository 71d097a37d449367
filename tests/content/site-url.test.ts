/**
 * The site's address comes from PARALLAX_SITE_URL: a real `astro build` of a temporary copy with it
 * set names that address in every canonical link, citation and quote source, and a bad value stops
 * the build before anything is written, naming the variable.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyBuildableProject, removeCopies, runAstroBuild } from '../support/project-copy.ts';

afterAll(removeCopies);

const CLAIM = 'where-ttp-attacks-are-planned';

test('a build with PARALLAX_SITE_URL names that address in canonical links, citations and quote sources', async () => {
  const root = await copyBuildableProject();
  const build = runAstroBuild(root, { PARALLAX_SITE_URL: 'https://parallax.example.net/' });
  expect(build.status, build.output).toBe(0);
  expect(build.output).not.toContain('PARALLAX_SITE_URL is not set');

  const home = await readFile(path.join(root, 'dist/index.html'), 'utf8');
  expect(home).toContain('<link rel="canonical" href="https://parallax.example.net/">');
  const claim = await readFile(path.join(root, `dist/claims/${CLAIM}/index.html`), 'utf8');
  expect(claim).toContain(`<link rel="canonical" href="https://parallax.example.net/claims/${CLAIM}/">`);
  expect(claim).toMatch(new RegExp(`<p class="citation-text"[^>]*>Parallax, “Where TTP attacks are planned”, https://parallax\\.example\\.net/claims/${CLAIM}/ \\(version of `, 'u'));
  expect(claim).toMatch(/<blockquote cite="https:\/\/parallax\.example\.net\/articles\/[a-z-]+\/#p-/u);
  // Nothing names the local default or the old placeholder any more.
  expect(claim).not.toContain('127.0.0.1');
  expect(claim).not.toContain('parallax.example.org');
});

test('a bad PARALLAX_SITE_URL fails the build, naming the variable and what is wrong, and writes nothing', async () => {
  const root = await copyBuildableProject();
  const { status, output } = runAstroBuild(root, { PARALLAX_SITE_URL: 'parallax.example.net/claims' });
  expect(status).toBe(1);
  expect(output).toContain(
    'PARALLAX_SITE_URL must be the address the site is published at: an absolute http:// or https:// URL with no path, query or fragment, such as https://parallax.example.org. It is "parallax.example.net/claims", but it is not an absolute URL.',
  );
  expect(existsSync(path.join(root, 'dist'))).toBe(false);
});
