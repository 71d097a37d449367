/**
 * The checks of wcag-beyond-axe.test.ts can fail: each is run in Chromium on small pages built to
 * break it (a sticky header without scroll padding, a background-only button, a fixed-height box),
 * and on the same pages put right. The geometry behind them is tested on plain numbers in
 * tests/support/a11y-geometry.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findNewSpills, findNewTextOverlaps, findTargetSizeViolations } from '../support/a11y-geometry.ts';
import {
  applyTextSpacing,
  findForcedColourProblems,
  findObscuredFragmentTargets,
  findSidewaysScrolling,
  findUnmarkedTarget,
  installA11yProbes,
  readTargets,
  readTextUnits,
  setConditions,
  tabThroughPage,
} from '../support/a11y-probes.ts';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';

describe('in the browser, on pages built to fail', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  async function fixture(html: string, width = 800, height = 600): Promise<Page> {
    const page = await browser.context.newPage();
    await setConditions(page, { width, height });
    await page.setContent(`<!doctype html><html lang="en"><head><style>body { margin: 0; font: 16px/1.5 sans-serif }</style></head><body>${html}</body></html>`);
    await page.evaluate(installA11yProbes);
    return page;
  }

  describe('text spacing', () => {
    const spacingFindings = async (page: Page) => {
      const before = await readTextUnits(page);
      await applyTextSpacing(page);
      const after = await readTextUnits(page);
      return { overlaps: [...findNewTextOverlaps(before, after), ...findNewSpills(before, after)], clipped: await page.evaluate(() => window.parallaxA11y.clippedContent().map((finding) => finding.element)) };
    };

    test('text in a fixed-height box is cut where the box hides overflow, and overlaps what follows where it does not', async () => {
      const page = await fixture(`
        <div class="cut" style="inline-size: 12rem; block-size: 2.4em; line-height: 1.2; overflow: hidden">First line<br>Second line</div>
        <div class="spill" style="block-size: 2.4em; line-height: 1.2">Upper line<br>Lower line</div>
        <p style="margin: 0">The paragraph below</p>`);
      const found = await spacingFindings(page);
      expect(found.clipped).toEqual(['body > div.cut:nth-of-type(1) "First lineSecond line"']);
      expect(found.overlaps).toEqual([
        'body > div.spill:nth-of-type(2) "Upper lineLower line" overlaps body > p "The paragraph below"',
        'body > div.spill:nth-of-type(2) "Upper lineLower line" spills out of its box',
      ]);
      await page.close();
    });

    test('text that outgrows a fixed-height box is found even where it lands on nothing', async () => {
      const page = await fixture(`<div class="card" style="block-size: 2.4em; line-height: 1.2; margin-block-end: 4em">Upper line<br>Lower line</div>`);
      expect((await spacingFindings(page)).overlaps).toEqual(['body > div.card "Upper lineLower line" spills out of its box']);
      await page.close();
    });

    test('the same text in boxes that grow with it passes', async () => {
      const page = await fixture(`
        <div style="inline-size: 12rem; min-block-size: 2.4em; line-height: 1.2">First line<br>Second line</div>
        <p style="margin: 0">The paragraph below</p>`);
      expect(await spacingFindings(page)).toEqual({ overlaps: [], clipped: [] });
      await page.close();
    });

    test('the overrides are applied even under a CSP that forbids inline styles', async () => {
      const page = await browser.context.newPage();
      await page.setContent(`<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="style-src 'none'"></head><body><p>Text</p></body></html>`);
      await applyTextSpacing(page);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('p') ?? document.body).letterSpacing)).toBe('1.92px');
      await page.close();
    });
  });

  describe('reflow', () => {
    test('a wide element and an unnamed, unfocusable scroller are both found at 320 px', async () => {
      const page = await fixture(
        `<div class="banner" style="inline-size: 500px">Wide</div>
         <div class="scroller" style="overflow-x: auto"><table style="inline-size: 800px"><tr><td>Cell</td></tr></table></div>`,
        320,
        225,
      );
      expect(await findSidewaysScrolling(page)).toEqual([
        'the page is 500 px wide in 320 px: body > div.banner:nth-of-type(1) "Wide"',
        'body > div.scroller:nth-of-type(2) "Cell" scrolls sideways but is not a named, focusable region (role null, name "", tabindex -1)',
      ]);
      await page.close();
    });

    test('a table scrolling inside a named, focusable region passes', async () => {
      const page = await fixture(
        `<div role="region" aria-labelledby="c" tabindex="0" style="overflow-x: auto"><table style="inline-size: 800px"><caption id="c">Claims by outlet</caption><tr><td>Cell</td></tr></table></div>`,
        320,
        225,
      );
      expect(await findSidewaysScrolling(page)).toEqual([]);
      await page.close();
    });
  });

  describe('target size', () => {
    test('a toolbar of 16 px buttons 2 px apart is listed button by button; a link in a sentence and a lone small link are not', async () => {
      const page = await fixture(`
        <div class="toolbar" style="display: flex; gap: 2px">${'<button style="inline-size: 16px; block-size: 16px; padding: 0; border: 0"></button>'.repeat(3)}</div>
        <p style="margin-block-start: 100px">Read <a href="#a" style="font-size: 12px">the source</a> before quoting it.</p>
        <p style="margin-block-start: 100px"><a href="#b" style="font-size: 12px">Alone</a></p>`);
      const violations = findTargetSizeViolations(await readTargets(page));
      expect(violations.map((violation) => `${violation.label} ${violation.width}×${violation.height}`)).toEqual([
        'body > div.toolbar > button:nth-of-type(1) 16×16',
        'body > div.toolbar > button:nth-of-type(2) 16×16',
        'body > div.toolbar > button:nth-of-type(3) 16×16',
      ]);
      await page.close();
    });
  });

  describe('focus and fragment targets under a sticky header', () => {
    const page = (padding: string) =>
      fixture(
        `<style>${padding} header { position: sticky; inset-block-start: 0; block-size: 120px; background: #eee }</style>
         <header><a href="/">Home</a></header>
         <main>${Array.from({ length: 20 }, (_, index) => `<p id="p-${index}" style="margin-block-end: 3rem">Paragraph ${index} <a href="#p-${index}">link ${index}</a></p>`).join('')}</main>
         <footer><a href="/end">End</a></footer>`,
      );

    test('Shift+Tab leaves links under the header, and fragments land under it, without scroll-padding', async () => {
      const broken = await page('');
      expect((await tabThroughPage(broken, 'Tab')).hidden).toEqual([]);
      const backwards = await tabThroughPage(broken, 'Shift+Tab');
      expect(backwards.hidden.length).toBeGreaterThan(5);
      expect(backwards.hidden[0]).toMatch(/^#p-\d+ > a "link \d+": covered by body > header "Home" \(sticky\)$/u);
      const fragments = await findObscuredFragmentTargets(broken);
      expect(fragments.checked).toBe(20);
      expect(fragments.obscured.length).toBeGreaterThan(10);
      expect(fragments.obscured[0]).toMatch(/^#p-0: its first line is under .*\(sticky\)/u);
      await broken.close();
    });

    test('scroll-padding the height of the header puts both right', async () => {
      const fixed = await page('html { scroll-padding-block-start: 130px }');
      expect((await tabThroughPage(fixed, 'Tab')).hidden).toEqual([]);
      expect((await tabThroughPage(fixed, 'Shift+Tab')).hidden).toEqual([]);
      expect((await findObscuredFragmentTargets(fixed)).obscured).toEqual([]);
      await fixed.close();
    });

    test('a focused element moved off screen is reported as hidden', async () => {
      const offscreen = await fixture(`<a href="#a">First</a> <a href="#b" style="position: absolute; inset-inline-start: -999px">Away</a>`);
      expect((await tabThroughPage(offscreen, 'Tab')).hidden).toEqual(['body > a:nth-of-type(2) "Away": outside the viewport']);
      await offscreen.close();
    });
  });

  describe('forced colours', () => {
    const broken = `
      <style>
        .ghost { border: 0; background: #036; color: #fff }
        .flat { list-style: none }
        .own { forced-color-adjust: none; background: #fde68a; color: #000 }
        .ring:focus-visible { outline: none; box-shadow: 0 0 0 3px #036 }
        :target { background: #fff1b8; outline: none }
      </style>
      <p id="here"><button class="ghost">Search</button> <mark class="own">marked</mark> <a class="ring" href="#x">ringless</a></p>
      <details><summary class="flat">More</summary>Hidden text</details>`;

    test('a background-only button, a markerless summary, a mark in its own colours, a shadow-only focus ring and a background-only target are all found', async () => {
      const page = await fixture(broken);
      await setConditions(page, { width: 800, height: 600, forcedColors: 'active' });
      expect(await findForcedColourProblems(page)).toEqual([
        '#here > button.ghost "Search": no edge, only a background, which forced colours remove',
        'body > details > summary.flat "More": neither marker, underline nor edge',
        expect.stringMatching(/^#here > mark\.own "marked": marked in rgb\(0, 0, 0\) on rgb\(253, 230, 138\), not the system's Mark or Highlight colours$/u),
        '#here > a.ring "ringless": no focus outline',
      ]);
      await page.evaluate(() => (location.hash = '#here'));
      expect(await findUnmarkedTarget(page)).toMatch(/^#here .*: outline none, border none/u);
      await page.close();
    });

    test('the same controls with edges, system colours and outlines pass', async () => {
      const page = await fixture(`
        <style>
          button { border: 1px solid; background: #036; color: #fff }
          :target { background: #fff1b8; outline: 2px solid #8a6d00 }
        </style>
        <p id="here"><button>Search</button> <mark>marked</mark> <a href="#x">ringed</a></p>
        <details><summary>More</summary>Hidden text</details>`);
      await setConditions(page, { width: 800, height: 600, forcedColors: 'active' });
      expect(await findForcedColourProblems(page)).toEqual([]);
      await page.evaluate(() => (location.hash = '#here'));
      expect(await findUnmarkedTarget(page)).toBeUndefined();
      await page.close();
    });
  });

  describe('reduced motion', () => {
    test('a transition, a CSS animation, a script animation and smooth scrolling are all found', async () => {
      const page = await fixture(`
        <style>
          @keyframes spin { to { rotate: 1turn } }
          html { scroll-behavior: smooth }
          .fade { transition: opacity 0.3s }
          .spin::after { content: '*'; display: inline-block; animation: spin 2s infinite }
        </style>
        <p class="fade">Fading</p><p class="spin">Spinning</p><p class="slide">Sliding</p>`);
      await setConditions(page, { width: 800, height: 600, reducedMotion: 'reduce' });
      await page.evaluate(() => document.querySelector('.slide')?.animate([{ translate: '0' }, { translate: '2rem' }], { duration: 1500 }));
      expect(await page.evaluate(() => window.parallaxA11y.motion(0.01))).toEqual([
        { element: 'html', detail: 'scroll-behavior: smooth' },
        { element: 'body > p.fade:nth-of-type(1) "Fading"', detail: 'transition opacity for 0.3s' },
        { element: 'body > p.spin:nth-of-type(2) "Spinning"::after', detail: 'animation spin for 2s × infinite' },
        { element: 'body > p.slide:nth-of-type(3) "Sliding"', detail: 'script animation for 1.5s' },
      ]);
      await page.close();
    });
  });
});
