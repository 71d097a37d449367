/**
 * The search page does not jump while a shared search (`/search/?q=…`) loads its results: the layout
 * shift Chromium reports is 0 at a phone's and a desktop's width, for many, few and no results, and
 * the browse list is not lost (it follows the results, and stays when the box is cleared).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 900 },
];

/**
 * More results than a screen holds, a few, and none: the results shown, as [fewest, most]. If
 * ranking changes move a query out of its range, pick another one.
 */
const QUERIES = [
  ['Muttaqi', [10, Infinity]],
  ['Durand Line', [1, 9]],
  ['qwertyuiop', [0, 0]],
] as const;

/**
 * Opens `path`, waits until the results are shown and the page has settled, and returns the
 * page's layout shift: the sum of every shift not caused by the reader's input, since navigation.
 */
async function openAndMeasure(page: Page, path: string): Promise<number> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForFunction(
    () => (document.querySelector('#search-status')?.textContent ?? '') !== '' && performance.getEntriesByName('parallax:search-and-render').length > 0,
  );
  return layoutShift(page);
}

/** The sum of the page's layout shifts without recent input, after two frames and a short settle. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 300));
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
    let sum = 0;
    const add = (entries: PerformanceEntry[]) => {
      for (const entry of entries as Shift[]) if (!entry.hadRecentInput) sum += entry.value;
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // The buffered entries arrive in the observer's first callback, a task later; take any still queued.
    await new Promise((done) => setTimeout(done, 100));
    add(observer.takeRecords());
    observer.disconnect();
    return sum;
  });
}

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize(viewport);
  });
  afterAll(() => page.close());

  test.each(QUERIES)('?q=%s shows its results without any layout shift, and the browse list after them', async (query, [fewest, most]) => {
    const shift = await openAndMeasure(page, `/search/?q=${encodeURIComponent(query)}`);
    const shown = await page.locator('#search-results li').count();
    expect(shown).toBeGreaterThanOrEqual(fewest);
    expect(shown).toBeLessThanOrEqual(most);
    expect(shift).toBe(0);
    expect(await page.locator('.browse').isVisible()).toBe(true);
  });

  test('the browse list is not painted before the results', async () => {
    // Hold the index back: until it arrives, the results' space is kept and the browse list is not shown.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search/index.json', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${baseUrl}/search/?q=Muttaqi`, { waitUntil: 'load' });
      expect(await page.locator('.browse').isVisible()).toBe(false);
      const footerTop = await page.locator('.site-footer').evaluate((footer) => footer.getBoundingClientRect().top);
      expect(footerTop).toBeGreaterThanOrEqual(viewport.height);
      release();
      await page.waitForFunction(() => performance.getEntriesByName('parallax:search-and-render').length > 0);
      expect(await page.locator('.browse').isVisible()).toBe(true);
      expect(await layoutShift(page)).toBe(0);
    } finally {
      release();
      await page.unroute('**/search/index.json');
    }
  });

  test('with no query the browse list shows at once, without any layout shift', async () => {
    await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
    expect(await page.locator('.browse').isVisible()).toBe(true);
    expect(await page.locator('#search-status').isVisible()).toBe(false);
    expect(await layoutShift(page)).toBe(0);
  });

  test('clearing the box leaves the browse list in place, right under the box', async () => {
    await openAndMeasure(page, '/search/?q=Muttaqi');
    await page.locator('#search-input').fill('');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') === '');
    expect(await page.locator('#search-results > *').count()).toBe(0);
    expect(await page.locator('.browse').isVisible()).toBe(true);
    const browseTop = await page.locator('.browse').evaluate((browse) => browse.getBoundingClientRect().top);
    expect(browseTop).toBeLessThan(viewport.height);
  });
});

test('if the index cannot load, the browse list shows, with the message that points to it', async () => {
  const page = await browser.context.newPage();
  try {
    await page.route('**/search/index.json', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${baseUrl}/search/?q=Muttaqi`);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
    expect(await page.locator('#search-status').textContent()).toMatch(/Browse all claims and articles below/u);
    expect(await page.locator('.browse').isVisible()).toBe(true);
  } finally {
    await page.close();
  }
});

test('if the search script fails as it starts, the browse list shows', async () => {
  const page = await browser.context.newPage();
  try {
    // The first thing the search script calls that nothing before it does: it throws, uncaught.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'fetch', {
        get() {
          throw new Error('fetch is gone');
        },
      });
    });
    await page.goto(`${baseUrl}/search/?q=Muttaqi`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('.browse')?.checkVisibility() === true, undefined, { timeout: 5_000 });
    expect(await page.locator('.browse').isVisible()).toBe(true);
  } finally {
    await page.close();
  }
});

test("the page's content security policy lists the hash of every inline script", async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${baseUrl}/search/?q=Muttaqi`);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    expect(inline.length).toBeGreaterThan(0);
    for (const text of inline) {
      expect(policy).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    }
  } finally {
    await page.close();
  }
});

test('without JavaScript, ?q= still shows the browse list', async () => {
  const noScript = await launchBrowser({ javaScriptEnabled: false });
  try {
    const tab = await noScript.context.newPage();
    await tab.goto(`${baseUrl}/search/?q=Muttaqi`);
    expect(await tab.locator('.no-js').isVisible()).toBe(true);
    expect(await tab.locator('.browse').isVisible()).toBe(true);
  } finally {
    await noScript.close();
  }
});
