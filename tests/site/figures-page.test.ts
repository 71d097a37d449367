/**
 * The built figures page: every figure of content/figures/ has its entry, every wording of it is
 * shown and links to an anchor whose words contain it, what the sources leave unstated is said to be
 * so, and the search page finds a figure by a number in any form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const trees = new Map<string, Root>();
function pageTree(pagePath: string): Root {
  let tree = trees.get(pagePath);
  if (!tree) {
    tree = rehype().parse(readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8'));
    trees.set(pagePath, tree);
  }
  return tree;
}

function elements(tree: Root | Element, accept: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (accept(node)) found.push(node);
  });
  return found;
}

function textOf(node: Root | Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text.replace(/\s+/gu, ' ').trim();
}

/** A card's terms and their descriptions, as the page lists them. */
function definitions(card: Element): Map<string, string[]> {
  const terms = new Map<string, string[]>();
  let term = '';
  for (const element of elements(card, (candidate) => candidate.tagName === 'dt' || candidate.tagName === 'dd')) {
    if (element.tagName === 'dt') terms.set((term = textOf(element)), []);
    else terms.get(term)?.push(textOf(element));
  }
  return terms;
}

const hasClass = (element: Element, name: string) => Array.isArray(element.properties['className']) && element.properties['className'].includes(name);
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The text of the element a site link lands on. */
function landingText(href: string): string | undefined {
  const [pagePath = '', id] = href.split('#');
  const [target] = elements(pageTree(pagePath), (element) => element.properties['id'] === id);
  return target && textOf(target);
}

interface ContentCitation {
  article: string;
  wording: string;
  basis: string;
  offeredFor: string;
  responses?: unknown[];
}
const folder = path.join(PROJECT_ROOT, 'content/figures');
const figures = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/u, ''), ...(parse(readFileSync(path.join(folder, name), 'utf8')) as { title: string; citations: ContentCitation[] }) }));

const page = pageTree('/figures/');
const entries = new Map(elements(page, (element) => element.tagName === 'section' && hasClass(element, 'figure')).map((section) => [String(section.properties['id']), section]));

describe('the figures page', () => {
  test('has an entry for every figure, at its id, and no other', () => {
    expect(figures.length).toBeGreaterThanOrEqual(14);
    expect([...entries.keys()].sort()).toEqual(figures.map((figure) => figure.id).sort());
  });

  test.each(figures.map((figure) => [figure.id, figure] as const))('%s: every wording shown, linked to an anchor whose words contain it', (id, figure) => {
    const entry = entries.get(id);
    if (!entry) throw new Error(`no entry for ${id}`);
    const wordings = elements(entry, (element) => element.tagName === 'p' && hasClass(element, 'wording'));
    expect(wordings.map((wording) => textOf(wording))).toEqual(figure.citations.map((citation) => collapse(citation.wording)));
    for (const wording of wordings) {
      const [link] = elements(wording, (element) => element.tagName === 'a');
      const href = String(link?.properties['href']);
      expect(href, `${id}: "${textOf(wording)}"`).toMatch(/^\/(claims|articles)\/[a-z0-9-]+\/#[a-z0-9-]+$/u);
      expect(landingText(href), `${id}: ${href}`).toContain(textOf(wording));
    }
  });

  test.each(figures.map((figure) => [figure.id, figure] as const))('%s: an unstated basis or response is said to be unstated; a stated one is linked to its words', (id, figure) => {
    const cards = elements(entries.get(id) as Element, (element) => element.tagName === 'li' && hasClass(element, 'citation'));
    expect(cards).toHaveLength(figure.citations.length);
    figure.citations.forEach((citation, at) => {
      const terms = definitions(cards[at] as Element);
      expect(terms.get('Stated basis')).toEqual([citation.basis === 'none stated' ? 'No basis stated in these sources.' : `“${collapse(citation.basis)}”`]);
      const response = terms.get(citation.offeredFor === 'third party' ? 'A side’s response' : 'Other side’s response');
      if (citation.responses === undefined) expect(response).toEqual(['No response stated in these sources.']);
      else {
        const responses = elements(cards[at] as Element, (element) => element.tagName === 'dd' && element.children.some((child) => child.type === 'element' && child.tagName === 'a'));
        expect(responses).toHaveLength(citation.responses.length);
        for (const response of responses) {
          const [link] = elements(response, (element) => element.tagName === 'a');
          expect(landingText(String(link?.properties['href']))).toContain(textOf(link as Element).replace(/^“|”$/gu, ''));
        }
      }
    });
  });

  test('the 70,000 to 80,000 killed stand together: two outlets, two wordings', () => {
    const entry = entries.get('people-killed-in-two-decades-of-conflict') as Element;
    const cards = elements(entry, (element) => element.tagName === 'li' && hasClass(element, 'citation'));
    expect(cards.map((card) => textOf(elements(card, (element) => hasClass(element, 'outlet'))[0] as Element))).toEqual(['HTN World', 'NationPress (wire copy, IANS)']);
    expect(cards.map((card) => textOf(elements(card, (element) => hasClass(element, 'wording'))[0] as Element))).toEqual(['70,000 to 80,000 people', '70,000 to 80,000 of their citizens']);
  });
});

describe('search finds a figure by its number in any form', () => {
  const baseUrl = inject('baseUrl');
  let browser: LaunchedBrowser;
  let tab: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await browser.context.newPage();
  });
  afterAll(() => browser.close());

  test.each(['80k', '70 thousand'])('%j', async (query) => {
    await tab.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await tab.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
    const headings = await tab.locator('#search-results h2').allTextContents();
    expect(headings[0]).toMatch(/^Claims|^Figures/u);
    expect(headings).toContain('Figures (1)');
    const hrefs = await tab.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/figures/#people-killed-in-two-decades-of-conflict');
  });
});
