/**
 * Byte budgets of the built site (bytes are deterministic, so budgets on them are tests; timings are
 * measured by `npm run bench`). Every page's first visit, its HTML and the CSS and JS it loads, is
 * at most 12,000 bytes brotli, and the search page's first query, everything it downloads, at most
 * 42 KB: sizes as tests/support/page-weight.ts measures them, each file compressed on its own at
 * brotli's default quality. Also what keeps first paint fast and the pages light: no page fetches a
 * stylesheet or a script of its own, and each page's CSP lists only the hashes of its own inline code.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { bytesOf, fileFor, firstVisit, htmlPages, inlineScripts, pagesOverBudget, searchFirstQuery, subresourcesOf } from '../support/page-weight.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const PAGE_BUDGET = 12_000;
/**
 * The issue's 40 KB. Measured at 39,030 bytes for "Muttaqi" with 328 documents: the page 4,914, its
 * script 6,464, the index 27,504 (format 6: a shard's terms are its words' stems, made again in the
 * browser, −1.3 KB; fuse.js imported by its address, without Vite's preload helper, −0.6 KB). A
 * small index ships whole so that a shared search waits on one request; splitting it at this size
 * would cost the results two more round trips. Raise this only with the index's bytes per document
 * measured.
 */
const SEARCH_QUERY_BUDGET = 40 * 1024;
/** The query Lighthouse and the benchmark open the search page with. */
const FIRST_QUERY = 'Muttaqi';
const pages = await htmlPages(dist);
const format = (bytes: number) => bytes.toLocaleString('en');

const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

test('the site has the pages the budgets are about', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/people/', '/coverage/', '/search/', '/claims/where-ttp-attacks-are-planned/']));
});

test(`every page's first visit is at most ${format(PAGE_BUDGET)} bytes brotli`, async () => {
  // Listed as "page: bytes (HTML, CSS, JS)", so a failure names each page over and by how much.
  expect(await pagesOverBudget(dist, PAGE_BUDGET)).toEqual([]);
});

test(`the search page's first query downloads at most ${format(SEARCH_QUERY_BUDGET)} bytes brotli`, async () => {
  const download = await searchFirstQuery(dist, FIRST_QUERY);
  const listing = download.files.map((file) => `${file.url} ${format(file.brotli)}`).join(', ');
  // The index is part of it: for the real corpus it ships whole, in the one file.
  expect(download.files.map((file) => file.url)).toContain('/search/index.json');
  expect(download.brotli, `${format(download.brotli)} bytes: ${listing}`).toBeLessThanOrEqual(SEARCH_QUERY_BUDGET);
});

test('no page fetches a stylesheet or a script of its own: both arrive inside its HTML', async () => {
  // A file the page names is one more request before its first paint, even a module script, which
  // the parser does not wait for (astro.config.mjs); fuse.js, imported later by the search script,
  // is the one script that comes as a file.
  const fetched: string[] = [];
  for (const page of pages) {
    const html = await readFile(fileFor(dist, page), 'utf8');
    for (const css of subresourcesOf(html, page).css) fetched.push(`${page}: stylesheet ${css}`);
    for (const [tag] of html.matchAll(/<script\b[^>]*\ssrc=[^>]*>/gu)) fetched.push(`${page}: ${tag}`);
    for (const [tag] of html.matchAll(/<link\b[^>]*\srel="modulepreload"[^>]*>/gu)) fetched.push(`${page}: ${tag}`);
  }
  expect(fetched).toEqual([]);
});

test("each page's CSP allows exactly its own inline scripts and styles, by hash", async () => {
  const wrong: string[] = [];
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  for (const page of pages) {
    const html = await readFile(fileFor(dist, page), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/u.exec(html)?.[1] ?? '';
    const sources = (name: string) => new Set(policy.split(';').find((directive) => directive.trim().startsWith(`${name} `))?.match(/'sha256-[^']+'/gu) ?? []);
    const inline = {
      // A data block (JSON-LD) is never executed, so CSP has nothing to allow for it.
      'script-src': new Set(inlineScripts(html).map(sha256)),
      'style-src': new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gu)].map((match) => sha256(match[1] as string))),
    };
    for (const [name, needed] of Object.entries(inline)) {
      const listed = sources(name);
      const missing = [...needed].filter((hash) => !listed.has(hash));
      const unused = [...listed].filter((hash) => !needed.has(hash));
      if (missing.length > 0 || unused.length > 0) wrong.push(`${page} ${name}: ${missing.length} missing, ${unused.length} for code not on the page`);
    }
  }
  expect(wrong).toEqual([]);
});

test('a first visit counts the page, its stylesheets, its scripts and their static imports, and nothing loaded later', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'parallax-weight-'));
  scratch.push(root);
  await mkdir(path.join(root, '_astro'));
  await writeFile(
    path.join(root, 'index.html'),
    '<!DOCTYPE html><html><head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"><style>p{}</style></head><body><script type="module" src="/_astro/main.js"></script><a href="/other/">x</a></body></html>',
  );
  await writeFile(path.join(root, '_astro/a.css'), 'p{color:red}');
  await writeFile(path.join(root, '_astro/main.js'), 'import{x}from"./shared.js";import("./lazy.js").then(()=>x);');
  await writeFile(path.join(root, '_astro/shared.js'), 'export const x=1;');
  await writeFile(path.join(root, '_astro/lazy.js'), 'export default 2;');
  const visit = await firstVisit(root, '/');
  expect(visit.files.map((file) => [file.url, file.kind])).toEqual([
    ['/', 'html'],
    ['/_astro/a.css', 'css'],
    ['/_astro/main.js', 'js'],
    ['/_astro/shared.js', 'js'],
  ]);
  expect(visit.brotli).toBe(visit.files.reduce((sum, file) => sum + file.brotli, 0));
  expect(visit.files.every((file) => file.brotli > 0 && file.raw > 0)).toBe(true);
  // And the budget check names a page over its budget, with its bytes.
  expect(await pagesOverBudget(root, 10)).toEqual([
    `/: ${format(visit.brotli)} bytes (HTML ${format(bytesOf(visit, 'html'))}, CSS ${format(bytesOf(visit, 'css'))}, JS ${format(bytesOf(visit, 'js'))})`,
  ]);
  expect(await pagesOverBudget(root, visit.brotli)).toEqual([]);
});
