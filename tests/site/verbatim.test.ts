/**
 * The built pages show the captured characters exactly: no curly quotes made from straight ones, no
 * dashes made from hyphens, no spelling touched. Each paragraph as the browser shows it is compared
 * with the lines of the capture it was copied from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const baseUrl = inject('baseUrl');
let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchBrowser({ javaScriptEnabled: false });
});
afterAll(() => browser.close());

const ARTICLES = {
  'southasiatimes-pakistan-afghanistan-trade-blame': '002_58946e792e9189c7.txt',
  'nationpress-taliban-blame-failed-talks': '004_322d9c29d30909d3.txt',
  'htnworld-muttaqi-blames-pakistan': '000_cb1e1981968e03cc.txt',
  'nukta-pakistan-reaffirms-core-concern': '001_087e1671cc316080.txt',
  'dawat-taliban-blame-pakistan': '003_33c7533e80df5f02.txt',
};

test.each(Object.entries(ARTICLES))('every paragraph of %s shows exactly the captured characters', async (slug, capture) => {
  const captureLines = new Set(
    readFileSync(path.join(PROJECT_ROOT, 'content/captures', capture), 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/^•\s*/u, '')),
  );
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/articles/${slug}/`);
  const shown = await page.locator('.article-text').evaluate((root) =>
    [...root.querySelectorAll('p, li, h2, h3')].map((block) => {
      const copy = block.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.pilcrow').forEach((link) => link.remove());
      return copy.innerText;
    }),
  );
  const notInCapture = shown.flatMap((block) => block.split('\n')).filter((line) => !captureLines.has(line.trim()));
  expect(shown.length).toBeGreaterThan(5);
  expect(notInCapture).toEqual([]);
});

test('straight quotes in the capture stay straight on the page', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/articles/southasiatimes-pakistan-afghanistan-trade-blame/`);
  const text = await page.locator('.article-text').innerText();
  expect(text).toContain('"Representatives of the Islamic Emirate of Afghanistan — attending under direct instruction');
  await page.goto(`${baseUrl}/articles/nationpress-taliban-blame-failed-talks/`);
  expect(await page.locator('.article-text').innerText()).toContain("One of their requests was: 'Provide us a guarantee that security incidents in Pakistan will cease.'");
});
