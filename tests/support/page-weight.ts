/**
 * What a reader downloads, in bytes, read from the built site: a page's first visit is its HTML plus
 * the stylesheets and scripts it loads (followed from `<link rel="stylesheet">`, `<link
 * rel="modulepreload">` and `<script src>`, and from those scripts' static imports); inline styles
 * and scripts are part of the HTML. Each file is compressed on its own with brotli at its default
 * quality (11), as a host that precompresses would send it. Bytes are deterministic, so budgets on
 * them are tests (tests/site/page-budgets.test.ts); `npm run bench` reports the same sizes.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

/** One file of a download, with its size as sent. */
export interface WeighedFile {
  /** Its URL path, e.g. `/_astro/BaseLayout.abc.css`. */
  url: string;
  kind: 'html' | 'css' | 'js' | 'json' | 'other';
  raw: number;
  brotli: number;
}

/** A download: its files and their brotli total. */
export interface Download {
  files: WeighedFile[];
  brotli: number;
}

const KINDS: Record<string, WeighedFile['kind']> = { '.html': 'html', '.css': 'css', '.js': 'js', '.json': 'json' };

/** The URL path of every HTML page in `dist` (`/`, `/claims/`, `/404.html`), sorted. */
export async function htmlPages(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const relative = path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return relative === 'index.html' ? '/' : relative.endsWith('/index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`;
    })
    .sort();
}

/** The file in `dist` that a host serves for `url` (a folder's index.html). */
export function fileFor(dist: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost/').pathname);
  return path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** Reads and weighs one file of `dist` by its URL. */
export async function weigh(dist: string, url: string): Promise<WeighedFile> {
  const bytes = await readFile(fileFor(dist, url));
  const extension = path.extname(fileFor(dist, url));
  return { url, kind: KINDS[extension] ?? 'other', raw: bytes.length, brotli: brotliCompressSync(bytes).length };
}

/** The code of a page's inline scripts, each exactly as written between its tags; a data block (JSON-LD) is not code. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gu)]
    .filter((match) => !/\stype="application\/ld\+json"/u.test(match[1] as string))
    .map((match) => match[2] as string);
}

/** The same-site stylesheets and scripts an HTML document loads, in document order (no external URLs). */
export function subresourcesOf(html: string, pageUrl: string): { css: string[]; js: string[] } {
  const tree = rehype().parse(html) as Root;
  const css: string[] = [];
  const js: string[] = [];
  const local = (href: unknown): string | undefined => {
    if (typeof href !== 'string' || href === '') return undefined;
    const resolved = new URL(href, new URL(pageUrl, 'http://localhost/'));
    return resolved.origin === 'http://localhost' ? resolved.pathname : undefined;
  };
  visit(tree, 'element', (node: Element) => {
    const rel = ([] as unknown[]).concat(node.properties['rel'] ?? []).map(String);
    if (node.tagName === 'link' && rel.includes('stylesheet')) {
      const href = local(node.properties['href']);
      if (href) css.push(href);
    }
    if (node.tagName === 'link' && rel.includes('modulepreload')) {
      const href = local(node.properties['href']);
      if (href) js.push(href);
    }
    if (node.tagName === 'script') {
      const src = local(node.properties['src']);
      if (src) js.push(src);
    }
  });
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

/** The modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`), resolved against its URL; dynamic `import()` is not followed. */
export function staticImportsOf(code: string, scriptUrl: string): string[] {
  const found = [...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/gu)].map((match) => match[1] as string);
  return found.map((specifier) => new URL(specifier, new URL(scriptUrl, 'http://localhost/')).pathname);
}

/** A page's first visit: its HTML and every stylesheet and script it loads, each counted once. */
export async function firstVisit(dist: string, pageUrl: string): Promise<Download> {
  const html = await readFile(fileFor(dist, pageUrl), 'utf8');
  const { css, js } = subresourcesOf(html, pageUrl);
  const scripts: string[] = [];
  const queue = [...js];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (scripts.includes(url)) continue;
    scripts.push(url);
    queue.push(...staticImportsOf(await readFile(fileFor(dist, url), 'utf8'), url));
  }
  return total(await Promise.all([pageUrl, ...css, ...scripts].map((url) => weigh(dist, url))));
}

/** The pages of `dist` whose first visit is over `budget` bytes brotli, each as "page: bytes (HTML, CSS, JS)". */
export async function pagesOverBudget(dist: string, budget: number): Promise<string[]> {
  const format = (bytes: number) => bytes.toLocaleString('en');
  const over: string[] = [];
  for (const page of await htmlPages(dist)) {
    const visit = await firstVisit(dist, page);
    if (visit.brotli > budget) {
      over.push(`${page}: ${format(visit.brotli)} bytes (HTML ${format(bytesOf(visit, 'html'))}, CSS ${format(bytesOf(visit, 'css'))}, JS ${format(bytesOf(visit, 'js'))})`);
    }
  }
  return over;
}

/** Sums the brotli sizes of `files`. */
export function total(files: WeighedFile[]): Download {
  return { files, brotli: files.reduce((sum, file) => sum + file.brotli, 0) };
}

/** The brotli bytes of the files of one kind in a download. */
export function bytesOf(download: Download, kind: WeighedFile['kind']): number {
  return download.files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.brotli, 0);
}

/**
 * The search page's first query: the page's first visit, its icon, and every file of the index that
 * the search engine asks for to answer `query` (for the real corpus, the one manifest that holds the
 * whole index; for a corpus too large to ship whole, the manifest, the query's term shards and the
 * results shown), found by running the real engine over the built files.
 */
export async function searchFirstQuery(dist: string, query: string, perGroup = 10): Promise<Download> {
  const { createSearcher } = await import('../../src/lib/search/create-searcher.ts');
  const page = await firstVisit(dist, '/search/');
  const html = await readFile(fileFor(dist, '/search/'), 'utf8');
  const icons = [...html.matchAll(/<link\b[^>]*\brel="icon"[^>]*\bhref="(\/[^"]+)"/gu)].map((match) => match[1] as string);
  const index: string[] = ['/search/index.json'];
  const readJson = async (url: string): Promise<unknown> => JSON.parse(await readFile(fileFor(dist, url), 'utf8'));
  const manifest = (await readJson('/search/index.json')) as Parameters<typeof createSearcher>[0];
  const searcher = createSearcher(manifest, (file) => {
    const url = `/search/${file}.json`;
    if (!index.includes(url)) index.push(url);
    return readJson(url);
  });
  await searcher.search(query, perGroup);
  return total([...page.files, ...(await Promise.all([...icons, ...index].map((url) => weigh(dist, url))))]);
}
