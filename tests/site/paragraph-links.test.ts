/** Following a ¶ link lands on the very paragraph named in the URL, with and without JavaScript. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const ARTICLE = '/articles/nukta-pakistan-reaffirms-core-concern/';

/** What the page shows as the current target, and whether it is on screen. */
async function targetState(page: Page) {
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    const box = target?.getBoundingClientRect();
    return {
      hash: location.hash,
      targetId: target?.id ?? null,
      targetTag: target?.tagName.toLowerCase() ?? null,
      onScreen: box ? box.top >= 0 && box.top < innerHeight : false,
    };
  });
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('¶ links %s', (_label, javaScriptEnabled) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled });
  });
  afterAll(() => browser.close());

  test('clicking a ¶ link targets its paragraph', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${ARTICLE}`);
    const link = page.locator('.article-text p .pilcrow').nth(4);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^#p-[a-z0-9-]+$/u);
    await link.click();
    await page.waitForURL(`**${href}`);
    const state = await targetState(page);
    expect(state).toEqual({ hash: href, targetId: href?.slice(1), targetTag: 'p', onScreen: true });
    expect(await page.locator(':target').textContent()).toContain(await page.locator(`[id="${href?.slice(1)}"]`).textContent());
  });

  test('opening a paragraph URL directly scrolls to that paragraph and marks it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${ARTICLE}#p-pakistan-insisted-it-will-not-negotiate`);
    const state = await targetState(page);
    expect(state).toEqual({ hash: '#p-pakistan-insisted-it-will-not-negotiate', targetId: 'p-pakistan-insisted-it-will-not-negotiate', targetTag: 'p', onScreen: true });
    expect(await page.locator(':target').innerText()).toMatch(/^Pakistan insisted it will not negotiate with the TTP or BLA/u);
    const background = await page.locator(':target').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});

test('a ¶ link is reached and followed with the keyboard alone, and shows its focus', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${ARTICLE}`);
    let focused: { className: string; href: string | null; outline: string } | null = null;
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return null;
        const style = getComputedStyle(element);
        return { className: element.className, href: element.getAttribute('href'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (focused?.className === 'pilcrow') break;
    }
    expect(focused?.className).toBe('pilcrow');
    expect(focused?.outline).toMatch(/^solid [1-9]/u);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${focused?.href}`);
    expect((await targetState(page)).targetId).toBe(focused?.href?.slice(1));
  } finally {
    await browser.close();
  }
});
