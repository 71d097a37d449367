/**
 * `npm run bench`: search speed and size, measured in headless Chromium on the real corpus and on
 * synthetic corpora of 10× and 100× the articles, beside Pagefind indexing the same built pages;
 * search quality on the real corpus (the reader questions of tests/support/reader-questions.ts,
 * Parallax beside Pagefind); and Lighthouse scores of a few pages of the real corpus. Writes
 * BENCHMARKS.md. Every corpus is built in a temporary copy of the project; content/ is never
 * touched.
 *
 * Partial runs, for fast iteration: `npm run bench -- --only=quality` builds the real corpus only
 * and measures search quality and Lighthouse (`--only=questions` or `--only=lighthouse` for one of
 * the two, `--only=speed` for the speed and size tables on all three corpora; parts combine with
 * commas). A partial run leaves BENCHMARKS.md alone: it prints its tables and writes them to
 * .tmp/bench-<parts>.md. Every run also writes the first five claims of each question, per engine,
 * to .tmp/bench-quality.json when it measures quality.
 *
 * Synthetic copies: each article is copied with a quarter of its words changed (deterministically),
 * in both its capture and its Markdown, so every copy passes the same content checks as the real
 * ones and the vocabulary grows as a real corpus's would. Glossary words are left alone, so each
 * copy uses the names its original does, and the glossary's `usedIn` lists are extended to match.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { parseDocument, stringify } from 'yaml';
import { parseMarkdownFile } from '../src/validation/sources.ts';
import { CHROMIUM_PATH, launchBrowser } from '../tests/support/browser.ts';
import { READER_QUERIES } from '../tests/support/reader-queries.ts';
import { READER_QUESTIONS, type ReaderQuestion } from '../tests/support/reader-questions.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCALES = [1, 10, 100] as const;
const REPEATS = 3;
const THROTTLE = 4;
/** Prefixes as a reader types them, besides the finished queries. */
const TYPING = ['Z', 'Za', 'Zab', 'Zabi', 'Zabiu', 'Mut', 'Mutt', 'Tehr', 'Tehre', 'Pak', 'Paki', 'Pakis', 'Is', 'Ist', 'Ista'];
const QUERIES = [...READER_QUERIES.map(([query]) => query), ...TYPING];
/** How many claims a reader meets first: a question is answered when one it expects is among them. */
const FIRST_CLAIMS = 5;
/** A claim page, `/claims/<slug>/`, and any anchor in it. */
const CLAIM_PATH = /^\/claims\/([a-z0-9-]+)\//u;
const LIGHTHOUSE_PAGES = [
  '/',
  '/claims/where-ttp-attacks-are-planned/',
  '/search/?q=Muttaqi',
  `/search/?q=${encodeURIComponent('what did the Taliban say about the fence')}`,
];
const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_VERSION = (JSON.parse(await readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of a run; `quality` names both measurements of the real corpus. */
type Part = 'speed' | 'questions' | 'lighthouse';
const PARTS: Record<string, Part[]> = {
  speed: ['speed'],
  questions: ['questions'],
  lighthouse: ['lighthouse'],
  quality: ['questions', 'lighthouse'],
};

/** The parts `--only=a,b` asks for, or every part when there is no `--only`. */
function selectParts(argv: readonly string[]): Set<Part> {
  const all = new Set<Part>(['speed', 'questions', 'lighthouse']);
  let selected: Set<Part> | undefined;
  for (const arg of argv) {
    const only = /^--only=(.+)$/u.exec(arg)?.[1];
    if (only === undefined) throw new Error(`Unknown argument ${arg}. Usage: npm run bench [-- --only=${Object.keys(PARTS).join('|')}[,…]]`);
    selected ??= new Set();
    for (const name of only.split(',')) {
      const parts = PARTS[name];
      if (!parts) throw new Error(`Unknown part "${name}" in ${arg}: choose from ${Object.keys(PARTS).join(', ')}.`);
      for (const part of parts) selected.add(part);
    }
  }
  return selected ?? all;
}

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
const seconds = (value: number) => `${(value / 1000).toFixed(0)} s`;

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

// ---------------------------------------------------------------- search quality

/** What one engine put in front of a reader for one question. */
interface EngineAnswer {
  /** The first distinct claims linked, in order, at most FIRST_CLAIMS. */
  claims: string[];
  /** The first ten links or results as given, claim or not, to see what came instead. */
  links: string[];
  /** Nothing at all came back: no link on the Parallax results page, no Pagefind result. */
  empty: boolean;
}

interface QuestionResult extends ReaderQuestion {
  parallax: EngineAnswer;
  pagefind: EngineAnswer;
}

/** The first FIRST_CLAIMS distinct claim slugs among `hrefs`, in order; other pages are skipped. */
function firstClaims(hrefs: readonly string[], baseUrl: string): string[] {
  const slugs: string[] = [];
  for (const href of hrefs) {
    const slug = CLAIM_PATH.exec(new URL(href, baseUrl).pathname)?.[1];
    if (slug && !slugs.includes(slug)) slugs.push(slug);
    if (slugs.length === FIRST_CLAIMS) break;
  }
  return slugs;
}

/** The results page for `question`, opened as a shared link would open it, read in document order. */
async function askParallax(page: Page, baseUrl: string, question: string): Promise<EngineAnswer> {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(question)}`);
  await page.waitForFunction(
    () => (document.querySelector('#search-status')?.textContent ?? '') !== '' && performance.getEntriesByName('parallax:search-and-render').length > 0,
  );
  // A link back to search ("Did you mean …?") offers another query; it is not a result.
  const hrefs = (await page.locator('#search-results a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).filter(
    (href) => !new URL(href, baseUrl).pathname.startsWith('/search/'),
  );
  return { claims: firstClaims(hrefs, baseUrl), links: hrefs.slice(0, 10), empty: hrefs.length === 0 };
}

/** Pagefind's results for `question`, in its order, each page's URL from its `data()`. */
async function askPagefind(page: Page, baseUrl: string, question: string): Promise<EngineAnswer> {
  const urls = await page.evaluate(
    async ([term, script]) => {
      const pagefind = (await import(script)) as {
        search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const search = await pagefind.search(term);
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    },
    [question, '/pagefind/pagefind.js'] as const,
  );
  return { claims: firstClaims(urls, baseUrl), links: urls.slice(0, 10), empty: urls.length === 0 };
}

async function measureQuality(context: BrowserContext, baseUrl: string): Promise<QuestionResult[]> {
  const parallaxPage = await context.newPage();
  const pagefindPage = await context.newPage();
  await pagefindPage.goto(`${baseUrl}/pagefind-bench.html`);
  const results: QuestionResult[] = [];
  for (const entry of READER_QUESTIONS) {
    results.push({
      ...entry,
      parallax: await askParallax(parallaxPage, baseUrl, entry.question),
      pagefind: await askPagefind(pagefindPage, baseUrl, entry.question),
    });
  }
  await parallaxPage.close();
  await pagefindPage.close();
  return results;
}

/** How many of `expected` are among the claims an engine showed first. */
const foundCount = (expected: readonly string[], answer: EngineAnswer) => expected.filter((slug) => answer.claims.includes(slug)).length;

// ---------------------------------------------------------------- Lighthouse

interface LighthouseRun {
  scores: Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
}

interface LighthouseResult {
  page: string;
  runs: LighthouseRun[];
}

interface LighthouseReport {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

const execFileAsync = promisify(execFile);

/**
 * One Lighthouse run, mobile default (simulated throttling), in a Chromium of its own with a fresh
 * profile. The CLI runs as a child process, asynchronously: the static server it measures lives in
 * this process and must keep answering.
 */
async function runLighthouse(url: string): Promise<LighthouseRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'parallax-lighthouse-'));
  try {
    const profile = path.join(scratch, 'profile');
    const output = path.join(scratch, 'report.json');
    await execFileAsync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--no-enable-error-reporting',
        `--chrome-flags=--headless --no-sandbox --disable-gpu --user-data-dir=${profile}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 2 ** 20 },
    );
    const report = JSON.parse(await readFile(output, 'utf8')) as LighthouseReport;
    if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
    const score = (category: string) => Math.round((report.categories[category]?.score ?? Number.NaN) * 100);
    const metric = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbt: metric('total-blocking-time'),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function measureLighthouse(baseUrl: string): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const page of LIGHTHOUSE_PAGES) {
    const runs: LighthouseRun[] = [];
    for (let round = 0; round < LIGHTHOUSE_RUNS; round += 1) runs.push(await runLighthouse(`${baseUrl}${page}`));
    results.push({ page, runs });
  }
  return results;
}

