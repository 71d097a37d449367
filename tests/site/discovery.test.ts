/**
 * What search engines, feed readers and link previews find in the built site: Open Graph and
 * Twitter card meta on every page, with absolute addresses on the configured site and a real
 * 1200×630 PNG of at most 300 KB behind every og:image; a sitemap of exactly the indexable pages,
 * named by robots.txt; a claims feed with one item per claim, linked from every page's head.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { isNoindex } from '../../src/lib/discovery/indexing.ts';
import { layoutCard, readCardMetrics } from '../../src/lib/previews/card-layout.ts';
import { articleCard } from '../../src/lib/previews/preview-cards.ts';
import { FEEDS, SITE } from '../../src/site-config.ts';
import { CARD_FONTS } from '../support/card-fonts.ts';
import { launchBrowser } from '../support/browser.ts';
import { fileFor, htmlPages } from '../support/page-weight.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const pages = await htmlPages(dist);
const claimIds = readdirSync(path.join(PROJECT_ROOT, 'content/claims'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();
const MAX_IMAGE_BYTES = 300 * 1024;

interface Head {
  meta: Map<string, string>;
  links: { rel: string; href: string; type: string }[];
  h1: string;
}

function headOf(page: string): Head {
  const tree = rehype().parse(readFileSync(fileFor(dist, page), 'utf8')) as Root;
  const meta = new Map<string, string>();
  const links: Head['links'] = [];
  let h1 = '';
  visit(tree, 'element', (node: Element) => {
    const { property, name, content, rel, href, type } = node.properties;
    if (node.tagName === 'meta' && (property ?? name) !== undefined) meta.set(String(property ?? name), String(content ?? ''));
    if (node.tagName === 'link') links.push({ rel: Array.isArray(rel) ? rel.join(' ') : String(rel), href: String(href), type: String(type ?? '') });
    if (node.tagName === 'h1' && h1 === '') h1 = toString(node).trim();
  });
  return { meta, links, h1 };
}

/** A page's path on this site from an absolute address on the configured site; fails on any other. */
function sitePath(url: string, what: string): string {
  expect(url.startsWith(`${SITE.url}/`), `${what}: ${url} is not on ${SITE.url}`).toBe(true);
  return url.slice(SITE.url.length);
}

