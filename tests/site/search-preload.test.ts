/**
 * The search page starts loading the index from its markup, before the search script has arrived, and
 * the script then uses that download instead of fetching the index again; without JavaScript,
 * nothing is loaded.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { SEARCH_MANIFEST_PATH } from '../../src/lib/search/search-pending.ts';

const baseUrl = inject('baseUrl');
let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Every request the page makes for the index manifest, with what started it. */
function watchManifest(page: Page): { resourceType: string }[] {
  const seen: { resourceType: string }[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === SEARCH_MANIFEST_PATH) seen.push({ resourceType: request.resourceType() });
  });
  return seen;
}

test('with ?q=, the index is requested once, by the preload the page starts, and the results use it', async () => {
  const page = await browser.context.newPage();
  const requests = watchManifest(page);
  await page.goto(`${baseUrl}/search/?q=Muttaqi`);
  await page.waitForFunction(() => performance.getEntriesByName('parallax:search-and-render').length > 0);
  expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
  expect(requests).toHaveLength(1);
  const initiators = await page.evaluate(
    (manifest) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === manifest).map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    SEARCH_MANIFEST_PATH,
  );
  expect(initiators).toEqual(['link']);
  // The preload is in the markup: after the page's policy, which governs only what follows it, and before the search script.
  const order = await page.evaluate((manifest) => {
    const preload = document.querySelector(`link[rel="preload"][as="fetch"][href="${manifest}"]`);
    const policy = document.querySelector('meta[http-equiv="content-security-policy"]');
    // The search script is the module that imports fuse.js; it is in the page (astro.config.mjs).
    const script = [...document.querySelectorAll('script[type="module"]')].find((candidate) => (candidate.textContent ?? '').includes('/_astro/fuse.')) ?? null;
    const follows = (first: Node | null, then: Node | null) => first !== null && then !== null && (first.compareDocumentPosition(then) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return { afterPolicy: follows(policy, preload), beforeScript: follows(preload, script) };
  }, SEARCH_MANIFEST_PATH);
  expect(order).toEqual({ afterPolicy: true, beforeScript: true });
  await page.close();
});

test('without a query too, the index is requested once, by the preload: the script loads it at once either way', async () => {
  const page = await browser.context.newPage();
  const requests = watchManifest(page);
  await page.goto(`${baseUrl}/search/`);
  await page.waitForLoadState('networkidle');
  expect(requests).toHaveLength(1);
  const initiators = await page.evaluate(
    (manifest) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === manifest).map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    SEARCH_MANIFEST_PATH,
  );
  expect(initiators).toEqual(['link']);
  await page.close();
});

test('without JavaScript, the index is not downloaded at all', async () => {
  const noScript = await launchBrowser({ javaScriptEnabled: false });
  const page = await noScript.context.newPage();
  const requests = watchManifest(page);
  await page.goto(`${baseUrl}/search/?q=Muttaqi`);
  await page.waitForLoadState('networkidle');
  expect(await page.locator(`link[rel="preload"][href="${SEARCH_MANIFEST_PATH}"]`).getAttribute('media')).toBe('(scripting: enabled)');
  expect(requests).toEqual([]);
  await noScript.close();
});
