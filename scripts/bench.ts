/**
 * `npm run bench`: search speed and size, measured in headless Chromium on the real corpus and on
 * synthetic corpora of 10× and 100× the articles, beside Pagefind indexing the same built pages.
 * Writes BENCHMARKS.md. Every corpus is built in a temporary copy of the project; content/ is
 * never touched.
 *
 * Synthetic copies: each article is copied with a quarter of its words changed (deterministically),
 * in both its capture and its Markdown, so every copy passes the same content checks as the real
 * ones and the vocabulary grows as a real corpus's would. Glossary words are left alone, so each
 * copy uses the names its original does, and the glossary's `usedIn` lists are extended to match.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { parseDocument, stringify } from 'yaml';
import { parseMarkdownFile } from '../src/validation/sources.ts';
import { CHROMIUM_PATH, launchBrowser } from '../tests/support/browser.ts';
import { READER_QUERIES } from '../tests/support/reader-queries.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCALES = [1, 10, 100] as const;
const REPEATS = 3;
const THROTTLE = 4;
/** Prefixes as a reader types them, besides the finished queries. */
const TYPING = ['Z', 'Za', 'Zab', 'Zabi', 'Zabiu', 'Mut', 'Mutt', 'Tehr', 'Tehre', 'Pak', 'Paki', 'Pakis', 'Is', 'Ist', 'Ista'];
const QUERIES = [...READER_QUERIES.map(([query]) => query), ...TYPING];

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizes(bytes: Buffer): Sizes {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

// ---------------------------------------------------------------- corpus

/** Appends a copy-specific suffix to about a quarter of the words, never to glossary words. */
function mutator(copy: number, keep: ReadonlySet<string>): (text: string) => string {
  const suffix = `x${copy.toString(26).replace(/[0-9]/gu, (digit) => 'abcdefghij'.charAt(Number(digit)))}`;
  return (text) =>
    text.replace(/[A-Za-z]{3,}/gu, (word) => {
      if (keep.has(word.toLowerCase())) return word;
      const hash = createHash('md5').update(`${copy}:${word}`).digest()[0] ?? 0;
      return hash % 4 === 0 ? `${word}${suffix}` : word;
    });
}

async function generateCorpus(root: string, scale: number): Promise<void> {
  if (scale === 1) return;
  const glossaryDir = path.join(root, 'content/glossary');
  const glossaryFiles = (await readdir(glossaryDir)).filter((name) => name.endsWith('.yaml'));
  const keep = new Set<string>();
  const glossaries = new Map<string, ReturnType<typeof parseDocument>>();
  for (const name of glossaryFiles) {
    const document = parseDocument(await readFile(path.join(glossaryDir, name), 'utf8'));
    glossaries.set(name, document);
    for (const variant of (document.toJS() as { variants: { text: string }[] }).variants) {
      for (const word of variant.text.toLowerCase().split(/[^a-z]+/u)) if (word) keep.add(word);
    }
  }
  // Markdown syntax words must survive too.
  keep.add('caption');

  const articlesDir = path.join(root, 'content/articles');
  const copiesOf = new Map<string, string[]>();
  for (const name of (await readdir(articlesDir)).filter((file) => file.endsWith('.md')).sort()) {
    const slug = name.slice(0, -3);
    const source = await readFile(path.join(articlesDir, name), 'utf8');
    const parsed = parseMarkdownFile(source);
    if (!parsed.ok) throw new Error(`${name}: cannot read frontmatter`);
    const data = parsed.data as Record<string, unknown> & { capture: { file: string; sha256: string } };
    const capture = await readFile(path.join(root, 'content/captures', data.capture.file), 'utf8');
    for (let copy = 1; copy < scale; copy += 1) {
      const mutate = mutator(copy, keep);
      const copySlug = `${slug}-copy-${copy}`;
      const captureName = `copy-${copy}-${data.capture.file}`;
      const copyCapture = mutate(capture);
      await writeFile(path.join(root, 'content/captures', captureName), copyCapture);
      const mutateDeep = (value: unknown, key?: string): unknown => {
        if (typeof value === 'string') return key === 'url' || key === 'kind' || key === 'iso' ? value : mutate(value);
        if (Array.isArray(value)) return value.map((item) => mutateDeep(item));
        if (value && typeof value === 'object' && !(value instanceof Date)) {
          return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, mutateDeep(inner, field)]));
        }
        return value;
      };
      const frontmatter = mutateDeep({ ...data, capture: undefined }) as Record<string, unknown>;
      for (const literal of ['author', 'dateline'] as const) {
        if (data[literal] === 'not named' || data[literal] === 'none printed') frontmatter[literal] = data[literal];
      }
      const date = data['date'] as { printed: string };
      if (date.printed === 'none printed') (frontmatter['date'] as { printed: string }).printed = 'none printed';
      frontmatter['capture'] = { file: captureName, sha256: createHash('sha256').update(copyCapture).digest('hex') };
      const body = parsed.body
        .split('\n')
        .map((line) => (/^:::/u.test(line) ? line : mutate(line)))
        .join('\n');
      await writeFile(path.join(articlesDir, `${copySlug}.md`), `---\n${stringify(frontmatter)}---\n${body}`);
      copiesOf.set(slug, [...(copiesOf.get(slug) ?? []), copySlug]);
    }
  }

  for (const [name, document] of glossaries) {
    const entry = document.toJS() as { variants: { usedIn: string[] }[] };
    entry.variants.forEach((variant, index) => {
      const usedIn = variant.usedIn.flatMap((slug) => [slug, ...(copiesOf.get(slug) ?? [])]);
      document.setIn(['variants', index, 'usedIn'], usedIn);
    });
    await writeFile(path.join(glossaryDir, name), document.toString());
  }
}

