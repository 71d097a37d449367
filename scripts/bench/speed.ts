/**
 * Search speed and size on each corpus, measured in headless Chromium on the built site through the
 * search page itself (the `parallax:search` performance measures around each query), beside
 * Pagefind indexing the same built pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { inlineScripts } from '../../tests/support/page-weight.ts';
import { READER_QUERIES } from '../../tests/support/reader-queries.ts';
import { kb, ms, percentile, row, sizes, verdict, type Sizes } from './common.ts';

export const REPEATS = 3;
export const THROTTLE = 4;
/** Prefixes as a reader types them, besides the finished queries. */
export const TYPING = ['Z', 'Za', 'Zab', 'Zabi', 'Zabiu', 'Mut', 'Mutt', 'Tehr', 'Tehre', 'Pak', 'Paki', 'Pakis', 'Is', 'Ist', 'Ista'];
export const QUERIES = [...READER_QUERIES.map(([query]) => query), ...TYPING];

/** A page for Pagefind's own script, written into each built corpus. */
export const PAGEFIND_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind benchmark</title></head><body></body></html>';

async function throttle(context: BrowserContext, page: Page, rate: number): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Bytes a first search downloads, as served (raw) and as a compressing server would send them. */
async function firstQueryBytes(context: BrowserContext, url: string, isSearchAsset: (pathname: string) => boolean, run: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (isSearchAsset(new URL(response.url()).pathname)) bodies.push(response.body());
  });
  await page.goto(url);
  await run(page);
  const files = await Promise.all(bodies);
  await page.close();
  return {
    files: files.length,
    raw: files.reduce((sum, body) => sum + body.length, 0),
    compressed: files.reduce((sum, body) => sum + Math.min(body.length, gzipSync(body, { level: 9 }).length), 0),
  };
}

async function parallaxLatencies(page: Page): Promise<{ rank: number[]; search: number[]; render: number[] }> {
  const rank: number[] = [];
  const search: number[] = [];
  const render: number[] = [];
  for (let round = 0; round < REPEATS; round += 1) {
    for (const query of QUERIES) {
      const before = await page.evaluate(() => performance.getEntriesByName('parallax:search').length);
      await page.locator('#search-input').fill(query);
      await page.waitForFunction((count) => performance.getEntriesByName('parallax:search-and-render').length > count, before);
      const [rankTime, searchTime, renderTime] = await page.evaluate(() => [
        performance.getEntriesByName('parallax:search-rank').at(-1)?.duration ?? Number.NaN,
        performance.getEntriesByName('parallax:search').at(-1)?.duration ?? Number.NaN,
        performance.getEntriesByName('parallax:search-and-render').at(-1)?.duration ?? Number.NaN,
      ]);
      rank.push(rankTime as number);
      search.push(searchTime as number);
      render.push(renderTime as number);
    }
  }
  return { rank, search, render };
}

