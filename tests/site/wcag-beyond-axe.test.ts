/**
 * WCAG 2.2 AA checks that axe-core cannot make, in Chromium on the built site (issue 12, item 6):
 * the text-spacing overrides cut or overlap no text (1.4.12); 200 % and 400 % zoom reflow
 * without sideways scrolling, except inside a named, focusable scroll region (1.4.10); every
 * pointer target is 24 × 24 px or an exception (2.5.8); neither a focused element nor a fragment
 * target is hidden under anything pinned (2.4.11); forced-colours mode keeps every control, mark,
 * target and focus ring visible; and `prefers-reduced-motion` stops all motion. Pages are found
 * from dist/, so pages added later are covered too. That each check can fail is shown in
 * wcag-checks-catch.test.ts.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findNewSpills, findNewTextOverlaps, findTargetSizeViolations } from '../support/a11y-geometry.ts';
import {
  addA11yProbes,
  applyTextSpacing,
  findForcedColourProblems,
  findObscuredFragmentTargets,
  findSidewaysScrolling,
  findUnmarkedTarget,
  readTargets,
  readTextUnits,
  renderSkippedContent,
  setConditions,
  tabThroughPage,
} from '../support/a11y-probes.ts';
import { builtPagePaths, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const baseUrl = inject('baseUrl');
const SEARCH_WITH_QUERY = '/search/?q=Muttaqi';
const CLAIM = '/claims/where-ttp-attacks-are-planned/';
const ARTICLE = '/articles/nukta-pakistan-reaffirms-core-concern/';
const pages = [...(await builtPagePaths()), SEARCH_WITH_QUERY];
const captures = (await readdir(path.join(PROJECT_ROOT, 'dist', 'captures'))).map((file) => `/captures/${file}`);

/** Opens a page as the reader finds it once it has settled: search results in, every disclosure open. */
async function openPage(browser: LaunchedBrowser, pagePath: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}${pagePath}`);
  if (pagePath.includes('?q=')) await page.waitForFunction(() => !('searchPending' in document.documentElement.dataset));
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  return page;
}

// One browser for the file: each test sets the window and preferences it needs (setConditions).
let launched: LaunchedBrowser | undefined;
beforeAll(async () => {
  launched = await launchBrowser();
  await addA11yProbes(launched.context);
});
afterAll(() => launched?.close());
const browser = (): LaunchedBrowser => {
  if (!launched) throw new Error('The browser did not start.');
  return launched;
};

test('the pages checked include every page type', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/404.html', '/claims/', CLAIM, ARTICLE, '/coverage/', '/statements/', '/disagreements/', '/glossary/', '/people/', SEARCH_WITH_QUERY, '/method/']),
  );
  expect(captures.length).toBeGreaterThan(0);
});

// Zoom in a 1280 × 900 window: 200 % leaves 640 × 450 CSS px at two device pixels each, 400 % 320 × 225 at four.
const ZOOMS = [
  { zoom: '200%', width: 640, height: 450, deviceScaleFactor: 2 },
  { zoom: '400%', width: 320, height: 225, deviceScaleFactor: 4 },
] as const;

/** Where the page scrolls sideways at each zoom: the page itself, or a region that is not named and focusable. */
async function findReflowProblems(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const zoom of ZOOMS) {
    await setConditions(page, zoom);
    found[zoom.zoom] = await findSidewaysScrolling(page);
  }
  return found;
}

// One load per page for the checks that look at a whole page: each test sets the conditions it
// needs on the open page, as loading a page costs more than checking it.
describe('every page', () => {
  describe.each(pages)('%s', (pagePath) => {
    let page: Page;
    beforeAll(async () => {
      page = await openPage(browser(), pagePath);
    });
    afterAll(() => page.close());

    test('prefers-reduced-motion: no transition, animation or smooth scrolling', async () => {
      await setConditions(page, { width: 1280, height: 900, reducedMotion: 'reduce' });
      expect(await page.evaluate(() => window.parallaxA11y.motion(0.01))).toEqual([]);
    });

    test('2.5.8: every target is 24 × 24 px, spaced, or inline in a sentence, at 1280 and 320 px', async () => {
      const found: Record<number, unknown[]> = {};
      for (const width of [1280, 320]) {
        await setConditions(page, { width, height: 900 });
        const targets = await readTargets(page);
        expect(targets.length).toBeGreaterThan(0);
        found[width] = findTargetSizeViolations(targets);
      }
      expect(found).toEqual({ 1280: [], 320: [] });
    });

    test('1.4.12: the text-spacing overrides cut and overlap no text, at 1280 and 320 px', async () => {
      const found: Record<number, { overlaps: string[]; clipped: string[]; sideways: string[] }> = {};
      for (const width of [1280, 320]) {
        await setConditions(page, { width, height: 900 });
        await renderSkippedContent(page);
        const before = await readTextUnits(page);
        const removeSpacing = await applyTextSpacing(page);
        await renderSkippedContent(page);
        const after = await readTextUnits(page);
        const clipped = await page.evaluate(() => window.parallaxA11y.clippedContent());
        const overflow = await page.evaluate(() => window.parallaxA11y.pageOverflow());
        found[width] = {
          overlaps: [...findNewTextOverlaps(before, after), ...findNewSpills(before, after)],
          clipped: clipped.map((finding) => `${finding.element}: ${finding.detail}`),
          sideways: overflow.scrollWidth > overflow.clientWidth ? [`the page is ${overflow.scrollWidth} px wide in ${overflow.clientWidth} px: ${overflow.wide.join('; ')}`] : [],
        };
        await removeSpacing();
      }
      expect(found).toEqual({ 1280: { overlaps: [], clipped: [], sideways: [] }, 320: { overlaps: [], clipped: [], sideways: [] } });
    });

    test('1.4.10: at 200% and 400% zoom it scrolls sideways only inside named, focusable regions', async () => {
      expect(await findReflowProblems(page)).toEqual({ '200%': [], '400%': [] });
    });

    test('forced colours keep every control, mark and focus ring visible', async () => {
      await setConditions(page, { width: 1280, height: 900, forcedColors: 'active' });
      expect(await findForcedColourProblems(page)).toEqual([]);
    });
  });

  test.each(captures)('1.4.10: the capture %s reflows at 200 and 400 percent zoom', async (pagePath) => {
    const page = await openPage(browser(), pagePath);
    expect(await findReflowProblems(page)).toEqual({ '200%': [], '400%': [] });
    await page.close();
  });

  test('1.4.10: the coverage matrix scrolls inside its own region, which the keyboard reaches and scrolls', async () => {
    const page = await openPage(browser(), '/coverage/');
    await setConditions(page, ZOOMS[0]);
    const regions = await page.evaluate(() => window.parallaxA11y.scrollRegions());
    expect(regions.map((region) => region.name)).toEqual([expect.stringMatching(/^Claims by outlet/u)]);
    let focused = '';
    for (let presses = 0; presses < 60 && focused !== 'region'; presses += 1) {
      await page.keyboard.press('Tab');
      // A named <section> is a region without saying so (html-validate prefers it to role="region").
      focused = await page.evaluate(() => (document.activeElement?.matches('[role="region"], section[aria-labelledby]') ? 'region' : ''));
    }
    expect(focused).toBe('region');
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated: wait for it to move rather than read it at once.
    await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0, undefined, { timeout: 5000 });
    await page.close();
  });
});

// The long pages at both sizes; the others, whose focus order runs through the same header and footer, at 100 % only.
describe.each([
  { zoom: '100%', conditions: { width: 1280, height: 900 }, tabbed: [CLAIM, ARTICLE, '/coverage/', SEARCH_WITH_QUERY], linked: [CLAIM, ARTICLE, '/disagreements/', '/glossary/'] },
  { zoom: '200%', conditions: ZOOMS[0], tabbed: [CLAIM, ARTICLE], linked: [CLAIM, ARTICLE] },
])('2.4.11 focus not obscured at $zoom zoom', ({ conditions, tabbed, linked }) => {
  test.each(tabbed)('%s: Tab and Shift+Tab never leave the focused element hidden', async (pagePath) => {
    const page = await openPage(browser(), pagePath);
    await setConditions(page, conditions);
    const forwards = await tabThroughPage(page, 'Tab');
    const backwards = await tabThroughPage(page, 'Shift+Tab');
    // The whole order was walked, both ways, down to the footer and back to the skip link.
    expect(forwards.stops.at(-1)).toMatch(/footer/u);
    expect(backwards.stops.at(-1)).toMatch(/Skip to content/u);
    expect(forwards.stops.length).toBeGreaterThan(10);
    expect([...forwards.hidden, ...backwards.hidden]).toEqual([]);
    await page.close();
  });

  test.each(linked)('%s: every fragment target lands in view, its first line uncovered', async (pagePath) => {
    const page = await openPage(browser(), pagePath);
    await setConditions(page, conditions);
    const { checked, obscured } = await findObscuredFragmentTargets(page);
    expect(checked).toBeGreaterThan(3);
    expect(obscured).toEqual([]);
    await page.close();
  });
});

describe('forced colours (Windows High Contrast)', () => {
  test.each([
    `${ARTICLE}#p-pakistan-insisted-it-will-not-negotiate`,
    `${CLAIM}#htn-officials-80-percent-from-afghan-territory`,
    '/glossary/#ceasefire',
  ])('the target of %s stays marked', async (address) => {
    const page = await openPage(browser(), address);
    await setConditions(page, { width: 1280, height: 900, forcedColors: 'active' });
    expect(await findUnmarkedTarget(page)).toBeUndefined();
    await page.close();
  });
});

describe('prefers-reduced-motion: reduce', () => {
  test('motion a page gains later is stopped by the site-wide rule', async () => {
    const page = await openPage(browser(), CLAIM);
    await setConditions(page, { width: 1280, height: 900, reducedMotion: 'reduce' });
    const found = await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('@keyframes wobble { to { translate: 1rem; } } .quote { transition: opacity 0.6s; animation: wobble 2s infinite; } html { scroll-behavior: smooth; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return window.parallaxA11y.motion(0.01);
    });
    expect(found).toEqual([]);
    await page.close();
  });
});
