/**
 * Printing (issue 13, item 8), in Chromium with print media: a claim page prints as the comparison
 * alone (both sides, side by side, every quote with who said it, through whom, in which outlet and
 * when, each source link followed by its full address), without navigation, search, buttons, copy
 * links or citations; an article page prints with its provenance, every piece left out listed, and
 * no ¶ links; paper is dark text on white even for a reader whose screen is dark; and real PDFs come
 * out with a sane number of pages. What the pages must show is read from the content, not the pages.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { readContentFacts } from '../support/claim-data.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const baseUrl = inject('baseUrl');
const facts = await readContentFacts(PROJECT_ROOT);
const claimIds = [...facts.claims.keys()];
const articleSlugs = (await readdir(path.join(PROJECT_ROOT, 'content', 'articles'))).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -'.md'.length));
const CLAIM_FOR_PDF = '/claims/responsibility-for-talks-failure/';
const ARTICLE_FOR_PDF = '/articles/htnworld-muttaqi-blames-pakistan/';
/** The width a portrait A4 page leaves for content inside Chromium's default print margins, in CSS pixels. */
const A4_CONTENT_WIDTH = 718;

let launched: LaunchedBrowser | undefined;
beforeAll(async () => {
  launched = await launchBrowser({ viewport: { width: A4_CONTENT_WIDTH, height: 1000 } });
});
afterAll(() => launched?.close());

async function openForPrint(pagePath: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  if (!launched) throw new Error('The browser did not start.');
  const page = await launched.context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme });
  await page.goto(`${baseUrl}${pagePath}`);
  return page;
}

/** What no printed page shows: whatever of it is on the page but still displayed is listed. */
async function screenOnlyPartsShown(page: Page) {
  return page.evaluate(() => {
    const groups = {
      navigation: 'nav',
      search: 'form[role="search"], input',
      buttons: 'button',
      'skip link': '.skip-link',
      'copy links': 'a[data-copy-link]',
      citations: 'details[data-citation]',
      'marked screen-only': '[data-print="hide"]',
    };
    return Object.fromEntries(
      Object.entries(groups).map(([name, selector]) => {
        const found = [...document.querySelectorAll(selector)];
        return [name, { found: found.length, shown: found.filter((element) => element.checkVisibility()).map((element) => element.outerHTML.slice(0, 80)) }];
      }),
    );
  });
}

/** Each visible link that a printed card or box names as a source, with the text printed after it. */
async function sourceLinks(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((links) =>
    links
      .filter((link) => link.checkVisibility())
      .map((link) => {
        const next = link.nextElementSibling;
        return {
          href: link.getAttribute('href') ?? '',
          after: next !== null && next.checkVisibility() && next.matches('[data-print="only"]') ? (next as HTMLElement).innerText.trim() : undefined,
        };
      }),
  );
}

