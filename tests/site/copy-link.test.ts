/**
 * Copy link and Cite, in real Chromium: plain links without JavaScript; with it, copying to the
 * clipboard with a polite confirmation, and a working fallback when there is no clipboard.
 */
import { afterEach, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE } from '../../src/site-config.ts';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const CLAIM = '/claims/where-ttp-attacks-are-planned/';
const QUOTE_ID = 'htn-officials-80-percent-from-afghan-territory';
const PERMALINK = `${SITE.url}${CLAIM}#${QUOTE_ID}`;

let browser: LaunchedBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const quoteLink = `#${QUOTE_ID} a[data-copy-link]`;

/**
 * What the clipboard holds, read on a blank page of the site's origin: the site's own pages may not
 * read it (its Permissions-Policy denies clipboard-read, which it never needs).
 */
async function readClipboard(page: Page): Promise<string> {
  const reader = await page.context().newPage();
  await reader.route(`${baseUrl}/clipboard-reader`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Clipboard</title>' }));
  await reader.goto(`${baseUrl}/clipboard-reader`);
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

describe('with a clipboard', () => {
  test('"Link to this quote" copies the permanent address, says so politely, and stays on the page', async () => {
    browser = await launchBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${CLAIM}`);
    await page.locator(quoteLink).click();
    await page.waitForFunction(() => /^Link copied: /u.test(document.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? ''));
    expect(await readClipboard(page)).toBe(PERMALINK);
    expect(await page.locator('[role="status"][aria-live="polite"]').last().textContent()).toBe(`Link copied: ${PERMALINK}`);
    expect(page.url()).toBe(`${baseUrl}${CLAIM}`);
  });

  test('"Link to this claim" is reached by keyboard and copies with Enter', async () => {
    browser = await launchBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${CLAIM}`);
    let label = '';
    for (let presses = 0; presses < 40 && label !== 'Link to this claim'; presses += 1) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('Link to this claim');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^Link copied: /u.test(document.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? ''));
    expect(await readClipboard(page)).toBe(`${SITE.url}${CLAIM}`);
  });

  test('"Copy citation" copies the ready citation', async () => {
    browser = await launchBrowser({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${CLAIM}`);
    const citation = page.locator(`#${QUOTE_ID} [data-citation]`);
    await citation.locator('summary').click();
    const text = (await citation.locator('.citation-text').textContent()) ?? '';
    const cited = `Pakistani officials (unnamed), unnamed sources, in “Muttaqi Blames Pakistan for Talks Failure; Analysts Cite Logic Over Rhetoric”, HTN World, November 10, 2025 (article date). Quoted in Parallax, “Where TTP attacks are planned”, ${PERMALINK} (version of `;
    expect(text.startsWith(cited), text).toBe(true);
    expect(text.slice(cited.length)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}\)\.$/u);
    await citation.locator('button', { hasText: 'Copy citation' }).click();
    await page.waitForFunction(() => document.querySelector('[role="status"][aria-live="polite"]')?.textContent === 'Citation copied.');
    expect(await readClipboard(page)).toBe(text);
  });
});

test('without a clipboard, the link opens the permanent address and says where to copy it', async () => {
  browser = await launchBrowser();
  await browser.context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}${CLAIM}`);
  await page.locator(quoteLink).click();
  await page.waitForURL(`**${CLAIM}#${QUOTE_ID}`);
  await page.waitForFunction(() => /^Copying is not available here/u.test(document.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? ''));
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(QUOTE_ID);
});

test('without JavaScript, the link is a plain link to the quote, which is highlighted where it lands', async () => {
  browser = await launchBrowser({ javaScriptEnabled: false });
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}${CLAIM}`);
  expect(await page.locator(quoteLink).getAttribute('href')).toBe(`${CLAIM}#${QUOTE_ID}`);
  await page.locator(quoteLink).click();
  await page.waitForURL(`**#${QUOTE_ID}`);
  const landed = await page.evaluate(() => {
    const target = document.querySelector(':target');
    const box = target?.getBoundingClientRect();
    return { id: target?.id, onScreen: box ? box.top >= 0 && box.top < innerHeight : false, outline: target ? getComputedStyle(target).outlineStyle : '' };
  });
  expect(landed).toEqual({ id: QUOTE_ID, onScreen: true, outline: 'solid' });
  // The citation is there to read and select, without a button that would need a script.
  await page.locator(`#${QUOTE_ID} [data-citation] summary`).click();
  expect(await page.locator(`#${QUOTE_ID} .citation-text`).isVisible()).toBe(true);
  expect(await page.locator(`#${QUOTE_ID} .copy-citation`).count()).toBe(0);
});

test('each quote links into the original page at the same words, or says the address is not known', async () => {
  browser = await launchBrowser({ javaScriptEnabled: false });
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}${CLAIM}`);
  expect(await page.locator(`#${QUOTE_ID} a[rel~="external"]`).getAttribute('href')).toBe(
    'https://htnworld.com/muttaqi-blames-pakistan-for-talks-failure-analysts-cite-logic-over-rhetoric#:~:text=Pakistani%20officials%20maintain%20that%20more,Nation%20Security%20Council%20monitoring%20reports.',
  );
  await page.goto(`${baseUrl}/claims/readiness-to-use-force/`);
  expect(await page.locator('#sat-tarar-all-options-necessary .no-original').textContent()).toBe('Original address not known');
});
