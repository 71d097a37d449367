/**
 * A shared search (`/search/?q=…`) starts loading the index as the page is parsed, before the search
 * script has arrived, and the script then uses that download instead of fetching the index again.
 * Without a query there is no preload: the search script loads the index once, as before.
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
  // The preload appears before any module script has run: it is in the head once the page is parsed.
  expect(await page.locator(`head link[rel="preload"][as="fetch"][href="${SEARCH_MANIFEST_PATH}"]`).count()).toBe(1);
  await page.close();
});

test('without a query, nothing is preloaded and the search script fetches the index once', async () => {
  const page = await browser.context.newPage();
  const requests = watchManifest(page);
  await page.goto(`${baseUrl}/search/`);
  await page.waitForLoadState('networkidle');
  expect(await page.locator('link[rel="preload"]').count()).toBe(0);
  expect(requests).toEqual([{ resourceType: 'fetch' }]);
  await page.close();
});