/** Width and height from a PNG's IHDR chunk, which the PNG standard puts first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)], `${file} is not a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const isClaimOrArticle = (page: string) => /^\/(claims|articles)\/[^/]+\/$/u.test(page);

describe('every page has Open Graph and Twitter card meta on the configured site', () => {
  test.each(pages)('%s', (page) => {
    const { meta, links } = headOf(page);
    const get = (key: string) => {
      const value = meta.get(key);
      expect(value, `${page}: ${key}`).toBeTruthy();
      return value as string;
    };
    get('og:title');
    get('og:description');
    const canonical = links.find((link) => link.rel === 'canonical');
    const url = get('og:url');
    sitePath(url, `${page} og:url`);
    if (canonical) expect(url).toBe(canonical.href);
    expect(get('og:type')).toBe(isClaimOrArticle(page) ? 'article' : 'website');
    expect(get('og:site_name')).toBe(SITE.name);
    expect(get('twitter:card')).toBe('summary_large_image');
    expect([...get('twitter:title')].length).toBeLessThanOrEqual(70);
    expect([...get('twitter:description')].length).toBeLessThanOrEqual(200);

    const image = sitePath(get('og:image'), `${page} og:image`);
    const file = path.join(dist, image);
    expect(existsSync(file), `${page}: ${image} is not in dist`).toBe(true);
    expect(pngSize(file)).toEqual({ width: Number(get('og:image:width')), height: Number(get('og:image:height')) });
    expect([get('og:image:width'), get('og:image:height')]).toEqual(['1200', '630']);
    expect(statSync(file).size, `${image} bytes`).toBeLessThanOrEqual(MAX_IMAGE_BYTES);
    expect(get('og:image:alt').length).toBeGreaterThan(10);

    for (const feed of FEEDS) {
      const link = links.find((candidate) => candidate.rel === 'alternate' && candidate.href === feed.path);
      expect(link?.type, `${page}: link to ${feed.path}`).toBe('application/rss+xml');
    }
  });
});

describe('claims and articles have cards of their own', () => {
  test('each claim page shows its own card', () => {
    for (const id of claimIds) {
      const { meta } = headOf(`/claims/${id}/`);
      expect(meta.get('og:image')).toBe(`${SITE.url}/og/claims/${id}.png`);
    }
  });

  test("each article page shows its own card, with the headline whole", () => {
    const metrics = readCardMetrics(CARD_FONTS);
    const articles = pages.filter((page) => /^\/articles\/[^/]+\/$/u.test(page));
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) {
      const slug = page.split('/')[2] as string;
      const { meta, h1 } = headOf(page);
      expect(meta.get('og:image')).toBe(`${SITE.url}/og/articles/${slug}.png`);
      const card = articleCard({ slug, href: page, outlet: 'outlet', headline: h1, date: { printed: 'none printed' } }, SITE.url);
      expect(layoutCard(card, metrics).title.cut, `${page}: the card cuts the headline "${h1}"`).toBe(false);
    }
  });

  test('every card in /og/ is a PNG of 1200×630 and at most 300 KB', () => {
    const files = readdirSync(path.join(dist, 'og'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.png'));
    expect(files.length).toBe(claimIds.length + pages.filter((page) => /^\/articles\/[^/]+\/$/u.test(page)).length + 1);
    for (const name of files) {
      const file = path.join(dist, 'og', name);
      expect(pngSize(file), name).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, name).toBeLessThanOrEqual(MAX_IMAGE_BYTES);
    }
  });
});

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });
const parseXml = (file: string): unknown => xml.parse(readFileSync(path.join(dist, file), 'utf8'));

test('the sitemaps and every feed are well-formed XML, as a browser reads them', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    for (const file of ['sitemap-index.xml', 'sitemap-0.xml', ...FEEDS.map((feed) => feed.path.slice(1))]) {
      const error = await page.evaluate((text) => {
        const parsed = new DOMParser().parseFromString(text, 'application/xml');
        return parsed.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      }, readFileSync(path.join(dist, file), 'utf8'));
      expect(error, file).toBeNull();
    }
  } finally {
    await browser.close();
  }
});

describe('sitemap and robots.txt', () => {
  test('robots.txt names the sitemap index by its absolute address on the configured site', () => {
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    const lines = robots.split('\n').filter((line) => line.startsWith('Sitemap:'));
    expect(lines).toEqual([`Sitemap: ${SITE.url}/sitemap-index.xml`]);
    expect(existsSync(path.join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  test('the sitemap lists exactly the built HTML pages that do not ask to be left out of the index', () => {
    const index = parseXml('sitemap-index.xml') as { sitemapindex: { sitemap: { loc: string }[] } };
    const listed = index.sitemapindex.sitemap.flatMap(({ loc }) => {
      const sitemap = parseXml(sitePath(loc, 'sitemap').slice(1)) as { urlset: { url: { loc: string }[] } };
      return sitemap.urlset.url.map((url) => url.loc);
    });
    const indexable = pages.filter((page) => page.endsWith('/') && !isNoindex(readFileSync(fileFor(dist, page), 'utf8')));
    expect(indexable).toContain('/claims/where-ttp-attacks-are-planned/');
    expect(pages).toContain('/404.html');
    expect(listed.sort()).toEqual(indexable.map((page) => `${SITE.url}${page}`).sort());
  });
});

describe('the claims feed', () => {
  const feed = parseXml('claims/feed.xml') as { rss: { '@_version': string; channel: { title: string; link: string; item: { title: string; link: string; guid: { '#text': string }; description: string; pubDate?: string }[] } } };

  test('is RSS 2.0 about this site', () => {
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.title).toBe(FEEDS[0]?.title);
    expect(feed.rss.channel.link).toBe(`${SITE.url}/`);
  });

  test('has one item per claim, each linking to the claim page it is titled after', () => {
    const items = feed.rss.channel.item;
    const linked = items.map((item) => sitePath(item.link, `feed item ${item.title}`));
    expect([...linked].sort()).toEqual(claimIds.map((id) => `/claims/${id}/`));
    for (const [index, item] of items.entries()) {
      const page = linked[index] as string;
      expect(existsSync(fileFor(dist, page)), page).toBe(true);
      expect(item.title).toBe(headOf(page).meta.get('og:title'));
      expect(item.guid['#text']).toBe(item.link);
      expect(item.description.length).toBeGreaterThan(item.title.length);
      expect(item.pubDate).toBeUndefined();
    }
  });
});
