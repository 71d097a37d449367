/**
 * What every part of `npm run bench` shares: the project root, byte sizes, percentiles, number
 * formats, Markdown table rows, and a runner that times a command and its peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The project's own binaries (Node 24 among them), first on the PATH of every command the bench runs. */
export const BIN = path.join(ROOT, 'node_modules/.bin');

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const NO_BYTES: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** Raw size, gzip at level 9 and brotli at quality 11 (what a host that precompresses would send). */
export function sizes(bytes: Buffer): Sizes {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

export const addSizes = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(0)} s`;
export const secondsTenths = (value: number) => `${(value / 1000).toFixed(1)} s`;
export const minutes = (value: number) => `${(value / 60_000).toFixed(1)} min`;
export const mb = (kilobytes: number) => `${Math.round(kilobytes / 1024)} MB`;

export type Cell = string | number;
export const row = (cells: readonly Cell[]) => `| ${cells.join(' | ')} |`;
export const header = (cells: readonly Cell[]) => [row(cells), row(cells.map(() => '---'))];
export const verdict = (ok: boolean, text: string) => `${ok ? 'met' : '**missed**'}: ${text}`;

/** The environment of every build: no telemetry prompt, no colour codes in captured output. */
export const QUIET_ENV = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

export interface TimedRun {
  /** Wall time of the whole command, in milliseconds. */
  ms: number;
  /** Peak resident memory of the largest process the command ran, in kilobytes. */
  peakRssKb: number;
  /** CPU time (user and system) of the command and all it ran, in milliseconds; NaN without GNU time. */
  cpuMs: number;
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to its end and measures its wall time and peak memory: with GNU time (`%M`, the
 * largest resident set of the command and every process it waited for, and `%U %S`, their CPU time,
 * which a busy machine inflates far less than wall time) when it is installed, else
 * by reading the resident set of every process of the command's tree from /proc every 50 ms and
 * keeping the largest. Either way the figure is that of the largest single process, here the
 * `astro build` itself. Rejects with the command's output when it fails.
 */
export async function timedRun(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<TimedRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'parallax-bench-time-'));
  const timeFile = path.join(scratch, 'time');
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];
  try {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...QUIET_ENV, PATH: `${BIN}${path.delimiter}${process.env['PATH'] ?? ''}`, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    let sampledKb = 0;
    const sampler = useTime
      ? undefined
      : setInterval(() => {
          if (child.pid !== undefined) void largestRssKb(child.pid).then((kb) => (sampledKb = Math.max(sampledKb, kb)));
        }, 50);
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const elapsed = performance.now() - started;
    if (sampler) clearInterval(sampler);
    if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${status}) in ${cwd}:\n${output}`);
    if (!useTime) return { ms: elapsed, peakRssKb: sampledKb, cpuMs: Number.NaN, output };
    // GNU time may write a line of its own first ("Command exited with non-zero status …").
    const [rss, user, system] = ((await readFile(timeFile, 'utf8')).trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    return { ms: elapsed, peakRssKb: rss ?? Number.NaN, cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000, output };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The largest resident set, in kilobytes, among `root` and its descendants, from /proc. */
async function largestRssKb(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/u.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name, in parentheses, may itself contain spaces: the fields after it are fixed.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(ppid)) parents.set(Number(name), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid; current !== undefined && current > 1; current = parents.get(current)) if (current === root) return true;
    return false;
  };
  let largest = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    largest = Math.max(largest, Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0));
  }
  return largest;
}
