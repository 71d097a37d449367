/**
 * Lighthouse, mobile default (simulated throttling), on every page type of the real corpus as the
 * bench's static server serves it: the four category scores, FCP, LCP, CLS and TBT (the median of
 * each over the runs, taken separately), and every audit that scored below 1 in any run, with what
 * Lighthouse gave as its cause.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../../tests/support/browser.ts';
import { header, kb, percentile, ROOT, row, verdict } from './common.ts';
import { PAGE_TYPES, type PageType } from './page-types.ts';

export const LIGHTHOUSE_RUNS = 3;
export const LIGHTHOUSE_VERSION = (JSON.parse(await readFile(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The LCP every page type should reach on mobile, in milliseconds. */
const LCP_TARGET = 1000;

/** An audit that scored below 1 in one run. */
interface LowAudit {
  id: string;
  title: string;
  score: number;
  cause: string;
}

interface LighthouseRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  low: LowAudit[];
  /** For each category below 1, the weighted audits in it that scored below 1. */
  failing: Partial<Record<(typeof CATEGORIES)[number], string[]>>;
}

export interface LighthouseResult {
  type: PageType;
  runs: LighthouseRun[];
}

// ---------------------------------------------------------------- reading a report

interface Heading {
  key: string | null;
  valueType?: string;
  label?: unknown;
}

interface Details {
  type: string;
  headings?: Heading[];
  items?: Record<string, unknown>[];
}

interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: Details;
}

interface Report {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

/** How many items of an audit's table a cause names. */
const ITEMS_SHOWN = 3;

/** A URL of the measured site as a path; other URLs as they are. */
const shortUrl = (value: string, origin: string) => (value.startsWith(origin) ? value.slice(origin.length) || '/' : value);

/** One value of a table cell, as Lighthouse's report would show it. */
function cellText(value: unknown, valueType: string | undefined, origin: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') {
    if (valueType === 'bytes') return kb(value);
    if (valueType === 'ms' || valueType === 'timespanMs') return `${Math.round(value)} ms`;
    return Number.isInteger(value) ? String(value) : value.toFixed(3);
  }
  if (typeof value === 'boolean') return undefined;
  if (typeof value === 'string') return valueType === 'url' ? shortUrl(value, origin) : value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (object['type'] === 'node') return String(object['snippet'] ?? object['selector'] ?? 'an element');
    if (object['type'] === 'source-location') return shortUrl(String(object['url'] ?? ''), origin);
    if (object['type'] === 'url') return shortUrl(String(object['value'] ?? ''), origin);
    if (object['type'] === 'code' || object['type'] === 'text') return String(object['value'] ?? '');
    if (typeof object['formattedDefault'] === 'string') return object['formattedDefault'];
  }
  return undefined;
}

/** A table's first rows, each as its first cell and the others labelled: "/_astro/x.css (Transfer Size 1.6 KB, Duration 314 ms)". */
function tableText(details: Details, origin: string): string[] {
  const headings = (details.headings ?? []).filter((heading) => heading.key !== null);
  return (details.items ?? []).slice(0, ITEMS_SHOWN).map((item) => {
    const cells = headings.map((heading) => ({ label: typeof heading.label === 'string' ? heading.label : '', text: cellText(item[heading.key as string], heading.valueType, origin) }));
    const [first, ...rest] = cells.filter((cell) => cell.text !== undefined);
    if (!first) return '';
    const others = rest.map((cell) => (cell.label ? `${cell.label} ${cell.text}` : cell.text)).join(', ');
    return others ? `${first.text} (${others})` : (first.text as string);
  });
}

interface ChainNode {
  url: string;
  navStartToEndTime?: number;
  isLongest?: boolean;
  children?: Record<string, ChainNode>;
}

/** The longest request chain of a network tree: "/ → /_astro/x.css (165 ms)". */
function longestChain(chains: Record<string, ChainNode>, origin: string): string | undefined {
  const steps: string[] = [];
  let level: Record<string, ChainNode> | undefined = chains;
  let end = 0;
  while (level && Object.keys(level).length > 0) {
    const nodes: ChainNode[] = Object.values(level);
    const next: ChainNode | undefined = nodes.find((node) => node.isLongest) ?? nodes[0];
    if (!next) break;
    steps.push(shortUrl(next.url, origin));
    end = next.navStartToEndTime ?? end;
    level = next.children;
  }
  return steps.length === 0 ? undefined : `longest chain ${steps.join(' → ')} (${Math.round(end)} ms)`;
}