/** The full address a link should print: absolute, from the site's own address, without a text directive. */
function printedAddress(href: string, siteOrigin: string): string {
  return new URL(href, siteOrigin).href.split(':~:')[0]?.replace(/#$/u, '') ?? '';
}

async function siteOrigin(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
}

describe('a claim page on paper', () => {
  test('every claim is printed', () => {
    expect(claimIds.length).toBeGreaterThanOrEqual(15);
  });

  test.each(claimIds)('/claims/%s/ prints both sides and every quote with its source, and nothing only a screen needs', async (claimId) => {
    const page = await openForPrint(`/claims/${claimId}/`);
    try {
      const hidden = await screenOnlyPartsShown(page);
      for (const [name, { shown }] of Object.entries(hidden)) expect(shown, `${name} printed`).toEqual([]);
      // The checks above are about real parts of the page: it has each of them on screen.
      for (const name of ['navigation', 'search', 'buttons', 'skip link', 'copy links', 'citations']) expect(hidden[name]?.found, name).toBeGreaterThan(0);

      const sides = await page.locator('[data-side]').evaluateAll((sections) =>
        sections.map((section) => {
          const box = section.getBoundingClientRect();
          const heading = section.querySelector('h2');
          return { side: (section as HTMLElement).dataset['side'], heading: heading?.checkVisibility() ? heading.innerText : '', top: box.top, left: box.left, right: box.right };
        }),
      );
      expect(sides.map(({ side, heading }) => [side, heading])).toEqual([
        ['pakistan', 'What Pakistan’s government says'],
        ['taliban', 'What Afghanistan’s Taliban government says'],
      ]);
      // Side by side on a portrait page: the comparison reads across, as on a wide screen.
      const [pakistan, taliban] = sides;
      expect(taliban?.top).toBe(pakistan?.top);
      expect(taliban?.left).toBeGreaterThanOrEqual(pakistan?.right ?? Infinity);

      const cards = await page.locator('figure.quote').evaluateAll((figures) =>
        figures.map((figure) => ({
          id: figure.id,
          printed: figure.checkVisibility() && (figure.querySelector('blockquote')?.checkVisibility() ?? false),
          breakInside: getComputedStyle(figure).breakInside,
          voice: (figure.querySelector('.voice') as HTMLElement | null)?.innerText ?? '',
          source: (figure.querySelector('.source') as HTMLElement | null)?.innerText ?? '',
        })),
      );
      const expected = facts.quotes.filter((quote) => quote.claim === claimId);
      expect(cards.map((card) => card.id).sort()).toEqual(expected.map((quote) => quote.id).sort());
      for (const card of cards) {
        const quote = expected.find((candidate) => candidate.id === card.id);
        if (!quote) throw new Error(`${card.id} is not a quote of ${claimId}`);
        expect(card.printed, `${card.id} printed`).toBe(true);
        expect(card.breakInside, `${card.id} kept whole on one page`).toBe('avoid');
        const names = [quote.speaker, ...quote.relays].map((person) => facts.people.get(person)?.name ?? `unknown person ${person}`);
        for (const name of names) expect(card.voice, `${card.id} names ${name}`).toContain(name);
        expect(card.voice, `${card.id} names its outlet`).toContain(facts.articles.get(quote.article)?.outlet ?? `unknown article ${quote.article}`);
        expect(card.source, `${card.id} gives its date`).toMatch(/, date: \S/u);
      }

      const origin = await siteOrigin(page);
      const links = await sourceLinks(page, 'figure.quote .links a');
      // Each card prints "Read in context", and "In the original" where the address is known.
      expect(links.filter((link) => link.href.startsWith('/articles/')).length).toBe(cards.length);
      expect(links.map((link) => [link.href, link.after])).toEqual(links.map((link) => [link.href, `(${printedAddress(link.href, origin)})`]));
    } finally {
      await page.close();
    }
  });

  test('the printed page names its own full address', async () => {
    const page = await openForPrint(CLAIM_FOR_PDF);
    try {
      const origin = await siteOrigin(page);
      expect(await page.locator('.site-header [data-print="only"]').innerText()).toBe(`${origin}${CLAIM_FOR_PDF}`);
    } finally {
      await page.close();
    }
  });

  test('on screen, none of the printed addresses shows', async () => {
    if (!launched) throw new Error('The browser did not start.');
    const page = await launched.context.newPage();
    try {
      await page.goto(`${baseUrl}${CLAIM_FOR_PDF}`);
      const printOnly = await page.locator('[data-print="only"]').evaluateAll((elements) => elements.map((element) => element.checkVisibility()));
      expect(printOnly.length).toBeGreaterThan(10);
      expect(printOnly.filter(Boolean)).toEqual([]);
      expect(await page.locator('nav').first().isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('an article page on paper', () => {
  test.each(articleSlugs)('/articles/%s/ prints its provenance, all that was left out and the text, without ¶ links or navigation', async (slug) => {
    const page = await openForPrint(`/articles/${slug}/`);
    try {
      const hidden = await screenOnlyPartsShown(page);
      for (const [name, { shown }] of Object.entries(hidden)) expect(shown, `${name} printed`).toEqual([]);

      const provenance = page.locator('section.provenance');
      expect(await provenance.isVisible()).toBe(true);
      const about = await provenance.innerText();
      expect(about).toContain(facts.articles.get(slug)?.outlet ?? `unknown article ${slug}`);
      expect(about).toMatch(/Original address\s+(https:\/\/\S+|Not known)/u);
      // The full digest, not the short one with a disclosure to open.
      expect(about).toMatch(/\b[0-9a-f]{64}\b/u);
      const leftOut = await provenance.locator('.omitted li').evaluateAll((items) => items.map((item) => item.checkVisibility()));
      const pieces = Number(/What this copy leaves out \((\d+) pieces?\)/u.exec(about)?.[1] ?? Number.NaN);
      expect(pieces).toBeGreaterThanOrEqual(0);
      if (pieces > 0) expect(leftOut.length).toBeGreaterThan(0);
      expect(leftOut.filter((printed) => !printed)).toEqual([]);

      const origin = await siteOrigin(page);
      const capture = await sourceLinks(page, 'section.provenance a[href^="/captures/"]');
      expect(capture).toEqual([{ href: expect.stringMatching(/^\/captures\//u), after: `(${printedAddress(capture[0]?.href ?? '', origin)})` }]);

      const text = await page.locator('.article-text').evaluate((element) => ({
        paragraphs: [...element.querySelectorAll('p[id]')].filter((paragraph) => paragraph.checkVisibility()).length,
        pilcrows: [...element.querySelectorAll('a.pilcrow')].map((link) => link.checkVisibility()),
        // Cited passages keep a cue that survives black-and-white printing, not a background alone.
        marksWithoutLine: [...element.querySelectorAll('mark')].filter((mark) => getComputedStyle(mark).textDecorationLine === 'none').length,
      }));
      expect(text.paragraphs).toBeGreaterThan(3);
      expect(text.pilcrows.length).toBeGreaterThan(0);
      expect(text.pilcrows.filter(Boolean)).toEqual([]);
      expect(text.marksWithoutLine).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('paper is dark text on white, whatever the screen scheme', () => {
  /** Contrast of each sampled text against white paper, and the luminance of the page background. */
  async function inkAndPaper(page: Page) {
    return page.evaluate(() => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/gu) ?? []).map(Number);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const samples = [...document.querySelectorAll('h1, h2, blockquote p, .source, .voice, .role, .explain, .lede, .article-text p, a')].filter((element) =>
        element.checkVisibility(),
      );
      return {
        background: luminance(getComputedStyle(document.documentElement).backgroundColor),
        lowContrast: samples
          .map((element) => ({ text: (element as HTMLElement).innerText.slice(0, 40), contrast: 1.05 / (luminance(getComputedStyle(element).color) + 0.05) }))
          .filter((sample) => sample.contrast < 4.5),
        sampled: samples.length,
      };
    });
  }

  test.each([
    ['light', CLAIM_FOR_PDF],
    ['dark', CLAIM_FOR_PDF],
    ['dark', ARTICLE_FOR_PDF],
  ] as const)('with a %s scheme, %s prints dark on white', async (colorScheme, pagePath) => {
    const page = await openForPrint(pagePath, colorScheme);
    try {
      const { background, lowContrast, sampled } = await inkAndPaper(page);
      expect(sampled).toBeGreaterThan(20);
      expect(background).toBeGreaterThan(0.9);
      expect(lowContrast).toEqual([]);
      // The same page on a dark screen is dark: the print rules, not the emulation, make the paper white.
      await page.emulateMedia({ media: 'screen', colorScheme });
      const onScreen = (await inkAndPaper(page)).background;
      if (colorScheme === 'dark') expect(onScreen).toBeLessThan(0.1);
      else expect(onScreen).toBeGreaterThan(0.9);
    } finally {
      await page.close();
    }
  });
});

describe('real PDFs', () => {
  /** Page objects in a PDF: `/Type /Page`, not the `/Type /Pages` tree above them. */
  const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/gu)?.length ?? 0;

  test.each([
    [CLAIM_FOR_PDF, 'A4', 2, 10],
    [CLAIM_FOR_PDF, 'Letter', 2, 10],
    [ARTICLE_FOR_PDF, 'A4', 3, 14],
  ] as const)('%s prints to %s in %i to %i pages', async (pagePath, format, fewest, most) => {
    const page = await openForPrint(pagePath);
    try {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(fewest);
      expect(pages).toBeLessThanOrEqual(most);
    } finally {
      await page.close();
    }
  });
});
