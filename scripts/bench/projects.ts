/**
 * The projects the bench builds, each in a folder of its own under .tmp/bench/: copies of Parallax
 * (the real corpus or a synthetic one) and the yardstick, a Starlight site of the same five articles.
 *
 * Every copy gets a node_modules of its own that links to each package of the project's, but not to
 * the project's caches (node_modules/.astro, node_modules/.vite): a cold build can then clear its
 * caches without touching those of the project, or of anyone else sharing its node_modules.
 *
 * The copies live inside the project, not in the system's temporary folder, for the yardstick's
 * sake: Astro takes a component path outside the project root (`/work/…/node_modules/…` seen from
 * `/tmp/…`) for one relative to the root, and the Starlight build then fails. Parallax's copies sit
 * beside it, so both build on the same disk under the same conditions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMarkdownFile } from '../../src/validation/sources.ts';
import { generateCorpus } from './corpus.ts';
import { ROOT, timedRun, type TimedRun } from './common.ts';

const SCRATCH = path.join(ROOT, '.tmp/bench');
/** Caches a build writes into node_modules: kept per copy, never linked to the project's. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp']);

/** A node_modules for `root` that links every package of the project's, and none of its caches. */
async function linkPackages(root: string): Promise<void> {
  const source = await realpath(path.join(ROOT, 'node_modules'));
  const target = path.join(root, 'node_modules');
  await mkdir(target);
  for (const entry of await readdir(source)) {
    if (!CACHES.has(entry)) await symlink(path.join(source, entry), path.join(target, entry));
  }
}

/** The copies made and not removed yet. */
const made = new Set<string>();

async function newFolder(name: string): Promise<string> {
  await mkdir(SCRATCH, { recursive: true });
  const root = await mkdtemp(path.join(SCRATCH, `${name}-`));
  made.add(root);
  return root;
}

/** Removes a copy made by this module. */
export async function removeProject(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
  made.delete(root);
}

/** Removes every copy not removed yet, at once: for a run that is interrupted. */
export function removeLeftovers(): void {
  for (const root of made) rmSync(root, { recursive: true, force: true });
  made.clear();
}

/**
 * A copy of Parallax as a fresh clone has it (every file git tracks, plus files not yet committed
 * and not ignored), with `scale` times the articles.
 */
export async function prepareParallax(scale: number): Promise<string> {
  const root = await newFolder(`parallax-${scale}x`);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(ROOT, file)));
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await cp(path.join(ROOT, file), path.join(root, file));
  }
  await linkPackages(root);
  await generateCorpus(root, scale);
  return root;
}

/**
 * The yardstick: a Starlight site (its default configuration, with Pagefind search) of the five
 * articles. Each article becomes a docs page: the headline is the page title Starlight's schema
 * requires, the standfirst its description, and the Markdown body is kept, with the fences of
 * Parallax's `:::caption` directive dropped so a caption reads as a plain paragraph. Starlight runs
 * Pagefind itself at the end of `astro build` (its built-in integration), so the yardstick's
 * `npm run build` is `astro build` alone: running `pagefind --site dist` after it would index twice.
 */
export async function prepareYardstick(): Promise<{ root: string; pages: number }> {
  const root = await newFolder('yardstick');
  const docs = path.join(root, 'src/content/docs');
  await mkdir(path.join(docs, 'articles'), { recursive: true });
  const starlight = JSON.parse(await readFile(path.join(ROOT, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string };
  await writeFile(
    path.join(root, 'package.json'),
    `${JSON.stringify(
      {
        name: 'parallax-yardstick',
        private: true,
        type: 'module',
        scripts: { build: 'astro build' },
        // Astro finds the packages to bundle (Starlight imports `astro:` modules) from these.
        dependencies: { '@astrojs/starlight': starlight.version, astro: '*' },
      },
      null,
      2,
    )}\n`,
  );
  await writeFile(
    path.join(root, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '',
      "export default defineConfig({ site: 'https://yardstick.example.org', integrations: [starlight({ title: 'Yardstick' })] });",
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  // Starlight's starter template's tsconfig, so the project's own one is not picked up from above.
  await writeFile(path.join(root, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`);

  const articles = (await readdir(path.join(ROOT, 'content/articles'))).filter((name) => name.endsWith('.md')).sort();
  const links: string[] = [];
  for (const name of articles) {
    const parsed = parseMarkdownFile(await readFile(path.join(ROOT, 'content/articles', name), 'utf8'));
    if (!parsed.ok) throw new Error(`content/articles/${name}: cannot read frontmatter for the yardstick`);
    const { headline, standfirst } = parsed.data as { headline: string; standfirst?: unknown };
    const frontmatter = [`title: ${JSON.stringify(headline)}`, ...(typeof standfirst === 'string' ? [`description: ${JSON.stringify(standfirst)}`] : [])];
    const body = parsed.body
      .split('\n')
      .filter((line) => !/^:::/u.test(line))
      .join('\n');
    await writeFile(path.join(docs, 'articles', name), `---\n${frontmatter.join('\n')}\n---\n${body}`);
    links.push(`- [${headline}](/articles/${name.slice(0, -3)}/)`);
  }
  await writeFile(path.join(docs, 'index.md'), `---\ntitle: Yardstick\ndescription: The five articles.\n---\n\n${links.join('\n')}\n`);
  await linkPackages(root);
  return { root, pages: articles.length + 1 };
}

/** Removes everything a build leaves to speed up the next: the output and the project's own caches. */
export async function clearBuild(root: string): Promise<void> {
  for (const entry of ['dist', '.astro', '.tmp', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.vite-temp']) {
    await rm(path.join(root, entry), { recursive: true, force: true });
  }
}

/** `npm run build` in a copy, timed, with its peak memory. */
export function npmBuild(root: string): Promise<TimedRun> {
  return timedRun('npm', ['run', '--silent', 'build'], root);
}
