/** Reads what a build publishes: every page's URL and the ids on it, and the raw captures' URLs. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { publishedAnchors, type PublishedPage } from '../lib/anchors/anchor-register.ts';

/** The URL path of a built file: `dist/a/index.html` → `/a/`, `dist/captures/x.txt` → `/captures/x.txt`. */
export function urlPathOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  return posix.endsWith('/index.html') ? `/${posix.slice(0, -'index.html'.length)}` : `/${posix}`;
}

/** The ids in an HTML document, in document order. */
export function idsInHtml(html: string): string[] {
  const ids: string[] = [];
  visit(rehype().parse(html) as Root, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id.length > 0) ids.push(id);
  });
  return ids;
}

/** The pages of a built site (`dist`), the 404 page excepted, with their ids; captures as URLs without ids. */
export async function readBuiltPages(dist: string): Promise<PublishedPage[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const pages: PublishedPage[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dist, path.join(entry.parentPath, entry.name));
    if (relative === '404.html') continue;
    if (entry.name.endsWith('.html')) pages.push({ path: urlPathOf(relative), ids: idsInHtml(await readFile(path.join(dist, relative), 'utf8')) });
    else if (relative.startsWith(`captures${path.sep}`) && entry.name.endsWith('.txt')) pages.push({ path: urlPathOf(relative), ids: [] });
  }
  return pages;
}

/** Every anchor a built site publishes, sorted. */
export async function readPublishedAnchors(dist: string): Promise<string[]> {
  return publishedAnchors(await readBuiltPages(dist));
}
