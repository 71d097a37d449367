/**
 * Search in real Chromium against the real built index: reader queries in every spelling, numbers
 * and phrases, the edge cases, the page without JavaScript, and where the search code may load.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPagePaths, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { MUJAHID, READER_QUERIES } from '../support/reader-queries.ts';

const baseUrl = inject('baseUrl');
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
});
afterAll(() => browser.close());

/** Opens the search page for `query` (as a shared link would) and returns the status and result links. */
async function searchFor(query: string) {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    hrefs: await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  };
}

describe('reader queries find what they must', () => {
  test('there are at least 30 of them', () => {
    expect(READER_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  test.each(READER_QUERIES)('%j', async (query, expected) => {
    const { status, hrefs } = await searchFor(query);
    expect(status).toMatch(/^\d+ results? for “/u);
    expect(hrefs).toEqual(expect.arrayContaining(expected));
  });
});

describe('edge cases', () => {
  test('an empty query shows no results and no message', async () => {
    await page.goto(`${baseUrl}/search/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#search-status').textContent()).toBe('');
    expect(await page.locator('#search-results a').count()).toBe(0);
  });

  test('a query of punctuation only asks for a word', async () => {
    expect((await searchFor('?!… —')).status).toBe('Nothing to search for in “?!… —”: type a word, a name or a number.');
  });

  test('a query with no results says so and suggests what to do', async () => {
    const { status, hrefs } = await searchFor('xyzzyqux');
    expect(status).toBe('No results for “xyzzyqux”. Check the spelling, try other words, or browse all claims and articles below.');
    expect(hrefs).toEqual([]);
  });

  test('HTML and script in a query stay text and never run', async () => {
    const query = '<img src=x onerror="document.title=\'owned\'"><script>document.title="owned"</script>';
    const { status } = await searchFor(query);
    // The query's words ("document", "title") may match; whatever the answer, the query is shown as text.
    expect(status).toMatch(/(for|of|in) “<img src=x onerror=/u);
    expect(await page.locator('#search-results img, #search-results script, .search-panel img').count()).toBe(0);
    expect(await page.title()).not.toBe('owned');
  });

  test('a 10,000-character query is cut to its start and answered', async () => {
    await page.goto(`${baseUrl}/search/`);
    await page.waitForLoadState('networkidle');
    await page.locator('#search-input').fill(`Muttaqi ${'x'.repeat(9_992)}`);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
    expect(await page.locator('#search-status').textContent()).toMatch(/^No result has every word of “Muttaqi x+…”; these match some of them: .*\. Only the first 200 characters were searched\.$/u);
    expect(await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain('/people/#amir-khan-muttaqi');
  });
});

describe('live search', () => {
  test('results follow typing, and the count is announced politely', async () => {
    await page.goto(`${baseUrl}/search/`);
    await page.waitForLoadState('networkidle');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.locator('#search-input').pressSequentially('Zabiul');
    await page.waitForFunction(() => /^\d+ results? for “Zabiul”/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(MUJAHID);
    expect(await page.locator('#search-results mark').first().textContent()).toMatch(/Zabihullah/u);
  });

  test('the keyboard reaches the results and follows one to its anchor', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('hollow promises')}`);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
    await page.locator('#search-input').focus();
    // Which of the claim and its quote ranks first depends on the claim's wording; both are results.
    const focused = () => page.evaluate(() => (document.activeElement?.closest('#search-results') ? document.activeElement.getAttribute('href') : null));
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^\/claims\/commitments-on-use-of-afghan-soil\/(#nukta-mofa-hollow-promises-and-inaction)?$/u);
    await page.keyboard.press('Tab');
    const next = await focused();
    expect(next).toMatch(/^\/(claims|articles)\/[a-z0-9-]+\/#[a-z0-9-]+$/u);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${next}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(next?.split('#')[1]);
  });

  test('submitting the form makes a shareable URL, and Back returns to the previous search', async () => {
    await page.goto(`${baseUrl}/search/?q=Naeem`);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
    await page.locator('#search-input').fill('Tarar');
    await page.locator('#search-input').press('Enter');
    await page.waitForURL('**/search/?q=Tarar');
    await page.waitForFunction(() => /for “Tarar”/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.goBack();
    await page.waitForFunction(() => /for “Naeem”/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-input').inputValue()).toBe('Naeem');
  });
});

describe('"/" focuses search from any page', () => {
  test.each([
    ['an article page', '/articles/nukta-pakistan-reaffirms-core-concern/', 'site-search'],
    ['a claim page', '/claims/where-ttp-attacks-are-planned/', 'site-search'],
    ['the search page', '/search/', 'search-input'],
  ])('on %s', async (_label, pagePath, inputId) => {
    await page.goto(`${baseUrl}${pagePath}`);
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(inputId);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('');
  });
});

test('the header search works without JavaScript: it opens the search page with the query', async () => {
  const noScript = await launchBrowser({ javaScriptEnabled: false });
  try {
    const tab = await noScript.context.newPage();
    await tab.goto(`${baseUrl}/articles/`);
    await tab.locator('#site-search').fill('Durand Line');
    await tab.locator('#site-search').press('Enter');
    await tab.waitForURL('**/search/?q=Durand+Line');
    expect(await tab.locator('noscript').count()).toBe(1);
  } finally {
    await noScript.close();
  }
});

test('without JavaScript, the search page says live search needs it and lists every claim and article', async () => {
  const noScript = await launchBrowser({ javaScriptEnabled: false });
  try {
    const tab = await noScript.context.newPage();
    await tab.goto(`${baseUrl}/search/?q=TTP`);
    expect(await tab.locator('.no-js').innerText()).toMatch(/^Live search needs JavaScript/u);
    const links = await tab.locator('.browse a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const claims = (await builtPagePaths()).filter((pagePath) => /^\/claims\/[a-z0-9-]+\/$/u.test(pagePath));
    const articles = (await builtPagePaths()).filter((pagePath) => /^\/articles\/[a-z0-9-]+\/$/u.test(pagePath));
    expect(links).toEqual(expect.arrayContaining([...claims, ...articles]));
  } finally {
    await noScript.close();
  }
});

test('the search code and index load on the search page only', async () => {
  const requests: string[] = [];
  const tab = await browser.context.newPage();
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  for (const pagePath of ['/', '/articles/nukta-pakistan-reaffirms-core-concern/', '/claims/where-ttp-attacks-are-planned/', '/glossary/']) {
    await tab.goto(`${baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
  }
  expect(requests.filter((pathname) => pathname.endsWith('.js') || pathname.endsWith('.json'))).toEqual([]);
  await tab.goto(`${baseUrl}/search/?q=TTP`, { waitUntil: 'networkidle' });
  expect(requests).toContain('/search/index.json');
  // The search script is in the page (astro.config.mjs): it ran if the results are counted.
  expect(await tab.locator('#search-status').textContent()).toMatch(/^\d+ results? for “TTP”/u);
  await tab.close();
});
