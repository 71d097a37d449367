/**
 * Crawls the built site: every internal link, fragment included, must resolve to a page and to an
 * element on it. Checks `href` on links, `action` on forms and `cite` on quotations.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { SITE } from '../../src/site-config.ts';
import { idsInHtml } from '../../src/validation/published-anchors.ts';
import { builtPagePaths } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const pages = await builtPagePaths();

/** The file a site path is served from, or undefined when there is none. */
function fileFor(sitePath: string): string | undefined {
  const local = path.join(dist, decodeURIComponent(sitePath));
  if (sitePath.endsWith('/')) return existsSync(path.join(local, 'index.html')) ? path.join(local, 'index.html') : undefined;
  return existsSync(local) && statSync(local).isFile() ? local : undefined;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(idsInHtml(readFileSync(file, 'utf8')));
    idCache.set(file, ids);
  }
  return ids;
}

/** Every internal link on a page, as [attribute, value]. */
function internalLinks(html: string): string[] {
  const links: string[] = [];
  visit(rehype().parse(html) as Root, 'element', (node) => {
    for (const attribute of ['href', 'action', 'cite'] as const) {
      const value = node.properties[attribute];
      if (typeof value !== 'string') continue;
      if (value.startsWith(SITE.url)) links.push(value.slice(SITE.url.length) || '/');
      else if (value.startsWith('/') || value.startsWith('#')) links.push(value);
    }
  });
  return links;
}

test('every internal link and fragment on every page resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const pagePath of pages) {
    const pageFile = fileFor(pagePath) as string;
    for (const link of internalLinks(readFileSync(pageFile, 'utf8'))) {
      checked += 1;
      const [target = '', fragment] = link.split('#');
      const file = target === '' ? pageFile : fileFor(target.split('?')[0] ?? target);
      if (!file) broken.push(`${pagePath}: ${link} (no such page)`);
      else if (fragment !== undefined && fragment !== '' && !fragment.startsWith(':~:') && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
        broken.push(`${pagePath}: ${link} (no element with id "${fragment}")`);
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
