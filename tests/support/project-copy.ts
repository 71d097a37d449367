/**
 * Temporary copies of the project for tests that need bad content: the real content/ is never
 * touched. A copy is removed again when the test file ends.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const created: string[] = [];

/** Copies the named top-level entries of the project into a new temporary folder and returns its path. */
export async function copyProject(entries: readonly string[] = ['content']): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'parallax-test-'));
  created.push(root);
  for (const entry of entries) {
    await cp(path.join(PROJECT_ROOT, entry), path.join(root, entry), { recursive: true });
  }
  return root;
}

/** A copy that can run `astro build` and the npm scripts: sources, scripts, content and config, with node_modules linked in. */
export async function copyBuildableProject(): Promise<string> {
  const root = await copyProject(['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'content', 'public']);
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** Rewrites one file of a copy; `edit` gets the text and returns the new text, which must differ. */
export async function editFile(root: string, file: string, edit: (text: string) => string): Promise<void> {
  const target = path.join(root, file);
  const before = await readFile(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit left ${file} unchanged: the test's pattern no longer matches the content`);
  await writeFile(target, after);
}

/** Removes every copy made so far. */
export async function removeCopies(): Promise<void> {
  await Promise.all(created.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

const QUIET_ENV = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Runs the real `astro build` in a copy, with `env` added to the environment; returns its exit status and everything it printed. */
export function runAstroBuild(root: string, env: Readonly<Record<string, string>> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...QUIET_ENV, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs an npm script in a copy (`npm run build`, the command people use, or `validate`,
 * `anchors:register`), on the project's own Node 24 as `npm run` would find it; returns its exit
 * status and everything it printed.
 */
export function runNpmScript(root: string, script: string): { status: number | null; output: string } {
  const bin = path.join(PROJECT_ROOT, 'node_modules/.bin');
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...QUIET_ENV, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The SHA-256 of every file under `folder`, by relative path: two trees are byte-identical when these are equal. */
export async function hashTree(folder: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(folder, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return hashes;
}

/** Makes a copy a git repository with everything committed, as a clone has it: the register's history and the last committed claims. */
export async function commitCopy(root: string): Promise<void> {
  await writeFile(path.join(root, '.gitignore'), 'node_modules\ndist/\n.astro/\n.tmp/\n');
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${root}: ${result.stderr}`);
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'The project as copied');
}