async function measureParallax(context: BrowserContext, baseUrl: string, rate: number) {
  const page = await context.newPage();
  if (rate > 1) await throttle(context, page, rate);
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(QUERIES[0] as string)}`);
  await page.waitForFunction(() => performance.getEntriesByName('parallax:search').length > 0);
  const [load, first] = await page.evaluate(() => [
    performance.getEntriesByName('parallax:index-load')[0]?.duration ?? Number.NaN,
    performance.getEntriesByName('parallax:search')[0]?.duration ?? Number.NaN,
  ]);
  const latencies = await parallaxLatencies(page);
  await page.close();
  return { load: load as number, first: first as number, ...latencies };
}

export async function pagefindSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async ([term, script]) => {
    const pagefind = (await import(script)) as {
      search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
    };
    const started = performance.now();
    const search = await pagefind.search(term);
    await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
    return performance.now() - started;
  }, [query, '/pagefind/pagefind.js'] as const);
}

async function measurePagefind(context: BrowserContext, baseUrl: string, rate: number) {
  const page = await context.newPage();
  if (rate > 1) await throttle(context, page, rate);
  await page.goto(`${baseUrl}/pagefind-bench.html`);
  const first = await pagefindSearch(page, QUERIES[0] as string);
  const latencies: number[] = [];
  for (let round = 0; round < REPEATS; round += 1) for (const query of QUERIES) latencies.push(await pagefindSearch(page, query));
  await page.close();
  return { first, latencies };
}

export interface CorpusResult {
  scale: number;
  articles: number;
  documents: number;
  terms: number;
  /** Wall time of the corpus's `npm run build`. */
  buildMs: number;
  manifest: Sizes;
  shards: { files: number; total: Sizes; largest: Sizes };
  documentFiles: { files: number; total: Sizes; largest: Sizes };
  code: Sizes;
  /** Scripts the search page loads only when needed (fuse.js, for a misspelt word). */
  lazyCode: Sizes;
  parallax: { bytes: { raw: number; compressed: number; files: number }; plain: Awaited<ReturnType<typeof measureParallax>>; throttled: Awaited<ReturnType<typeof measureParallax>> };
  pagefind: { indexMs: number; bytes: { raw: number; compressed: number; files: number }; plain: Awaited<ReturnType<typeof measurePagefind>>; throttled?: Awaited<ReturnType<typeof measurePagefind>> };
}

/** Sizes and speed of one built corpus, Parallax beside Pagefind. */
export async function measureSpeed(corpus: { scale: number; root: string; dist: string; buildMs: number; indexMs: number }, context: BrowserContext, baseUrl: string): Promise<CorpusResult> {
  const { scale, root, dist } = corpus;
  const manifestBytes = await readFile(path.join(dist, 'search/index.json'));
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as { docCount: number; inline?: { shards: Record<string, { postings: unknown[][] }> } };
  const folderSizes = async (folder: string) => {
    const files = await readdir(path.join(dist, folder)).catch(() => [] as string[]);
    const each = await Promise.all(files.map(async (name) => sizes(await readFile(path.join(dist, folder, name)))));
    return {
      files: files.length,
      total: each.reduce((sum, one) => ({ raw: sum.raw + one.raw, gzip: sum.gzip + one.gzip, brotli: sum.brotli + one.brotli }), { raw: 0, gzip: 0, brotli: 0 }),
      largest: each.reduce((max, one) => (one.gzip > max.gzip ? one : max), { raw: 0, gzip: 0, brotli: 0 }),
    };
  };
  const shards = await folderSizes('search/terms');
  const documentFiles = await folderSizes('search/docs');
  const shardFiles = await readdir(path.join(dist, 'search/terms')).catch(() => [] as string[]);
  const shardData = manifest.inline
    ? Object.values(manifest.inline.shards)
    : await Promise.all(shardFiles.map(async (name) => JSON.parse(await readFile(path.join(dist, 'search/terms', name), 'utf8')) as { postings: unknown[][] }));
  // One posting list per term; a word's stem that is no term has an empty one.
  const terms = shardData.reduce((sum, shard) => sum + shard.postings.filter((postings) => postings.length > 0).length, 0);
  const searchHtml = await readFile(path.join(dist, 'search/index.html'), 'utf8');
  // The page's scripts are in its HTML (astro.config.mjs).
  const inlineCode = inlineScripts(searchHtml);
  const scripts = [...searchHtml.matchAll(/src="(\/_astro\/[^"]+\.js)"/gu)].map((match) => match[1] as string);
  const code = sizes(Buffer.concat([Buffer.from(inlineCode.join('\n')), ...(await Promise.all(scripts.map((script) => readFile(path.join(dist, script)))))]));
  const lazyScripts = (await readdir(path.join(dist, '_astro'))).filter((name) => /\.m?js$/u.test(name) && !scripts.includes(`/_astro/${name}`));
  const lazyCode = sizes(Buffer.concat(await Promise.all(lazyScripts.map((name) => readFile(path.join(dist, '_astro', name))))));
  const articles = (await readdir(path.join(root, 'content/articles'))).filter((name) => name.endsWith('.md')).length;

  const first = QUERIES[0] as string;
  const parallaxBytes = await firstQueryBytes(
    context,
    `${baseUrl}/search/?q=${encodeURIComponent(first)}`,
    // The page itself too: its HTML carries the search script.
    (pathname) => pathname === '/search/' || (pathname.startsWith('/search/') && pathname.endsWith('.json')) || (pathname.startsWith('/_astro/') && /\.m?js$/u.test(pathname)),
    (page) => page.waitForFunction(() => performance.getEntriesByName('parallax:search').length > 0).then(() => undefined),
  );
  const pagefindBytes = await firstQueryBytes(
    context,
    `${baseUrl}/pagefind-bench.html`,
    (pathname) => pathname.startsWith('/pagefind/'),
    (page) => pagefindSearch(page, first).then(() => undefined),
  );
  const result: CorpusResult = {
    scale,
    articles,
    documents: manifest.docCount,
    terms,
    buildMs: corpus.buildMs,
    manifest: sizes(manifestBytes),
    shards,
    documentFiles,
    code,
    lazyCode,
    parallax: {
      bytes: parallaxBytes,
      plain: await measureParallax(context, baseUrl, 1),
      throttled: await measureParallax(context, baseUrl, THROTTLE),
    },
    pagefind: { indexMs: corpus.indexMs, bytes: pagefindBytes, plain: await measurePagefind(context, baseUrl, 1) },
  };
  if (scale === 100) result.pagefind.throttled = await measurePagefind(context, baseUrl, THROTTLE);
  return result;
}


export function speedTargets(results: readonly CorpusResult[]): string[] {
  const real = results.find((result) => result.scale === 1);
  const largest = results.find((result) => result.scale === 100);
  return [
    real ? `- p95 ≤ 5 ms on the real corpus (ranking a query): ${verdict(percentile(real.parallax.plain.rank, 95) <= 5, ms(percentile(real.parallax.plain.rank, 95)))}; keystroke to results ready: ${ms(percentile(real.parallax.plain.search, 95))}` : '',
    largest ? `- p95 ≤ 16 ms at 100× with the CPU throttled ${THROTTLE}× (ranking a query): ${verdict(percentile(largest.parallax.throttled.rank, 95) <= 16, ms(percentile(largest.parallax.throttled.rank, 95)))}; keystroke to results ready, including fetching new result files: ${ms(percentile(largest.parallax.throttled.search, 95))}` : '',
    real
      ? `- search code ≤ 10 KB brotli: ${verdict(real.code.brotli <= 10 * 1024, kb(real.code.brotli))}, loaded with the page; fuse.js, loaded only when a word matches nothing exactly: ${kb(real.lazyCode.brotli)}`
      : '',
    ...results.map(
      (result) =>
        `- fewer bytes than Pagefind for a first query, ${result.scale}×: ${verdict(result.parallax.bytes.compressed < result.pagefind.bytes.compressed, `${kb(result.parallax.bytes.compressed)} against ${kb(result.pagefind.bytes.compressed)} (compressed on the wire)`)}`,
    ),
  ].filter((line) => line !== '');
}

export function speedLines(results: readonly CorpusResult[]): string[] {
  if (results.length === 0) return [];
  return [
    '## Parallax search',
    '',
    'The index is split: a manifest (fetched when the search page opens), one shard of terms per first',
    'character (fetched for the words of a query), and one file per result (fetched when shown). Sizes are',
    'totals over all files, and the largest single file, gzip-compressed.',
    '',
    row(['corpus', 'articles', 'documents', 'terms', 'build', 'manifest gzip', 'shards', 'all shards gzip', 'largest shard gzip', 'result files', 'all result files gzip', 'code brotli']),
    row(Array(12).fill('---')),
    ...results.map((result) =>
      row([
        `${result.scale}×`,
        result.articles,
        result.documents,
        result.terms,
        `${(result.buildMs / 1000).toFixed(1)} s`,
        kb(result.manifest.gzip),
        result.shards.files,
        kb(result.shards.total.gzip),
        kb(result.shards.largest.gzip),
        result.documentFiles.files,
        kb(result.documentFiles.total.gzip),
        kb(result.code.brotli),
      ]),
    ),
    '',
    'Latency per query: *ranking* is the search itself (the `parallax:search-rank` measure, everything the',
    'index needs already fetched); *ready* runs from the keystroke until the results can be shown, including',
    'fetching any shard or result file not fetched before (from the local static server: on a real network',
    'each new file adds a round trip, as each Pagefind fragment does). A small index ships whole in the',
    'manifest and never waits on the network.',
    '',
    row(['corpus', 'index in', 'manifest load', 'first query ready', 'ranking p50', 'ranking p95', 'ready p95', `ranking p50, CPU ${THROTTLE}×`, `ranking p95, CPU ${THROTTLE}×`, `ready p95, CPU ${THROTTLE}×`, `ready and rendered p95, CPU ${THROTTLE}×`]),
    row(Array(11).fill('---')),
    ...results.map((result) =>
      row([
        `${result.scale}×`,
        result.shards.files === 0 ? 'one file' : `${1 + result.shards.files + result.documentFiles.files} files`,
        ms(result.parallax.plain.load),
        ms(result.parallax.plain.first),
        ms(percentile(result.parallax.plain.rank, 50)),
        ms(percentile(result.parallax.plain.rank, 95)),
        ms(percentile(result.parallax.plain.search, 95)),
        ms(percentile(result.parallax.throttled.rank, 50)),
        ms(percentile(result.parallax.throttled.rank, 95)),
        ms(percentile(result.parallax.throttled.search, 95)),
        ms(percentile(result.parallax.throttled.render, 95)),
      ]),
    ),
    '',
    '## Beside Pagefind, on the same built pages',
    '',
    'Bytes for a first query: everything the search downloads to answer it (for Parallax, the search page, whose HTML carries the search script,',
    'the manifest, the shards of the query and the files of the results shown; for Pagefind, its script,',
    'WebAssembly, entry, index chunks and the fragments of the top 10 results),',
    'raw and as a compressing server would send them. Pagefind latency is `search()` plus `data()` for the top 10.',
    '',
    row(['corpus', 'Parallax files', 'Parallax raw', 'Parallax compressed', 'Pagefind files', 'Pagefind raw', 'Pagefind compressed', 'Pagefind indexing', 'Pagefind first query', 'Pagefind p50', 'Pagefind p95', `Pagefind p95, CPU ${THROTTLE}× slower`]),
    row(Array(12).fill('---')),
    ...results.map((result) =>
      row([
        `${result.scale}×`,
        result.parallax.bytes.files,
        kb(result.parallax.bytes.raw),
        kb(result.parallax.bytes.compressed),
        result.pagefind.bytes.files,
        kb(result.pagefind.bytes.raw),
        kb(result.pagefind.bytes.compressed),
        `${(result.pagefind.indexMs / 1000).toFixed(1)} s`,
        ms(result.pagefind.plain.first),
        ms(percentile(result.pagefind.plain.latencies, 50)),
        ms(percentile(result.pagefind.plain.latencies, 95)),
        result.pagefind.throttled ? ms(percentile(result.pagefind.throttled.latencies, 95)) : 'not measured',
      ]),
    ),
    '',
  ];
}
