/**
 * Bytes of a first visit, per page type: everything Chromium downloads to show the page with an
 * empty cache (the HTML, the stylesheets and scripts it links and imports, and for search with a
 * query the parts of the index it fetches), each file sized raw, with gzip and with brotli.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { addSizes, header, kb, NO_BYTES, row, sizes, verdict, type Sizes } from './common.ts';
import { isSearch, PAGE_TYPES, type PageType } from './page-types.ts';

/** What a download is, as the budgets count it. */
type Kind = 'html' | 'css' | 'js' | 'index';

interface Download {
  path: string;
  kind: Kind;
  sizes: Sizes;
}

export interface PageBytes {
  type: PageType;
  downloads: Download[];
  /** The page of this type whose HTML, CSS and JS weigh most (brotli), and that weight. */
  largest: { page: string; brotli: number; pages: number };
}

export interface BytesResult {
  pages: PageBytes[];
  /** Built pages no page type covers. */
  uncovered: string[];
}

/** Every page's first visit, HTML plus the CSS and JS it loads, in bytes brotli (the budget of issue 12). */
export const PAGE_BUDGET = 12_000;
/** The search page's first query, everything it downloads, in bytes brotli. */
export const SEARCH_BUDGET = 40 * 1024;

/** The kind of a download; the favicon, which Chromium fetches once per profile rather than per page, is not counted. */
function kindOf(resourceType: string, pathname: string): Kind | undefined {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'fetch' || resourceType === 'xhr' || pathname.endsWith('.json')) return 'index';
  return undefined;
}

/** The first visit of one page with an empty cache: every response of the site, until the page is shown (for search, its results). */
async function firstVisit(context: BrowserContext, baseUrl: string, url: string, search: boolean): Promise<Download[]> {
  const page: Page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending: Promise<Download | undefined>[] = [];
  page.on('response', (response) => {
    const address = new URL(response.url());
    const kind = kindOf(response.request().resourceType(), address.pathname);
    if (address.origin !== baseUrl || response.status() === 301 || kind === undefined) return;
    pending.push(
      response
        .body()
        .then((body) => ({ path: address.pathname, kind, sizes: sizes(body) }))
        .catch(() => undefined),
    );
  });
  await page.goto(`${baseUrl}${url}`, { waitUntil: 'load' });
  if (search) await page.waitForFunction(() => performance.getEntriesByName('parallax:search-and-render').length > 0);
  await page.waitForLoadState('networkidle');
  const downloads = (await Promise.all(pending)).filter((download) => download !== undefined);
  await page.close();
  return downloads;
}

const total = (downloads: readonly Download[], kinds: readonly Kind[]) =>
  downloads.filter((download) => kinds.includes(download.kind)).reduce((sum, download) => addSizes(sum, download.sizes), NO_BYTES);

/** Brotli sizes of the assets read so far, by path: pages share their stylesheets and scripts. */
const assetBrotli = new Map<string, { brotli: number; imports: string[] }>();

