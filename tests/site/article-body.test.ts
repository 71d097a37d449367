/**
 * Every node inside each article body on the built pages, checked against an allow-list of what the
 * site's own pipeline, plugins and components produce (tests/support/article-body-check.ts): any other
 * element, any other attribute, a link off the site, a comment or text that is not a line of the
 * capture fails. The check is tested first on planted faults, so it is known to catch them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseMarkdownFile } from '../../src/validation/sources.ts';
import { findForeignContent, readBodyScript, type BodyNode } from '../support/article-body-check.ts';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const capture = 'First paragraph.\nSecond line\n• A bullet.\nA caption.\nSection';

const text = (value: string): BodyNode => ({ type: 'text', text: value });
const element = (tag: string, attributes: Record<string, string>, ...children: BodyNode[]): BodyNode => ({ type: 'element', tag, attributes, children });
const pilcrow = (id: string) => element('a', { class: 'pilcrow', href: `#${id}`, 'aria-label': 'Link to this paragraph' }, text('¶'));
const paragraph = (id: string, ...children: BodyNode[]) => element('p', { id }, ...children, text(' '), pilcrow(id));
const good: BodyNode[] = [
  element('figure', { class: 'photo-caption' }, element('figcaption', {}, paragraph('p-a-caption', text('A caption.')))),
  text('\n'),
  element('h2', { id: 'section' }, text('Section')),
  paragraph('p-first-paragraph', element('span', { id: 'p-old-first', class: 'anchor-alias' }), element('mark', { class: 'cited' }, text('First')), text(' paragraph.')),
  element(
    'div',
    { class: 'cited-in' },
    element('span', { class: 'cited-in-label' }, text('Quoted in: ')),
    element('a', { href: '/claims/talks/#a-quote' }, text('Talks')),
    text('; '),
    element('a', { href: '/claims/border/#b-quote' }, text('Border')),
  ),
  element('ul', {}, element('li', { id: 'p-a-bullet' }, text('A bullet. '), pilcrow('p-a-bullet'))),
  paragraph('p-first-paragraph-second', text('First paragraph.'), element('br', {}), text('\nSecond line')),
];

describe('the allow-list', () => {
  test('accepts what the site produces', () => {
    expect(findForeignContent(good, capture)).toEqual([]);
  });

  test.each<[string, BodyNode[], string]>([
    ['a <script>', [element('script', {}, text('alert(1)'))], 'article body > <script>: not an element the site produces here'],
    ['an <img> with onerror', [element('img', { src: 'x', onerror: 'alert(1)' })], 'article body > <img src="x" onerror="alert(1)">: not an element the site produces here'],
    ['an <iframe>', [element('iframe', { src: 'https://example.com/' })], 'article body > <iframe src="https://example.com/">: not an element the site produces here'],
    [
      'a <div> with an invented sentence',
      [element('div', {}, text('Pakistan conceded every point.'))],
      'article body > <div>: not an element the site produces here',
    ],
    ['a code block', [element('pre', {}, element('code', {}, text('First paragraph.')))], 'article body > <pre>: not an element the site produces here'],
    ['a comment', [{ type: 'other', nodeType: 8, text: ' note ' }], 'article body: an HTML comment <!-- note -->'],
    [
      'emphasis in a paragraph',
      [paragraph('p-first-paragraph', element('strong', {}, text('First')), text(' paragraph.'))],
      'article body > <p id="p-first-paragraph"> > <strong>: not an element the site produces here',
    ],
    [
      'a link off the site',
      [paragraph('p-first-paragraph', element('a', { href: 'https://example.com/' }, text('First')), text(' paragraph.'))],
      'article body > <p id="p-first-paragraph"> > <a href="https://example.com/">: not an element the site produces here',
    ],
    [
      'an event handler on a paragraph',
      [element('p', { id: 'p-first-paragraph', onclick: 'alert(1)' }, text('First paragraph.'))],
      'article body > <p id="p-first-paragraph" onclick="alert(1)">: attribute onclick is not one the site writes here',
    ],
    [
      'a paragraph link to another paragraph',
      [element('p', { id: 'p-first-paragraph' }, text('First paragraph. '), pilcrow('p-elsewhere'))],
      'article body > <p id="p-first-paragraph"> > <a class="pilcrow" href="#p-elsewhere" aria-label="Link to this paragraph">: attribute href is missing or not what the site writes',
    ],
    [
      'a "Quoted in" link off the site',
      [element('div', { class: 'cited-in' }, element('span', { class: 'cited-in-label' }, text('Quoted in: ')), element('a', { href: 'https://example.com/claims/x/#y' }, text('X')))],
      'article body > <div class="cited-in"> > <a href="https://example.com/claims/x/#y">: attribute href is missing or not what the site writes',
    ],
    ['text not in the capture', [paragraph('p-first-paragraph', text('First paragraph, corrected.'))], 'article body > <p id="p-first-paragraph">: text not in the capture: "First paragraph, corrected."'],
    ['text between blocks', [text('Pakistan conceded every point.')], 'article body: text outside a paragraph, heading or list item: "Pakistan conceded every point."'],
    ['an empty paragraph', [element('p', { id: 'p-empty' })], 'article body > <p id="p-empty">: is empty'],
    ['a level-4 heading', [element('h4', { id: 'section' }, text('Section'))], 'article body > <h4 id="section">: not an element the site produces here'],
  ])('refuses %s', (_name, body, expected) => {
    expect(findForeignContent(body, capture)).toEqual([expected]);
  });
});

describe('the built article pages', () => {
  const baseUrl = inject('baseUrl');
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  // Every article copy, with the capture its frontmatter names: a new article is covered without editing this test.
  const articles = readdirSync(path.join(PROJECT_ROOT, 'content/articles'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const parsed = parseMarkdownFile(readFileSync(path.join(PROJECT_ROOT, 'content/articles', name), 'utf8'));
      const file = parsed.ok ? (parsed.data as { capture?: { file?: string } }).capture?.file : undefined;
      if (file === undefined) throw new Error(`${name}: no capture.file`);
      return [name.slice(0, -'.md'.length), file] as const;
    });

  test('there are article copies to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  test('a page changed in the browser is caught, so the page is really read', async () => {
    const [slug, captureFile] = articles[0] ?? ['', ''];
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/articles/${slug}/`);
    await page.evaluate(() => {
      const body = document.querySelector('.article-text');
      const first = body?.querySelector('p');
      if (!body || !first) throw new Error('no article text');
      body.append(document.createComment(' planted '));
      first.setAttribute('data-planted', 'yes');
      first.append(Object.assign(document.createElement('strong'), { textContent: 'planted' }));
    });
    const body = await page.evaluate(readBodyScript, '.article-text');
    const problems = findForeignContent(body, readFileSync(path.join(PROJECT_ROOT, 'content/captures', captureFile), 'utf8'));
    expect(problems.map((problem) => problem.replace(/<p id="[^"]+"/u, '<p id="…"'))).toEqual([
      'article body > <p id="…" data-planted="yes">: attribute data-planted is not one the site writes here',
      expect.stringMatching(/^article body > <p id="…" data-planted="yes">: text not in the capture: ".*planted"$/u),
      'article body > <p id="…" data-planted="yes"> > <strong>: not an element the site produces here',
      'article body: an HTML comment <!-- planted -->',
    ]);
    await page.close();
  });

  test.each(articles)('%s holds only the site’s own elements and the capture’s lines', async (slug, captureFile) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/articles/${slug}/`);
    const body = await page.evaluate(readBodyScript, '.article-text');
    expect(body.filter((node) => node.type === 'element').length).toBeGreaterThan(5);
    expect(findForeignContent(body, readFileSync(path.join(PROJECT_ROOT, 'content/captures', captureFile), 'utf8'))).toEqual([]);
    await page.close();
  });
});