async function prepareProject(scale: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), `parallax-bench-${scale}x-`));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    await cp(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await generateCorpus(root, scale);
  return root;
}

function run(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}

// ---------------------------------------------------------------- browser measurements

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

const PAGEFIND_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind benchmark</title></head><body></body></html>';

async function pagefindSearch(page: Page, query: string): Promise<number> {
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

// ---------------------------------------------------------------- run

interface CorpusResult {
  scale: number;
  articles: number;
  documents: number;
  terms: number;
  buildMs: number;
  manifest: Sizes;
  shards: { files: number; total: Sizes; largest: Sizes };
  documentFiles: { files: number; total: Sizes; largest: Sizes };
  code: Sizes;
  parallax: { bytes: { raw: number; compressed: number; files: number }; plain: Awaited<ReturnType<typeof measureParallax>>; throttled: Awaited<ReturnType<typeof measureParallax>> };
  pagefind: { indexMs: number; bytes: { raw: number; compressed: number; files: number }; plain: Awaited<ReturnType<typeof measurePagefind>>; throttled?: Awaited<ReturnType<typeof measurePagefind>> };
}

async function benchCorpus(scale: number): Promise<CorpusResult> {
  process.stdout.write(`\n${scale}× corpus: preparing… `);
  const root = await prepareProject(scale);
  try {
    process.stdout.write('building… ');
    const buildMs = run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], root);
    const dist = path.join(root, 'dist');
    process.stdout.write('pagefind… ');
    const indexMs = run(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', dist, '--quiet'], root);
    await writeFile(path.join(dist, 'pagefind-bench.html'), PAGEFIND_PAGE);

    const manifestBytes = await readFile(path.join(dist, 'search/index.json'));
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { docCount: number; inline?: { shards: Record<string, { terms: unknown[] }> } };
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
      : await Promise.all(shardFiles.map(async (name) => JSON.parse(await readFile(path.join(dist, 'search/terms', name), 'utf8')) as { terms: unknown[] }));
    const terms = shardData.reduce((sum, shard) => sum + shard.terms.length, 0);
    const searchHtml = await readFile(path.join(dist, 'search/index.html'), 'utf8');
    const scripts = [...searchHtml.matchAll(/src="(\/_astro\/[^"]+\.js)"/gu)].map((match) => match[1] as string);
    const code = sizes(Buffer.concat(await Promise.all(scripts.map((script) => readFile(path.join(dist, script))))));
    const articles = (await readdir(path.join(root, 'content/articles'))).filter((name) => name.endsWith('.md')).length;

    const server = await startStaticServer(dist);
    const browser = await launchBrowser();
    try {
      process.stdout.write('measuring… ');
      const first = QUERIES[0] as string;
      const parallaxBytes = await firstQueryBytes(
        browser.context,
        `${server.url}/search/?q=${encodeURIComponent(first)}`,
        (pathname) => (pathname.startsWith('/search/') && pathname.endsWith('.json')) || (pathname.startsWith('/_astro/') && pathname.endsWith('.js')),
        (page) => page.waitForFunction(() => performance.getEntriesByName('parallax:search').length > 0).then(() => undefined),
      );
      const pagefindBytes = await firstQueryBytes(
        browser.context,
        `${server.url}/pagefind-bench.html`,
        (pathname) => pathname.startsWith('/pagefind/'),
        (page) => pagefindSearch(page, first).then(() => undefined),
      );
      const result: CorpusResult = {
        scale,
        articles,
        documents: manifest.docCount,
        terms,
        buildMs,
        manifest: sizes(manifestBytes),
        shards,
        documentFiles,
        code,
        parallax: {
          bytes: parallaxBytes,
          plain: await measureParallax(browser.context, server.url, 1),
          throttled: await measureParallax(browser.context, server.url, THROTTLE),
        },
        pagefind: { indexMs, bytes: pagefindBytes, plain: await measurePagefind(browser.context, server.url, 1) },
      };
      if (scale === 100) result.pagefind.throttled = await measurePagefind(browser.context, server.url, THROTTLE);
      process.stdout.write('done');
      return result;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function report(results: CorpusResult[], machine: Record<string, string>): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const real = results.find((result) => result.scale === 1);
  const largest = results.find((result) => result.scale === 100);
  const verdict = (ok: boolean, text: string) => `${ok ? 'met' : '**missed**'}: ${text}`;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); numbers from the latest run. Search speed is measured in',
    'headless Chromium on the built site, through the search page itself (the `parallax:search` performance',
    `measure around each query), over ${QUERIES.length} queries (the ${READER_QUERIES.length} reader queries of the search tests and ${TYPING.length} typing prefixes), ${REPEATS} rounds each.`,
    'Synthetic corpora copy each article 10 or 100 times with a quarter of its words changed, built and checked like the real ones.',
    '',
    '## Machine',
    '',
    ...Object.entries(machine).map(([key, value]) => `- ${key}: ${value}`),
    '',
    '## Targets',
    '',
    real ? `- p95 ≤ 5 ms on the real corpus (ranking a query): ${verdict(percentile(real.parallax.plain.rank, 95) <= 5, ms(percentile(real.parallax.plain.rank, 95)))}; keystroke to results ready: ${ms(percentile(real.parallax.plain.search, 95))}` : '',
    largest ? `- p95 ≤ 16 ms at 100× with the CPU throttled ${THROTTLE}× (ranking a query): ${verdict(percentile(largest.parallax.throttled.rank, 95) <= 16, ms(percentile(largest.parallax.throttled.rank, 95)))}; keystroke to results ready, including fetching new result files: ${ms(percentile(largest.parallax.throttled.search, 95))}` : '',
    real ? `- search code ≤ 10 KB brotli: ${verdict(real.code.brotli <= 10 * 1024, kb(real.code.brotli))}` : '',
    ...results.map(
      (result) =>
        `- fewer bytes than Pagefind for a first query, ${result.scale}×: ${verdict(result.parallax.bytes.compressed < result.pagefind.bytes.compressed, `${kb(result.parallax.bytes.compressed)} against ${kb(result.pagefind.bytes.compressed)} (compressed on the wire)`)}`,
    ),
    '',
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
    'Bytes for a first query: everything the search downloads to answer it (for Parallax, the search script,',
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
  return lines.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n');
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
const results: CorpusResult[] = [];
for (const scale of SCALES) results.push(await benchCorpus(scale));
const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
const machine = {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  commit: `${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
  cpu: `${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  chromium,
  pagefind: JSON.parse(await readFile(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version as string,
};
const markdown = report(results, machine);
await writeFile(path.join(ROOT, 'BENCHMARKS.md'), `${markdown}\n`);
process.stdout.write(`\n\n${markdown}\n`);