/** HTML, CSS and JS of a built page, read from `dist`: the HTML's stylesheets and scripts and the modules they import. */
async function staticWeight(dist: string, page: string): Promise<number> {
  const file = page.endsWith('/') ? path.join(dist, page, 'index.html') : path.join(dist, page);
  const html = await readFile(file, 'utf8');
  const seen = new Set<string>();
  const queue = [
    ...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(\/[^"]+)"/gu),
    ...html.matchAll(/<link\b[^>]*\bhref="(\/[^"]+)"[^>]*\brel="stylesheet"/gu),
    ...html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+)"/gu),
  ].map((match) => match[1] as string);
  let brotli = sizes(Buffer.from(html)).brotli;
  while (queue.length > 0) {
    const asset = queue.shift() as string;
    if (seen.has(asset)) continue;
    seen.add(asset);
    const key = path.join(dist, asset);
    let known = assetBrotli.get(key);
    if (!known) {
      const body = await readFile(key);
      // Static imports of a module are fetched with it; dynamic ones (`import(…)`) only when needed.
      const imports = /\.m?js$/u.test(asset)
        ? [...body.toString('utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/gu)].map((match) => new URL(match[1] as string, `http://x${asset}`).pathname)
        : [];
      known = { brotli: sizes(body).brotli, imports };
      assetBrotli.set(key, known);
    }
    brotli += known.brotli;
    queue.push(...known.imports);
  }
  return brotli;
}

/** Each page type's first visit in Chromium, and the heaviest built page of each type, read from `dist`. */
export async function measureBytes(context: BrowserContext, baseUrl: string, dist: string, pages: readonly string[], uncovered: string[]): Promise<BytesResult> {
  const result: PageBytes[] = [];
  for (const type of PAGE_TYPES) {
    const downloads = await firstVisit(context, baseUrl, type.url, isSearch(type));
    const ofType = pages.filter((page) => type.route.test(page));
    let largest = { page: type.url, brotli: 0, pages: ofType.length };
    for (const page of ofType) {
      const brotli = await staticWeight(dist, page);
      if (brotli > largest.brotli) largest = { page, brotli, pages: ofType.length };
    }
    result.push({ type, downloads, largest });
  }
  return { pages: result, uncovered };
}

const triple = (value: Sizes) => (value.raw === 0 ? '–' : `${kb(value.raw)} / ${kb(value.gzip)} / ${kb(value.brotli)}`);
const count = (downloads: readonly Download[], kind: Kind) => downloads.filter((download) => download.kind === kind).length;
/** The sizes of one kind of download, with how many files: "–" for none. */
const kindCell = (downloads: readonly Download[], kind: Kind) => (count(downloads, kind) === 0 ? '–' : `${triple(total(downloads, [kind]))} (${count(downloads, kind)})`);

export function bytesTargets(result: BytesResult | undefined): string[] {
  if (!result) return [];
  const overPage = result.pages.filter(({ downloads, largest }) => Math.max(total(downloads, ['html', 'css', 'js']).brotli, largest.brotli) > PAGE_BUDGET);
  const heaviest = result.pages.reduce((max, one) => (one.largest.brotli > max.largest.brotli ? one : max));
  const searches = result.pages.filter(({ type }) => isSearch(type));
  const overSearch = searches.filter(({ downloads }) => total(downloads, ['html', 'css', 'js', 'index']).brotli > SEARCH_BUDGET);
  return [
    `- first visit, HTML plus the CSS and JS it loads, ≤ ${PAGE_BUDGET.toLocaleString('en')} bytes brotli on every page: ${verdict(
      overPage.length === 0,
      overPage.length === 0
        ? `heaviest ${heaviest.largest.brotli.toLocaleString('en')} bytes (\`${heaviest.largest.page}\`)`
        : overPage.map(({ type, largest }) => `${type.name} \`${largest.page}\` ${largest.brotli.toLocaleString('en')} bytes`).join('; '),
    )}`,
    `- search, first query, everything it downloads, ≤ ${SEARCH_BUDGET / 1024} KB brotli: ${verdict(
      overSearch.length === 0,
      searches.map(({ type, downloads }) => `${type.name} ${kb(total(downloads, ['html', 'css', 'js', 'index']).brotli)}`).join(', '),
    )}`,
  ];
}

export function bytesLines(result: BytesResult): string[] {
  return [
    '## Bytes per page type',
    '',
    'What a first visit downloads, with an empty cache, in headless Chromium: every response of the site until the',
    'page is shown (for search with a query, until its results are drawn), each file as raw / gzip (level 9) / brotli',
    '(quality 11, as a host that precompresses sends it; the bench server compresses on the fly at quality 5, a little',
    'larger). Inline `<style>` and `<script>` are part of the HTML. *Index* is the search index the page fetches.',
    'The favicon (0.1 KB) is left out: Chromium fetches it once per profile, not per page. *Heaviest of its type* reads',
    'every built page of the type from `dist` (its HTML, the stylesheets and scripts it links and the modules those',
    'import) and gives the one with the most bytes brotli.',
    '',
    ...header(['page type', 'page', 'files', 'HTML', 'CSS (files)', 'JS (files)', 'index (files)', 'total', 'HTML + CSS + JS brotli', 'heaviest of its type, brotli']),
    ...result.pages.map(({ type, downloads, largest }) =>
      row([
        type.name,
        `\`${type.url}\``,
        downloads.length,
        triple(total(downloads, ['html'])),
        kindCell(downloads, 'css'),
        kindCell(downloads, 'js'),
        kindCell(downloads, 'index'),
        triple(total(downloads, ['html', 'css', 'js', 'index'])),
        `${total(downloads, ['html', 'css', 'js']).brotli.toLocaleString('en')} bytes`,
        largest.pages <= 1 ? '–' : `${largest.brotli.toLocaleString('en')} bytes, \`${largest.page}\` (of ${largest.pages})`,
      ]),
    ),
    '',
    ...(result.uncovered.length === 0
      ? []
      : [`Built pages of no page type above (add them to scripts/bench/page-types.ts): ${result.uncovered.map((page) => `\`${page}\``).join(', ')}.`, '']),
  ];
}