/** What Lighthouse says causes an audit's score: its display value and the first items of its details. */
export function auditCause(audit: Audit, origin: string): string {
  const parts: string[] = [];
  if (audit.displayValue) parts.push(audit.displayValue);
  const details = audit.details;
  const collect = (inner: Details | undefined) => {
    if (!inner) return;
    if (inner.type === 'table' || inner.type === 'opportunity') parts.push(...tableText(inner, origin));
    else if (inner.type === 'checklist') {
      const failed = Object.values((inner as unknown as { items: Record<string, { label: string; value: boolean }> }).items).filter((check) => !check.value);
      parts.push(...failed.map((check) => `fails "${check.label}"`));
    } else if (inner.type === 'network-tree') {
      const chain = longestChain((inner as unknown as { chains: Record<string, ChainNode> }).chains, origin);
      if (chain) parts.push(chain);
    } else if (inner.type === 'list') {
      for (const item of inner.items ?? []) {
        const section = item as { type?: string; value?: Details };
        collect(section.type === 'list-section' ? section.value : (item as unknown as Details));
      }
    }
  };
  collect(details);
  return parts.filter((part) => part !== '').join('; ') || 'no details given';
}

/** Every audit of a report that scored below 1 (audits without a score, or not applicable, are left out). */
export function lowAudits(report: Report, origin: string): LowAudit[] {
  return Object.entries(report.audits)
    .filter(([, audit]) => audit.score !== null && audit.score < 1 && !['notApplicable', 'informative', 'manual', 'error'].includes(audit.scoreDisplayMode))
    .map(([id, audit]) => ({ id, title: audit.title, score: audit.score as number, cause: auditCause(audit, origin) }));
}

// ---------------------------------------------------------------- running

const execFileAsync = promisify(execFile);

/**
 * One Lighthouse run, mobile default (simulated throttling), in a Chromium of its own with a fresh
 * profile. The CLI runs as a child process, asynchronously: the static server it measures lives in
 * this process and must keep answering. A page served with 404 on purpose is audited all the same.
 */
async function runLighthouse(baseUrl: string, type: PageType): Promise<LighthouseRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'parallax-lighthouse-'));
  const url = `${baseUrl}${type.url}`;
  try {
    const profile = path.join(scratch, 'profile');
    const output = path.join(scratch, 'report.json');
    await execFileAsync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        '--no-enable-error-reporting',
        '--disable-full-page-screenshot',
        ...(type.status === 200 ? [] : ['--ignore-status-code']),
        `--chrome-flags=--headless --no-sandbox --disable-gpu --user-data-dir=${profile}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 2 ** 20 },
    );
    const report = JSON.parse(await readFile(output, 'utf8')) as Report;
    if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code}: ${report.runtimeError.message}`);
    const score = (category: string) => Math.round((report.categories[category]?.score ?? Number.NaN) * 100);
    const metric = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbt: metric('total-blocking-time'),
      low: lowAudits(report, baseUrl),
      failing: Object.fromEntries(
        CATEGORIES.filter((category) => (report.categories[category]?.score ?? 0) < 1).map((category) => [
          category,
          (report.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
        ]),
      ),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Every page type, LIGHTHOUSE_RUNS times each, one run after another. */
export async function measureLighthouse(baseUrl: string, log: (text: string) => void, types: readonly PageType[] = PAGE_TYPES, times = LIGHTHOUSE_RUNS): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const type of types) {
    const runs: LighthouseRun[] = [];
    for (let round = 0; round < times; round += 1) runs.push(await runLighthouse(baseUrl, type));
    log('.');
    results.push({ type, runs });
  }
  return results;
}

// ---------------------------------------------------------------- report

type Median = Omit<LighthouseRun, 'low' | 'failing'>;

