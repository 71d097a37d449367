/**
 * What the built site gives other people's tools, checked against the content rather than against
 * itself: /data/annotations.jsonld (every quote as a Web Annotation whose selectors land once in its
 * capture), /data/articles.csl.json (the official CSL-JSON schema), "Cite this article" on every
 * article page, CSL on every quote citation, and every claim page's schema.org JSON-LD.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { isUniqueIn, sliceByCodePoints, type TextPositionSelector, type TextQuoteSelector } from '../../src/lib/citations/capture-selectors.ts';
import { collapseWhitespace } from '../../src/lib/text.ts';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { cslCitationErrors, cslDataErrors } from '../support/csl-schema.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';
import { findVocabularyProblems } from '../support/schema-org-vocabulary.ts';

const baseUrl = inject('baseUrl');
const dist = path.join(PROJECT_ROOT, 'dist');
const content = path.join(PROJECT_ROOT, 'content');

interface ArticleFrontmatter {
  outlet: string;
  headline: string;
  author: 'not named' | { name: string };
  date: { iso?: string };
  url: string;
  capture: { file: string };
}

interface ContentQuote {
  id: string;
  article: string;
  text: string;
}

const articles = new Map<string, ArticleFrontmatter>();
for (const name of (await readdir(path.join(content, 'articles'))).filter((file) => file.endsWith('.md'))) {
  const markdown = await readFile(path.join(content, 'articles', name), 'utf8');
  articles.set(name.slice(0, -'.md'.length), parse(/^---\n([\s\S]*?)\n---\n/u.exec(markdown)?.[1] ?? '') as ArticleFrontmatter);
}

/** Every quote of every claim, from the YAML: each side's quotes and accounts, and the framing. */
const claims = new Map<string, ContentQuote[]>();
for (const name of (await readdir(path.join(content, 'claims'))).filter((file) => file.endsWith('.yaml')).sort()) {
  type Position = 'not stated' | { quotes?: ContentQuote[]; accounts?: ContentQuote[] };
  const data = parse(await readFile(path.join(content, 'claims', name), 'utf8')) as { positions: Record<string, Position>; framing?: ContentQuote[] };
  const sides = Object.values(data.positions).flatMap((position) => (position === 'not stated' ? [] : [...(position.quotes ?? []), ...(position.accounts ?? [])]));
  claims.set(name.slice(0, -'.yaml'.length), [...sides, ...(data.framing ?? [])]);
}
const quotes = new Map([...claims].flatMap(([claim, list]) => list.map((quote) => [quote.id, { ...quote, claim }] as const)));

describe('/data/annotations.jsonld', async () => {
  interface Annotation {
    id: string;
    motivation: string;
    body: [{ id: string }, { value: string }];
    target: { source: string; state?: { type: string; cached: string; sourceDate?: string }; selector: [TextQuoteSelector, TextPositionSelector] };
  }
  const collection = JSON.parse(await readFile(path.join(dist, 'data', 'annotations.jsonld'), 'utf8')) as {
    '@context': string;
    id: string;
    type: string;
    total: number;
    first: { type: string; items: Annotation[] };
  };
  const origin = new URL(collection.id).origin;
  const captureOf = (url: string) => readFile(path.join(dist, new URL(url).pathname), 'utf8');

  test('is an AnnotationCollection of every quote, with the Web Annotation context as a string', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.total).toBe(quotes.size);
    expect(collection.first.items.map((item) => item.id.split('#')[1]).sort()).toEqual([...quotes.keys()].sort());
  });

  test.each(collection.first.items.map((item) => [item.id.split('#')[1] ?? '', item] as const))('%s lands once in its capture, on its own words', async (id, annotation) => {
    const quote = quotes.get(id);
    const article = quote && articles.get(quote.article);
    if (!quote || !article) throw new Error(`no quote "${id}" in the content`);
    const captureUrl = `${origin}/captures/${article.capture.file}`;
    if (article.url === 'not known') {
      expect(annotation.target.source).toBe(captureUrl);
    } else {
      expect(annotation.target.source).toBe(article.url);
      expect(annotation.target.state).toEqual({ type: 'TimeState', cached: captureUrl });
    }
    const capture = await captureOf(captureUrl);
    // The served capture is the one in content/, byte for byte.
    expect(capture).toBe(await readFile(path.join(content, 'captures', article.capture.file), 'utf8'));
    const [textQuote, position] = annotation.target.selector;
    expect(isUniqueIn(capture, textQuote), `${textQuote.prefix}[${textQuote.exact}]${textQuote.suffix}`).toBe(true);
    expect(sliceByCodePoints(capture, position)).toBe(textQuote.exact);
    expect(collapseWhitespace(textQuote.exact)).toBe(collapseWhitespace(quote.text));
    expect(annotation.motivation).toBe('quoting');
    expect(annotation.body[0].id).toBe(`${origin}/claims/${quote.claim}/#${id}`);
  });
});

