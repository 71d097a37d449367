/**
 * Gates that hold for every page of the built site, found from dist/ so that pages added later are
 * covered without editing this file: WCAG 2.2 A/AA (axe-core) in light and dark, no request leaving
 * the site's origin, no horizontal scrolling at 320 CSS px, and a footer link to how the site works.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPagePaths, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const pages = await builtPagePaths();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Opens every disclosure, so that what it hides is checked too. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be refused by the page's CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the site has the pages the tests expect to find', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/articles/', '/articles/nukta-pakistan-reaffirms-core-concern/', '/method/']));
});

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (colorScheme) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ colorScheme });
  });
  afterAll(() => browser.close());

  test.each(pages)('%s has no WCAG 2.2 A/AA violations', async (pagePath) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${pagePath}`);
    await openAllDetails(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('a targeted paragraph keeps its contrast', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/articles/nukta-pakistan-reaffirms-core-concern/#p-pakistan-insisted-it-will-not-negotiate`);
    expect(await page.locator(':target').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('no request leaves the site', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  test.each(pages)('%s requests only its own origin', async (pagePath) => {
    const page = await browser.context.newPage();
    const offsite: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== baseUrl) offsite.push(request.url());
    });
    await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
    await openAllDetails(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(offsite).toEqual([]);
    await page.close();
  });
});

describe('reflow at 320 CSS px', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 320, height: 640 } });
  });
  afterAll(() => browser.close());

  test.each(pages)('%s does not scroll sideways', async (pagePath) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${pagePath}`);
    await openAllDetails(page);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // A wide data table may scroll inside its own region (WCAG 1.4.10 exempts it); the page may not.
      const scrollsItself = (element: Element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
        }
        return false;
      };
      const wide = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !scrollsItself(element))
        .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
    });
    expect(overflow).toEqual({ scrollWidth: overflow.width, width: overflow.width, wide: [] });
    await page.close();
  });
});

describe('the footer of every page links to how Parallax works', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(() => browser.close());

  test.each(pages)('%s links to /method/ from its footer', async (pagePath) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${pagePath}`);
    const link = page.locator('body > footer a[href="/method/"]');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe('How Parallax works');
    expect(await link.isVisible()).toBe(true);
    await page.close();
  });
});
