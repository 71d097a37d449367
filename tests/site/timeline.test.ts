/**
 * The timeline as built, in Chromium: every event of content/events/ at its own fragment, every
 * report's date wording shown verbatim and linked to a paragraph of its article that holds those
 * words, weekdays that are right by the calendar (computed here independently of the site's code),
 * the conflicting readings side by side, and events found by search.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const baseUrl = inject('baseUrl');
let browser: LaunchedBrowser;
let page: Page;

interface EventFile {
  title: string;
  reports: { article: string; text: string; wording: string; date: string }[];
}
const folder = path.join(PROJECT_ROOT, 'content/events');
const events = await Promise.all(
  (await readdir(folder))
    .filter((name) => name.endsWith('.yaml'))
    .map(async (name) => ({ id: name.replace(/\.yaml$/u, ''), ...(parse(await readFile(path.join(folder, name), 'utf8')) as EventFile) })),
);

interface ShownReport {
  outlet: string;
  quote: string;
  marked: string | undefined;
  wording: string;
  readAs: string;
  datetime: string | undefined;
  href: string;
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(`${baseUrl}/timeline/`);
});
afterAll(() => browser.close());

/** What the page shows of one event, read from the DOM. */
const shownEvent = (id: string) =>
  page.locator(`article#${id}`).evaluate((entry) => ({
    title: entry.querySelector('.event-title')?.textContent ?? '',
    when: entry.querySelector('.when')?.textContent ?? '',
    conflict: [...entry.querySelectorAll('.conflict .versions > li')].map((item) => ({
      reading: item.querySelector('.reading')?.textContent ?? '',
      links: [...item.querySelectorAll('a')].map((link) => [link.textContent ?? '', link.getAttribute('href') ?? '']),
    })),
    reports: [...entry.querySelectorAll('.reports > li')].map((item) => {
      const values = [...item.querySelectorAll('dd')].map((dd) => dd.textContent?.replace(/\s+/gu, ' ').trim() ?? '');
      return {
        outlet: item.querySelector('.outlet')?.textContent ?? '',
        quote: item.querySelector('blockquote')?.textContent?.trim() ?? '',
        marked: item.querySelector('blockquote mark')?.textContent ?? undefined,
        wording: values[0] ?? '',
        readAs: values[1] ?? '',
        datetime: item.querySelector('dd time')?.getAttribute('datetime') ?? undefined,
        href: item.querySelector('.source a')?.getAttribute('href') ?? '',
      };
    }),
  }));

/** The paragraph a link lands on, as the article page shows it. */
async function paragraphText(href: string): Promise<string | undefined> {
  const [pagePath = '', id = ''] = href.split('#');
  const html = await readFile(path.join(PROJECT_ROOT, 'dist', pagePath, 'index.html'), 'utf8');
  const start = html.indexOf(`<p id="${id}">`);
  if (start === -1) return undefined;
  return html
    .slice(start, html.indexOf('</p>', start))
    .replace(/<[^>]+>/gu, '')
    .replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ');
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

test('the content has events with and without dates, and a conflict', () => {
  expect(events.length).toBeGreaterThanOrEqual(20);
  expect(events.some((event) => event.reports.every((report) => report.date === 'none'))).toBe(true);
});

describe.each(events.map((event) => [event.id, event] as const))('%s', (id, event) => {
  test('is at its own fragment, under its title, with one entry per report', async () => {
    const shown = await shownEvent(id);
    expect(shown.title).toBe(event.title);
    expect(shown.reports).toHaveLength(event.reports.length);
  });

  test("shows every report's words and date wording verbatim, linked to a paragraph of its article that holds them", async () => {
    const shown = await shownEvent(id);
    for (const [index, report] of event.reports.entries()) {
      const view = shown.reports[index] as ShownReport;
      expect(view.quote).toBe(collapse(report.text));
      expect(view.href.startsWith(`/articles/${report.article}/#p-`)).toBe(true);
      const paragraph = await paragraphText(view.href);
      expect(paragraph, `${view.href} is a paragraph of the built article`).toBeDefined();
      expect(paragraph).toContain(collapse(report.text));
      if (report.wording === 'none') {
        expect(view.marked).toBeUndefined();
        expect(view.wording).toBe('None: the article gives no date wording for it.');
      } else {
        expect(view.marked).toBe(collapse(report.wording));
        expect(view.wording).toBe(`“${collapse(report.wording)}”`);
        expect(paragraph).toContain(collapse(report.wording));
      }
    }
  });

  test('gives the weekday of each day read as the calendar has it', async () => {
    const shown = await shownEvent(id);
    for (const view of shown.reports) {
      if (view.datetime === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(view.datetime)) continue;
      const weekday = WEEKDAYS[new Date(`${view.datetime}T12:00:00Z`).getUTCDay()];
      expect(view.readAs).toContain(`a ${weekday}, by the calendar`);
    }
  });
});

test('the Istanbul round of 6 and 7 November shows its conflicting readings side by side', async () => {
  const shown = await shownEvent('third-round-in-istanbul');
  expect(shown.when).toBe('Readings differ');
  expect(shown.conflict).toEqual([
    { reading: '7 November 2025 (a Friday)', links: [['“on Nov. 7”', '/articles/nukta-pakistan-reaffirms-core-concern/#p-in-a-statement-from-the-ministry']] },
    {
      reading: '6 and 7 November 2025 (a Thursday and a Friday)',
      links: [['“on November 6 and 7”', '/articles/southasiatimes-pakistan-afghanistan-trade-blame/#p-representatives-of-the-islamic-emirate-of']],
    },
    { reading: 'Tuesday, no date read', links: [['“on Tuesday”', '/articles/dawat-taliban-blame-pakistan/#p-istanbul-a-crucial-third-round-of']] },
  ]);
});

test('dated events come in the order of their dates, the undated apart', async () => {
  const order = await page.locator('.timeline > li > article').evaluateAll((entries) => entries.map((entry) => [entry.id, entry.closest('.undated') !== null]));
  const dated = order.filter(([, undated]) => !undated).map(([id]) => id);
  const undated = order.filter(([, undated]) => undated).map(([id]) => id);
  expect(dated.indexOf('ceasefire-talks-in-doha')).toBeLessThan(dated.indexOf('second-round-in-istanbul'));
  expect(dated.indexOf('second-round-in-istanbul')).toBeLessThan(dated.indexOf('third-round-in-istanbul'));
  expect(dated.indexOf('third-round-in-istanbul')).toBeLessThan(dated.indexOf('pakistan-foreign-office-statement'));
  expect(dated.indexOf('pakistan-foreign-office-statement')).toBeLessThan(dated.indexOf('muttaqi-remarks'));
  expect(dated.indexOf('andrabi-remarks')).toBe(dated.indexOf('naeem-remarks-reported') - 1);
  expect(undated).toContain('border-closures');
  expect(new Set([...dated, ...undated])).toEqual(new Set(events.map((event) => event.id)));
});

test('the timeline is in the main navigation', async () => {
  expect(await page.locator('nav[aria-label="Main"] a[href="/timeline/"]').getAttribute('aria-current')).toBe('page');
});

test('an event is a search result under "Timeline", linked to its entry', async () => {
  const search = await browser.context.newPage();
  await search.goto(`${baseUrl}/search/?q=${encodeURIComponent('Doha ceasefire')}`);
  await search.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
  const group = search.locator('#search-results section.group', { has: search.locator('h2', { hasText: /^Timeline \(/u }) });
  expect(await group.locator('a.title').first().getAttribute('href')).toBe('/timeline/#ceasefire-talks-in-doha');
  await search.close();
});
