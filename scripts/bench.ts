/**
 * `npm run bench`: measures everything into BENCHMARKS.md, with the machine, date and commit.
 *
 * - build: Parallax's `npm run build` beside a Starlight + Pagefind site of the same five articles,
 *   cold and warm, in alternating rounds (scripts/bench/builds.ts); and the build's time and peak
 *   memory on the real corpus and on synthetic corpora of 10× and 100× the articles.
 * - speed: search speed and size on the three corpora, beside Pagefind indexing the same built
 *   pages (scripts/bench/speed.ts).
 * - questions: search quality on the reader questions, Parallax beside Pagefind (quality.ts).
 * - bytes: what a first visit downloads, per page type (bytes.ts).
 * - lighthouse: Lighthouse mobile on every page type, with every audit below 1 and its cause.
 *
 * Every project is built in a copy under .tmp/bench/ (scripts/bench/projects.ts); content/ is never
 * touched. Partial runs, for fast iteration: `npm run bench -- --only=lighthouse` (parts combine
 * with commas: `--only=bytes,lighthouse`; `quality` is questions and lighthouse). Bytes, questions
 * and Lighthouse build the real corpus only; speed and build build all three. A partial run leaves
 * BENCHMARKS.md alone: it prints its tables and writes them to .tmp/bench-<parts>.md. A run that
 * asks the questions also writes the first five claims of each, per engine, to
 * .tmp/bench-quality.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, launchBrowser } from '../tests/support/browser.ts';
import { READER_QUESTIONS } from '../tests/support/reader-questions.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { compareBuilds, type ScaledBuild } from './bench/builds.ts';
import { measureBytes } from './bench/bytes.ts';
import { minutes, ROOT, seconds, timedRun } from './bench/common.ts';
import { SCALES } from './bench/corpus.ts';
import { LIGHTHOUSE_RUNS, LIGHTHOUSE_VERSION, measureLighthouse } from './bench/lighthouse.ts';
import { assertMeasuredPagesExist, builtPages, PAGE_TYPES, uncovered } from './bench/page-types.ts';
import { npmBuild, prepareParallax, removeLeftovers, removeProject } from './bench/projects.ts';
import { measureQuality } from './bench/quality.ts';
import { type Measured, report } from './bench/report.ts';
import { measureSpeed, PAGEFIND_PAGE } from './bench/speed.ts';

type Part = 'build' | 'speed' | 'questions' | 'bytes' | 'lighthouse';
const ALL_PARTS: readonly Part[] = ['build', 'speed', 'questions', 'bytes', 'lighthouse'];
const PARTS: Record<string, Part[]> = {
  build: ['build'],
  speed: ['speed'],
  questions: ['questions'],
  bytes: ['bytes'],
  lighthouse: ['lighthouse'],
  quality: ['questions', 'lighthouse'],
};

/** The parts `--only=a,b` asks for, or every part when there is no `--only`. */
function selectParts(argv: readonly string[]): Set<Part> {
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
  return selected ?? new Set(ALL_PARTS);
}

const log = (text: string) => process.stdout.write(text);

/** Wall time of each stage of the run, in the order they ran. */
const stages = new Map<string, number>();
async function stage<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const took = performance.now() - started;
    stages.set(name, (stages.get(name) ?? 0) + took);
    log(`(${seconds(took)}) `);
  }
}