/** The median of each value over the runs, taken separately. */
function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const median = (pick: (run: LighthouseRun) => number) => percentile(runs.map(pick), 50);
  return {
    scores: {
      performance: median((run) => run.scores.performance),
      accessibility: median((run) => run.scores.accessibility),
      'best-practices': median((run) => run.scores['best-practices']),
      seo: median((run) => run.scores.seo),
    },
    fcp: median((run) => run.fcp),
    lcp: median((run) => run.lcp),
    cls: median((run) => run.cls),
    tbt: median((run) => run.tbt),
  };
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
  /** Scripts the search page loads only when needed (fuse.js, for a misspelt word). */
  lazyCode: Sizes;
  parallax: { bytes: { raw: number; compressed: number; files: number }; plain: Awaited<ReturnType<typeof measureParallax>>; throttled: Awaited<ReturnType<typeof measureParallax>> };
  pagefind: { indexMs: number; bytes: { raw: number; compressed: number; files: number }; plain: Awaited<ReturnType<typeof measurePagefind>>; throttled?: Awaited<ReturnType<typeof measurePagefind>> };
}

/** Sizes and speed of one built corpus, Parallax beside Pagefind. */
async function measureSpeed(corpus: { scale: number; root: string; dist: string; buildMs: number; indexMs: number }, context: BrowserContext, baseUrl: string): Promise<CorpusResult> {
  const { scale, root, dist } = corpus;
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
  const lazyScripts = (await readdir(path.join(dist, '_astro'))).filter((name) => name.endsWith('.js') && !scripts.includes(`/_astro/${name}`));
  const lazyCode = sizes(Buffer.concat(await Promise.all(lazyScripts.map((name) => readFile(path.join(dist, '_astro', name))))));
  const articles = (await readdir(path.join(root, 'content/articles'))).filter((name) => name.endsWith('.md')).length;

  const first = QUERIES[0] as string;
  const parallaxBytes = await firstQueryBytes(
    context,
    `${baseUrl}/search/?q=${encodeURIComponent(first)}`,
    (pathname) => (pathname.startsWith('/search/') && pathname.endsWith('.json')) || (pathname.startsWith('/_astro/') && pathname.endsWith('.js')),
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

/** What one corpus measured: speed when asked for, and on the real corpus quality and Lighthouse when asked for. */
interface CorpusRun {
  speed?: CorpusResult;
  quality?: QuestionResult[];
  lighthouse?: LighthouseResult[];
}

async function benchCorpus(scale: number, parts: ReadonlySet<Part>): Promise<CorpusRun> {
  process.stdout.write(`\n${scale}× corpus: preparing… `);
  const root = await prepareProject(scale);
  try {
    process.stdout.write('building… ');
    const buildMs = run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], root);
    const dist = path.join(root, 'dist');
    process.stdout.write('pagefind… ');
    const indexMs = run(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', dist, '--quiet'], root);
    await writeFile(path.join(dist, 'pagefind-bench.html'), PAGEFIND_PAGE);

    const server = await startStaticServer(dist);
    try {
      const measured: CorpusRun = {};
      const browser = await launchBrowser();
      try {
        if (parts.has('speed')) {
          process.stdout.write('measuring speed… ');
          measured.speed = await measureSpeed({ scale, root, dist, buildMs, indexMs }, browser.context, server.url);
        }
        if (scale === 1 && parts.has('questions')) {
          process.stdout.write(`asking ${READER_QUESTIONS.length} questions… `);
          const asked = performance.now();
          measured.quality = await measureQuality(browser.context, server.url);
          process.stdout.write(`(${seconds(performance.now() - asked)}) `);
        }
      } finally {
        await browser.close();
      }
      // Lighthouse starts a Chromium of its own: the one above is closed first, so the two never
      // share the CPU during a run.
      if (scale === 1 && parts.has('lighthouse')) {
        process.stdout.write(`lighthouse (${LIGHTHOUSE_PAGES.length} pages × ${LIGHTHOUSE_RUNS})… `);
        const audited = performance.now();
        measured.lighthouse = await measureLighthouse(server.url);
        process.stdout.write(`(${seconds(performance.now() - audited)}) `);
      }
      process.stdout.write('done');
      return measured;
    } finally {
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Everything a run measured: speed per corpus, and on the real corpus quality and Lighthouse. */
interface Measured {
  speed: CorpusResult[];
  quality: QuestionResult[] | undefined;
  lighthouse: LighthouseResult[] | undefined;
}

const share = (count: number, total: number) => `${count} (${Math.round((100 * count) / total)}%)`;

/** A cell of the per-question table: found all, some, none, or nothing came back at all. */
function hitCell(expected: readonly string[], answer: EngineAnswer): string {
  if (answer.empty) return 'no result';
  const found = foundCount(expected, answer);
  if (found === 0) return 'no';
  return found === expected.length ? 'yes' : `yes, ${found} of ${expected.length}`;
}

function qualityLines(questions: readonly QuestionResult[], row: (cells: (string | number)[]) => string): string[] {
  const engines = [
    ['Parallax', (result: QuestionResult) => result.parallax],
    ['Pagefind', (result: QuestionResult) => result.pagefind],
  ] as const;
  return [
    '## Search quality',
    '',
    `${questions.length} questions a new reader might type, written from the articles (tests/support/reader-questions.ts),`,
    'each with the one to three claims it is about: loose questions and fragments, word forms and numbers the',
    "articles do not use, misspelt names and function words, worded in neither side's terms. Both engines search",
    'the same built pages of the real corpus. For Parallax, the search page is opened at `/search/?q=<question>`',
    'and, once it has shown its status, every link in `#search-results` is read in document order (a link to',
    'another search, such as "Did you mean", is not a result); for Pagefind, `search(question)` and each',
    "result's `data()`, in Pagefind's order. A link or result leading to a claim page (`/claims/<slug>/`, with or",
    `without an anchor) counts for that claim; the first ${FIRST_CLAIMS} distinct claims are what the reader meets. A question`,
    'is *answered* when at least one of its claims is among them; *no result* means nothing came back at all (no',
    'result link on the Parallax results page, no Pagefind result).',
    '',
    row(['engine', 'questions', `answered (a claim among the first ${FIRST_CLAIMS})`, `all expected claims among the first ${FIRST_CLAIMS}`, 'no result']),
    row(Array(5).fill('---')),
    ...engines.map(([name, answer]) =>
      row([
        name,
        questions.length,
        share(questions.filter((result) => foundCount(result.claims, answer(result)) > 0).length, questions.length),
        share(questions.filter((result) => foundCount(result.claims, answer(result)) === result.claims.length).length, questions.length),
        questions.filter((result) => answer(result).empty).length,
      ]),
    ),
    '',
    `Each question: *yes* when every expected claim is among the first ${FIRST_CLAIMS}, *yes, 1 of 2* when some are, *no* when`,
    'none is, *no result* when nothing came back. The claims each engine showed are in .tmp/bench-quality.json.',
    '',
    row(['question', 'expected claims', 'Parallax', 'Pagefind']),
    row(Array(4).fill('---')),
    ...questions.map((result) =>
      row([result.question, result.claims.map((slug) => `\`${slug}\``).join(', '), hitCell(result.claims, result.parallax), hitCell(result.claims, result.pagefind)]),
    ),
    '',
  ];
}

function lighthouseLines(pages: readonly LighthouseResult[], row: (cells: (string | number)[]) => string): string[] {
  return [
    '## Lighthouse',
    '',
    `Lighthouse ${LIGHTHOUSE_VERSION}, mobile default (simulated throttling), on the real corpus as the bench's static server`,
    `serves it (compressed, as static hosts do; no cache headers yet). ${LIGHTHOUSE_RUNS} runs per page, each in a fresh`,
    'headless Chromium with a fresh profile; the median of each value is taken separately.',
    '',
    row(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'CLS', 'TBT', 'performance per run']),
    row(Array(10).fill('---')),
    ...pages.map(({ page, runs }) => {
      const median = medianRun(runs);
      return row([
        `\`${page}\``,
        median.scores.performance,
        median.scores.accessibility,
        median.scores['best-practices'],
        median.scores.seo,
        `${Math.round(median.fcp)} ms`,
        `${Math.round(median.lcp)} ms`,
        median.cls.toFixed(3),
        `${Math.round(median.tbt)} ms`,
        runs.map((run) => run.scores.performance).join('/'),
      ]);
    }),
    '',
  ];
}

/** BENCHMARKS.md for a full run; for a partial run (`only` names its parts), the same sections it measured. */
function report(measured: Measured, machine: Record<string, string>, only: string | undefined): string {
  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const { speed: results, quality, lighthouse } = measured;
  const real = results.find((result) => result.scale === 1);
  const largest = results.find((result) => result.scale === 100);
  const verdict = (ok: boolean, text: string) => `${ok ? 'met' : '**missed**'}: ${text}`;
  const searchPages = lighthouse?.filter(({ page }) => page.startsWith('/search/?q=')).map(({ page, runs }) => ({ page, performance: medianRun(runs).scores.performance })) ?? [];
  const silent = quality?.filter((result) => result.parallax.empty) ?? [];
  const intro = only
    ? [
        `# Benchmarks: partial run (\`--only=${only}\`)`,
        '',
        `Written by \`npm run bench -- --only=${only}\` (scripts/bench.ts) to .tmp/, not to BENCHMARKS.md: only a full`,
        '`npm run bench` writes that, with every section.',
      ]
    : [
        '# Benchmarks',
        '',
        'Written by `npm run bench` (scripts/bench.ts); numbers from the latest run. Search speed is measured in',
        'headless Chromium on the built site, through the search page itself (the `parallax:search` performance',
        `measure around each query), over ${QUERIES.length} queries (the ${READER_QUERIES.length} reader queries of the search tests and ${TYPING.length} typing prefixes), ${REPEATS} rounds each.`,
        'Synthetic corpora copy each article 10 or 100 times with a quarter of its words changed, built and checked like the real ones.',
        `Search quality (${READER_QUESTIONS.length} reader questions, Parallax beside Pagefind) and Lighthouse are measured on the real corpus, in the same run.`,
      ];
  const targets = [
    real ? `- p95 ≤ 5 ms on the real corpus (ranking a query): ${verdict(percentile(real.parallax.plain.rank, 95) <= 5, ms(percentile(real.parallax.plain.rank, 95)))}; keystroke to results ready: ${ms(percentile(real.parallax.plain.search, 95))}` : '',
    largest ? `- p95 ≤ 16 ms at 100× with the CPU throttled ${THROTTLE}× (ranking a query): ${verdict(percentile(largest.parallax.throttled.rank, 95) <= 16, ms(percentile(largest.parallax.throttled.rank, 95)))}; keystroke to results ready, including fetching new result files: ${ms(percentile(largest.parallax.throttled.search, 95))}` : '',
    real
      ? `- search code ≤ 10 KB brotli: ${verdict(real.code.brotli <= 10 * 1024, kb(real.code.brotli))}, loaded with the page; fuse.js, loaded only when a word matches nothing exactly: ${kb(real.lazyCode.brotli)}`
      : '',
    ...results.map(
      (result) =>
        `- fewer bytes than Pagefind for a first query, ${result.scale}×: ${verdict(result.parallax.bytes.compressed < result.pagefind.bytes.compressed, `${kb(result.parallax.bytes.compressed)} against ${kb(result.pagefind.bytes.compressed)} (compressed on the wire)`)}`,
    ),
    quality
      ? `- no reader question ends on no result: ${verdict(silent.length === 0, silent.length === 0 ? `all ${quality.length} show results` : `${silent.length} of ${quality.length} show none`)}`
      : '',
    ...searchPages.map(({ page, performance }) => `- Lighthouse mobile performance 100 on \`${page}\`: ${verdict(performance === 100, String(performance))}`),
  ].filter((line) => line !== '');
  const lines = [
    ...intro,
    '',
    '## Machine',
    '',
    ...Object.entries(machine).map(([key, value]) => `- ${key}: ${value}`),
    '',
    ...(targets.length === 0 ? [] : ['## Targets', '', ...targets, '']),
    ...(results.length === 0
      ? []
      : [
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
        ]),
    ...(quality ? qualityLines(quality, row) : []),
    ...(lighthouse ? lighthouseLines(lighthouse, row) : []),
  ];
  return lines.filter((line, index, all) => !(line === '' && (index === 0 || all[index - 1] === ''))).join('\n');
}

const parts = selectParts(process.argv.slice(2));
const onlyArgs = process.argv.slice(2).map((arg) => arg.slice('--only='.length));
const only = onlyArgs.length > 0 ? onlyArgs.join(',') : undefined;
const benchStarted = performance.now();
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
const measured: Measured = { speed: [], quality: undefined, lighthouse: undefined };
// Quality and Lighthouse measure the real corpus only: without speed, the synthetic ones are not built.
for (const scale of parts.has('speed') ? SCALES : [1]) {
  const corpus = await benchCorpus(scale, parts);
  if (corpus.speed) measured.speed.push(corpus.speed);
  measured.quality ??= corpus.quality;
  measured.lighthouse ??= corpus.lighthouse;
}
const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
const machine = {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  commit: `${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
  cpu: `${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  chromium,
  pagefind: JSON.parse(await readFile(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version as string,
  ...(parts.has('lighthouse') ? { lighthouse: LIGHTHOUSE_VERSION } : {}),
};
const markdown = report(measured, machine, only);
const scratch = path.join(ROOT, '.tmp');
await mkdir(scratch, { recursive: true });
if (measured.quality) {
  const answers = measured.quality.map(({ question, claims, parallax, pagefind }) => ({ question, expected: claims, parallax, pagefind }));
  await writeFile(path.join(scratch, 'bench-quality.json'), `${JSON.stringify(answers, null, 2)}\n`);
}
const written = only ? path.join(scratch, `bench-${only.replaceAll(',', '-')}.md`) : path.join(ROOT, 'BENCHMARKS.md');
await writeFile(written, `${markdown}\n`);
process.stdout.write(`\n\n${markdown}\n\nWritten to ${path.relative(ROOT, written)} in ${seconds(performance.now() - benchStarted)}.\n`);