describe('/data/articles.csl.json', async () => {
  const items = JSON.parse(await readFile(path.join(dist, 'data', 'articles.csl.json'), 'utf8')) as Record<string, unknown>[];

  test('validates against the official CSL-JSON schema', () => {
    expect(cslDataErrors(items)).toEqual([]);
  });

  test('holds each article once, with only what its provenance records', () => {
    expect(items.map((item) => item['id']).sort()).toEqual([...articles.keys()].sort());
    for (const item of items) {
      const article = articles.get(String(item['id']));
      if (!article) throw new Error(`no article "${String(item['id'])}"`);
      const [year, month, day] = (article.date.iso ?? '').split('-').map(Number);
      expect(item).toEqual({
        id: item['id'],
        type: 'article-newspaper',
        title: article.headline,
        'container-title': article.outlet,
        ...(article.author === 'not named' ? {} : { author: [{ literal: article.author.name }] }),
        ...(article.date.iso === undefined ? {} : { issued: { 'date-parts': [[year, month, day]] } }),
        ...(article.url === 'not known' ? {} : { URL: article.url }),
      });
    }
  });
});

describe('the pages', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(() => browser.close());

  const items = readFile(path.join(dist, 'data', 'articles.csl.json'), 'utf8').then((text) => JSON.parse(text) as { id: string }[]);

  test.each([...articles.keys()])('/articles/%s/ offers “Cite this article”, as text and as its CSL-JSON item', async (slug) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/articles/${slug}/`);
    const citation = page.locator('details.citation', { has: page.locator('summary', { hasText: /^Cite this article$/u }) });
    await expect(citation.count()).resolves.toBe(1);
    await citation.locator('summary').click();
    const text = await citation.locator('.citation-text').innerText();
    const article = articles.get(slug);
    expect(text).toContain(`“${article?.headline}”, ${article?.outlet}`);
    expect(text).toContain(article?.url === 'not known' ? 'original address not known' : article?.url);
    expect(await citation.locator('.citation-text').isVisible()).toBe(true);
    const csl = JSON.parse(await citation.locator('pre.citation-csl').innerText()) as unknown;
    expect(csl).toEqual([(await items).find((item) => item.id === slug)]);
    await page.close();
  });

  test.each([...claims.keys()])('/claims/%s/ carries schema.org JSON-LD of the claim and its quotes, and CSL for each quote', async (claim) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/claims/${claim}/`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '') as { '@context': string; '@graph': { '@type': string; '@id': string; text?: string }[] };
    expect(data['@context']).toBe('https://schema.org');
    expect(findVocabularyProblems(data)).toEqual([]);
    expect(blocks[0]).not.toMatch(/ClaimReview|Rating/u);
    const [claimNode, ...quotations] = data['@graph'];
    expect(claimNode?.['@type']).toBe('Claim');
    const expected = claims.get(claim) ?? [];
    expect(quotations.every((node) => node['@type'] === 'Quotation')).toBe(true);
    const byId = new Map(quotations.map((node) => [node['@id'].split('#')[1], node]));
    expect([...byId.keys()].sort()).toEqual(expected.map((quote) => quote.id).sort());
    for (const quote of expected) {
      expect(collapseWhitespace(byId.get(quote.id)?.text ?? '')).toBe(collapseWhitespace(quote.text));
      // The quote's citation: CSL with the number of its paragraph in the article copy.
      const card = page.locator(`figure[id="${quote.id}"]`);
      const paragraphHref = (await card.locator('blockquote').getAttribute('cite')) ?? '';
      const cited = JSON.parse(await card.locator('pre.citation-csl').textContent() ?? '') as { citationItems: { id: string; locator: string; label: string }[] };
      expect(cslCitationErrors(cited)).toEqual([]);
      expect(cited.citationItems[0]).toMatchObject({ id: quote.article, label: 'paragraph', locator: String(await paragraphNumber(paragraphHref)) });
    }
    await page.close();
  });

  /** The 1-based position of a paragraph among the anchored paragraphs and list items of its article page. */
  const paragraphIds = new Map<string, Promise<string[]>>();
  async function paragraphNumber(href: string): Promise<number> {
    const url = new URL(href);
    let ids = paragraphIds.get(url.pathname);
    if (!ids) {
      ids = readFile(path.join(dist, url.pathname, 'index.html'), 'utf8').then((html) => [...html.matchAll(/<(?:p|li)\b[^>]*\sid="(p-[^"]+)"/gu)].map((match) => match[1] ?? ''));
      paragraphIds.set(url.pathname, ids);
    }
    return (await ids).indexOf(url.hash.slice(1)) + 1;
  }
});