/** One corpus: copied, built (timed, with its peak memory), then measured as the parts ask. */
async function benchCorpus(scale: number, parts: ReadonlySet<Part>, measured: Measured): Promise<void> {
  log(`\n${scale}× corpus: preparing… `);
  const root = await stage('corpora: copy, build, Pagefind', () => prepareParallax(scale));
  try {
    log('building… ');
    const build = await stage('corpora: copy, build, Pagefind', () => npmBuild(root));
    const articles = (await readdir(path.join(root, 'content/articles'))).filter((name) => name.endsWith('.md')).length;
    const scaled: ScaledBuild = { scale, articles, build };
    if (parts.has('build') || parts.has('speed')) measured.builds.push(scaled);

    const real = scale === 1;
    const speed = parts.has('speed');
    const questions = real && parts.has('questions');
    const bytes = real && parts.has('bytes');
    const lighthouse = real && parts.has('lighthouse');
    if (!speed && !questions && !bytes && !lighthouse) return;

    const dist = path.join(root, 'dist');
    const pages = await builtPages(dist);
    if (real) assertMeasuredPagesExist(pages);
    let indexMs = Number.NaN;
    if (speed || questions) {
      log('pagefind… ');
      indexMs = (await stage('corpora: copy, build, Pagefind', () => timedRun(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', dist, '--quiet'], root))).ms;
      await writeFile(path.join(dist, 'pagefind-bench.html'), PAGEFIND_PAGE);
    }
    const server = await startStaticServer(dist);
    try {
      const browser = await launchBrowser();
      try {
        if (bytes) {
          log('bytes per page type… ');
          measured.bytes = await stage('bytes', () => measureBytes(browser.context, server.url, dist, pages, uncovered(pages)));
        }
        if (speed) {
          log('measuring speed… ');
          measured.speed.push(await stage('speed', () => measureSpeed({ scale, root, dist, buildMs: build.ms, indexMs }, browser.context, server.url)));
        }
        if (questions) {
          log(`asking ${READER_QUESTIONS.length} questions… `);
          measured.quality = await stage('questions', () => measureQuality(browser.context, server.url));
        }
      } finally {
        await browser.close();
      }
      // Lighthouse starts a Chromium of its own: the one above is closed first, so the two never
      // share the CPU during a run.
      if (lighthouse) {
        log(`lighthouse (${PAGE_TYPES.length} page types × ${LIGHTHOUSE_RUNS}) `);
        measured.lighthouse = await stage('Lighthouse', () => measureLighthouse(server.url, log));
      }
    } finally {
      await server.close();
    }
  } finally {
    await removeProject(root);
  }
}

const loads = () => loadavg().map((value) => value.toFixed(2)).join(', ');

// An interrupted run removes its copies too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeLeftovers();
    process.exit(130);
  });
}

const args = process.argv.slice(2);
const parts = selectParts(args);
const only = args.length > 0 ? args.map((arg) => arg.slice('--only='.length)).join(',') : undefined;
const benchStarted = performance.now();
const loadBefore = loads();
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
const measured: Measured = { speed: [], quality: undefined, lighthouse: undefined, bytes: undefined, comparison: undefined, builds: [] };

if (parts.has('build')) {
  log('build beside the yardstick: ');
  measured.comparison = await stage('build beside the yardstick', () => compareBuilds(log));
}
// Bytes, questions and Lighthouse measure the real corpus only: without speed or build, the synthetic ones are not built.
const scales = parts.has('speed') || parts.has('build') ? SCALES : parts.size > 0 ? [1] : [];
for (const scale of scales) await benchCorpus(scale, parts, measured);

const took = performance.now() - benchStarted;
const busy = Math.max(...loadBefore.split(', ').map(Number), ...loadavg()) > cpus().length;
const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
const machine = {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  commit: `${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
  cpu: `${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  'load average (1, 5, 15 min)': `${loadBefore} at the start, ${loads()} at the end${busy ? ` (above the ${cpus().length} cores: other work shared the CPU, so timings are noisy)` : ''}`,
  node: process.version,
  chromium,
  pagefind: (JSON.parse(await readFile(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version,
  ...(parts.has('lighthouse') ? { lighthouse: LIGHTHOUSE_VERSION } : {}),
  run: `${minutes(took)}: ${[...stages].map(([name, value]) => `${name} ${minutes(value)}`).join(', ')}`,
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
log(`\n\n${markdown}\n\nWritten to ${path.relative(ROOT, written)} in ${seconds(took)}.\n`);
