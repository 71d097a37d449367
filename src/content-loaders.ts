/**
 * Content-layer loaders that read every content file with the content validator's own reader
 * (src/validation/sources.ts: the `yaml` package, YAML 1.2), so that the build sees exactly the
 * data the validator checked. Astro's `glob()` and `file()` parse YAML with js-yaml instead, which
 * turns an unquoted `2025-11-10` into a Date: a text field written so passed `npm run validate` and
 * then failed the build with Astro's own message, at `:0:0`.
 *
 * The validator runs before every build and stops it on any problem, so in a build these loaders
 * only ever see valid files. In `astro dev` the validator only logs, and a file it rejects is
 * logged here too and left out, as Astro's loaders leave out a file they cannot read.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblems } from './lib/problems/content-problems.ts';
import { ProblemList, readDataFiles } from './validation/problem-list.ts';
import { isPlainObject, parseMarkdownFile, parseYamlSource, readContentFile } from './validation/sources.ts';

/** Logs what the validator would report about the files a loader left out. */
function logProblems(problems: ProblemList, logger: LoaderContext['logger']): void {
  if (problems.problems.length > 0) logger.error(formatProblems(problems.problems));
}

/** Runs `sync` now and, in `astro dev`, again whenever a file directly in `directory` changes. */
async function syncAndWatch(directory: string, watcher: LoaderContext['watcher'], sync: () => Promise<void>): Promise<void> {
  await sync();
  if (!watcher) return;
  watcher.add(directory);
  const onChange = (changed: string) => {
    if (path.dirname(changed) === directory || changed === directory) void sync();
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, onChange);
}

/** A collection with one entry per YAML file of `folder` (project-relative), its id the file name. */
export function yamlFolderLoader(folder: string, noun: string): Loader {
  return {
    name: 'parallax-yaml-folder',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      await syncAndWatch(path.join(root, folder), watcher, async () => {
        const problems = new ProblemList();
        const files = await readDataFiles(root, folder, noun, problems);
        logProblems(problems, logger);
        store.clear();
        for (const { id, file, data } of files) {
          store.set({ id, data: await parseData({ id, data, filePath: path.join(root, file) }), filePath: file, digest: generateDigest(data) });
        }
      });
    },
  };
}

/**
 * Parses the text of a YAML file for `file()`'s `parser` option. `file()` catches what this throws
 * and logs it; the validator has reported it with its line already.
 */
export function parseYamlData(text: string): Record<string, Record<string, unknown>> | Record<string, unknown>[] {
  const yaml = parseYamlSource(text);
  if (!yaml.ok) throw new Error(yaml.errors.map((error) => `line ${String(error.line)}: ${error.message}`).join('; '));
  return yaml.data as Record<string, Record<string, unknown>> | Record<string, unknown>[];
}

/** Reads one YAML file's value as the validator does; `fallback` when the file does not exist. */
export async function readYamlValue(root: string, file: string, fallback: unknown): Promise<unknown> {
  const source = await readContentFile(root, file);
  if (!source.ok) {
    if (source.missing) return fallback;
    throw new Error(`${file}: ${source.error.message}`);
  }
  return parseYamlData(source.text);
}

/**
 * The article copies: one entry per Markdown file of `folder`, with the frontmatter read by the
 * validator's reader and the body rendered by the site's Markdown pipeline, as `glob()` would.
 */
export function markdownFolderLoader(folder: string): Loader {
  return {
    name: 'parallax-markdown-folder',
    load: async ({ config, store, parseData, generateDigest, renderMarkdown, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const directory = path.join(root, folder);
      await syncAndWatch(directory, watcher, async () => {
        const problems = new ProblemList();
        const names = (await readdir(directory)).filter((name) => name.endsWith('.md')).sort();
        store.clear();
        for (const name of names) {
          const file = path.posix.join(folder, name);
          const source = await readContentFile(root, file);
          const parsed = source.ok ? parseMarkdownFile(source.text) : undefined;
          if (!source.ok || !parsed?.ok || !isPlainObject(parsed.data)) {
            problems.add(file, 'file', 'is left out of the site: `npm run validate` says why');
            continue;
          }
          const id = name.slice(0, -'.md'.length);
          const filePath = path.join(root, file);
          // renderMarkdown takes a frontmatter block from the top of its input; an empty one keeps
          // it from reading a body that opens with `---` as one.
          const rendered = await renderMarkdown(`---\n---\n${parsed.body}`, { fileURL: pathToFileURL(filePath) });
          store.set({ id, data: await parseData({ id, data: parsed.data, filePath }), body: parsed.body, filePath: file, digest: generateDigest(source.text), rendered });
        }
        logProblems(problems, logger);
      });
    },
  };
}
