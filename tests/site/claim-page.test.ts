/**
 * A claim page in a real browser: both positions, always Pakistan then the Taliban, side by side on a
 * desktop screen and one after the other on a phone, with nothing scrolling sideways.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPagePaths, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const claimPages = (await builtPagePaths()).filter((pagePath) => /^\/claims\/[a-z0-9-]+\/$/u.test(pagePath));

async function layout(page: Page) {
  return page.evaluate(() => {
    const sides = [...document.querySelectorAll<HTMLElement>('[data-side]')].map((section) => {
      const box = section.getBoundingClientRect();
      return { side: section.dataset['side'], left: Math.round(box.left), top: Math.round(box.top + scrollY), bottom: Math.round(box.bottom + scrollY), width: Math.round(box.width) };
    });
    return { sides, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
  });
}

test('every claim has its page', () => {
  expect(claimPages.length).toBeGreaterThanOrEqual(15);
});

describe.each([
  ['desktop, 1280 px', 1280],
  ['phone, 320 px', 320],
])('on a %s screen', (_label, width) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width, height: 900 } });
  });
  afterAll(() => browser.close());

  test.each(claimPages)('%s shows both sides in the fixed order, without sideways scrolling', async (pagePath) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${pagePath}`);
    const { sides, scrollWidth, clientWidth } = await layout(page);
    expect(sides.map((side) => side.side)).toEqual(['pakistan', 'taliban']);
    expect(scrollWidth).toBe(clientWidth);
    const [pakistan, taliban] = sides;
    if (!pakistan || !taliban) throw new Error('missing side');
    expect(pakistan.width).toBeGreaterThan(0);
    expect(taliban.width).toBeGreaterThan(0);
    if (width >= 1024) {
      expect(taliban.top).toBe(pakistan.top);
      expect(taliban.left).toBeGreaterThan(pakistan.left + pakistan.width - 1);
      expect(taliban.width).toBe(pakistan.width);
    } else {
      expect(taliban.top).toBeGreaterThanOrEqual(pakistan.bottom);
      expect(taliban.left).toBe(pakistan.left);
    }
    await page.close();
  });
});

test('a side the sources leave silent says so, in the same place', async () => {
  const browser = await launchBrowser({ javaScriptEnabled: false });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/claims/taliban-factions-and-anti-pakistan-sentiment/`);
    const taliban = page.locator('[data-side="taliban"]');
    expect(await taliban.locator('h2').innerText()).toBe('What Afghanistan’s Taliban government says');
    expect(await page.locator('[data-side="pakistan"] h2').innerText()).toBe('What Pakistan’s government says');
    expect(await taliban.locator('.summary').innerText()).toBe('No position stated in these sources.');
    expect(await taliban.locator('blockquote').count()).toBe(0);
    expect(await page.locator('[data-side="pakistan"] blockquote').count()).toBeGreaterThan(0);
  } finally {
    await browser.close();
  }
});
