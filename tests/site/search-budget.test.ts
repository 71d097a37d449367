/**
 * Byte budgets of search, on the built site (bytes are deterministic, so these are tests; speed is
 * measured by `npm run bench`). The index may not grow by more than a fifth over its size before
 * ranked search (41.7 KB gzip for the real corpus, BENCHMARKS.md of 1 December 2026), and the code
 * the search page loads stays under 10 KB brotli; fuse.js comes only when a word is misspelt.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { inlineScripts } from '../support/page-weight.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const INDEX_BEFORE_RANKED_SEARCH = 41.7 * 1024;

test('the search index is within 20% of its size before ranked search', async () => {
  const index = await readFile(path.join(dist, 'search/index.json'));
  expect(gzipSync(index, { level: 9 }).length).toBeLessThanOrEqual(INDEX_BEFORE_RANKED_SEARCH * 1.2);
});

test('the search page loads at most 10 KB brotli of script, and fuse.js only on demand', async () => {
  const html = await readFile(path.join(dist, 'search/index.html'), 'utf8');
  // The page's scripts are in its HTML (astro.config.mjs).
  expect(html.match(/<script\b[^>]*\ssrc=[^>]*>/gu) ?? []).toEqual([]);
  const code = inlineScripts(html).join('\n');
  expect(code).toContain('/search/');
  expect(brotliCompressSync(Buffer.from(code)).length).toBeLessThanOrEqual(10 * 1024);
  // fuse.js is the package's own file, an .mjs (SearchPanel.astro), and the only script file.
  const files = (await readdir(path.join(dist, '_astro'))).filter((name) => /\.m?js$/u.test(name));
  expect(files).toEqual([expect.stringMatching(/^fuse\.basic\.min\.[\w-]+\.mjs$/u)]);
  // Imported by the search script when a word needs it, never named by the page's markup.
  const fuse = files[0] as string;
  expect(code).toContain(`/_astro/${fuse}`);
  expect(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gu, '')).not.toContain(fuse);
});