/** The median of each value over the runs, taken separately. */
function medianRun(runs: readonly LighthouseRun[]): Median {
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

const CATEGORY_NAMES = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' } as const;

/**
 * What keeps a page type from 100/100/100/100 with LCP ≤ 1.0 s: `misses`, and `byDesign`, the
 * categories held below 100 only by audits the page fails on purpose (a 404 page's status).
 */
function shortfall(result: LighthouseResult): { misses: string[]; byDesign: string[] } {
  const median = medianRun(result.runs);
  const misses: string[] = [];
  const byDesign: string[] = [];
  for (const category of CATEGORIES.filter((one) => median.scores[one] < 100)) {
    const failing = new Set(result.runs.flatMap((run) => run.failing[category] ?? []));
    const planned = result.type.byDesign ?? {};
    const text = `${CATEGORY_NAMES[category]} ${median.scores[category]}`;
    if (failing.size > 0 && [...failing].every((id) => id in planned)) byDesign.push(`${text} (${[...failing].map((id) => `\`${id}\`: ${planned[id]}`).join('; ')})`);
    else misses.push(text);
  }
  if (median.lcp > LCP_TARGET) misses.push(`LCP ${(median.lcp / 1000).toFixed(2)} s`);
  return { misses, byDesign };
}

export function lighthouseTargets(results: readonly LighthouseResult[] | undefined): string[] {
  if (!results) return [];
  const shortfalls = results.map((result) => ({ name: result.type.name, ...shortfall(result) }));
  const missed = shortfalls.filter((one) => one.misses.length > 0);
  const planned = shortfalls.filter((one) => one.byDesign.length > 0);
  const text = missed.length === 0 ? `all ${results.length}` : missed.map((one) => `${one.name} (${one.misses.join(', ')})`).join('; ');
  const note = planned.length === 0 ? '' : `; by design: ${planned.map((one) => `${one.name}, ${one.byDesign.join(', ')}`).join('; ')}`;
  return [`- Lighthouse 100/100/100/100 with LCP ≤ ${(LCP_TARGET / 1000).toFixed(1)} s on every page type (medians of ${LIGHTHOUSE_RUNS} runs): ${verdict(missed.length === 0, text)}${note}`];
}

/** Audits below 1 on one page type, over its runs: each with the runs it appeared in and the cause of its lowest score. */
function pageAudits(result: LighthouseResult): { id: string; title: string; runs: number[]; scores: number[]; cause: string }[] {
  const byId = new Map<string, { id: string; title: string; runs: number[]; scores: number[]; cause: string; lowest: number }>();
  result.runs.forEach((run, index) => {
    for (const audit of run.low) {
      const entry = byId.get(audit.id) ?? { id: audit.id, title: audit.title, runs: [], scores: [], cause: audit.cause, lowest: audit.score };
      entry.runs.push(index + 1);
      entry.scores.push(audit.score);
      if (audit.score < entry.lowest) Object.assign(entry, { lowest: audit.score, cause: audit.cause });
      byId.set(audit.id, entry);
    }
  });
  return [...byId.values()].sort((a, b) => b.runs.length - a.runs.length || a.lowest - b.lowest || a.id.localeCompare(b.id));
}

/** Each audit below 1 anywhere: the page types it was below 1 on and in how many runs in all. */
function auditSummary(results: readonly LighthouseResult[]): { id: string; title: string; types: string[]; runs: number }[] {
  const byId = new Map<string, { id: string; title: string; types: string[]; runs: number }>();
  for (const result of results) {
    for (const audit of pageAudits(result)) {
      const entry = byId.get(audit.id) ?? { id: audit.id, title: audit.title, types: [], runs: 0 };
      entry.types.push(result.type.name);
      entry.runs += audit.runs.length;
      byId.set(audit.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => b.runs - a.runs || a.id.localeCompare(b.id));
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function lighthouseLines(results: readonly LighthouseResult[]): string[] {
  return [
    '## Lighthouse',
    '',
    `Lighthouse ${LIGHTHOUSE_VERSION}, mobile default (simulated throttling: slow 4G, CPU 4× slower), on the real corpus as`,
    "the bench's static server serves it (compressed, as static hosts do; unknown addresses get `404.html` with",
    `status 404). One page stands for each page type. ${LIGHTHOUSE_RUNS} runs per page, one after another, each in a fresh headless`,
    'Chromium with a fresh profile; the median of each value is taken separately.',
    '',
    ...header(['page type', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'CLS', 'TBT', 'performance per run']),
    ...results.map(({ type, runs }) => {
      const median = medianRun(runs);
      return row([
        type.name,
        `\`${type.url}\``,
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
    '### Audits below 1, by audit',
    '',
    'How many page types each audit fell below 1 on, and in how many of their runs; the causes are in the table after.',
    '',
    ...header(['audit', 'title', 'page types', 'runs']),
    ...auditSummary(results).map((audit) =>
      row([
        `\`${audit.id}\``,
        escapeCell(audit.title),
        audit.types.length === results.length ? `all ${results.length}` : `${audit.types.length} of ${results.length}: ${audit.types.join(', ')}`,
        `${audit.runs} of ${results.reduce((sum, result) => sum + result.runs.length, 0)}`,
      ]),
    ),
    '',
    '### Audits below 1, per page type',
    '',
    'Every audit that scored below 1 in any run, per page type, with the runs it appeared in, its scores in those',
    "runs, and its cause as Lighthouse gives it (the audit's display value and the first rows of its details, from",
    'the run where it scored lowest; addresses on the measured site as paths). Metric audits such as',
    '*Max Potential First Input Delay* or *Speed Index* can fall below 1 while the performance score stays 100.',
    '',
    ...header(['page type', 'audit', 'title', 'runs', 'scores', 'cause']),
    ...results.flatMap((result) =>
      pageAudits(result).map((audit) =>
        row([
          result.type.name,
          `\`${audit.id}\``,
          escapeCell(audit.title),
          `${audit.runs.length}/${result.runs.length} (${audit.runs.join(', ')})`,
          audit.scores.map((score) => String(Math.round(score * 100) / 100)).join(', '),
          escapeCell(audit.cause),
        ]),
      ),
    ),
    '',
  ];
}
