/**
 * Search that answers questions, in real Chromium against the real built index: ranked partial
 * matches with their label, function words, word forms, numbers and compounds as readers write them,
 * passages that lead to the claims quoting them, names that list every claim in which a person
 * speaks, and "Did you mean …?".
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { readContentFacts } from '../support/claim-data.ts';
import { READER_QUESTIONS } from '../support/reader-questions.ts';

const baseUrl = inject('baseUrl');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let browser: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(() => browser.close());

interface ShownHit {
  group: string;
  href: string;
  partial: string | undefined;
  quotedIn: string[];
  marks: string[];
}

/** Opens the search page for `query` and reads what it shows, hit by hit. */
async function searchFor(query: string) {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
  const hits = await page.locator('#search-results .hit').evaluateAll((items) =>
    items.map((item) => ({
      group: item.closest('section')?.querySelector('h2')?.textContent ?? '',
      href: item.querySelector('a.title')?.getAttribute('href') ?? '',
      partial: item.querySelector('.partial')?.textContent ?? undefined,
      quotedIn: [...item.querySelectorAll('.quoted-in a')].map((link) => link.getAttribute('href') ?? ''),
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    suggestion: await page.locator('#search-results .suggestion a').getAttribute('href', { timeout: 100 }).catch(() => null),
    hits: hits as ShownHit[],
  };
}

const claimOf = (href: string) => /^\/claims\/([a-z0-9-]+)\//u.exec(href)?.[1];
/** The claims a reader meets, in the order the page shows them (claims, then quotes' claims, then passages' "Quoted in"). */
const claimsMet = (hits: readonly ShownHit[]) => [...new Set(hits.flatMap((hit) => [hit.href, ...hit.quotedIn].map(claimOf).filter((slug) => slug !== undefined)))];

describe('ranked retrieval', () => {
  test('results with every word come first; the others follow, each saying which words it lacks', async () => {
    const { status, hits } = await searchFor('Taliban fence');
    expect(status).toMatch(/^\d+ results? for “Taliban fence”: .*\. \d+ more match some of the words, below them\.$/u);
    const claims = hits.filter((hit) => hit.group.startsWith('Claims'));
    expect(claims[0]).toMatchObject({ href: '/claims/border-fence-and-checkpoints/', partial: undefined });
    const firstPartial = claims.findIndex((hit) => hit.partial !== undefined);
    expect(firstPartial).toBeGreaterThan(0);
    expect(claims.slice(firstPartial).every((hit) => hit.partial === 'Matches “Taliban” but not “fence”' || hit.partial === 'Matches “fence” but not “Taliban”')).toBe(true);
  });

  test('when no result has every word, the best partial matches are shown under a label, with the matched words marked', async () => {
    const { status, hits } = await searchFor('seventy thousand dead');
    expect(status).toMatch(/^No result has every word of “seventy thousand dead”; these match some of them: /u);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => /^Matches “.+” but not “.+”$/u.test(hit.partial ?? ''))).toBe(true);
    expect(hits.map((hit) => hit.href)).toContain('/claims/security-problem-before-2021/#htn-muttaqi-ttp-active-25-years');
    const killed = hits.find((hit) => hit.href.endsWith('#htn-muttaqi-ttp-active-25-years'));
    expect(killed?.partial).toBe('Matches “seventy thousand” but not “dead”');
    expect(killed?.marks).toContain('70,000');
  });

  test('no reader question ends on "No results"', async () => {
    const unanswered: string[] = [];
    for (const { question } of READER_QUESTIONS) {
      const { status, hits } = await searchFor(question);
      if (status.startsWith('No results') || hits.length === 0) unanswered.push(question);
    }
    expect(unanswered).toEqual([]);
  });

  test('any word the articles use, even beside one they do not, finds results', async () => {
    // Every 37th word of the index, as written: a spread of names, numbers, and common and rare words.
    const manifest = (await (await fetch(`${baseUrl}/search/index.json`)).json()) as { inline: { shards: Record<string, { words: string[] }> } };
    const words = Object.values(manifest.inline.shards)
      .flatMap((shard) => shard.words)
      .filter((_, at) => at % 37 === 0);
    expect(words.length).toBeGreaterThan(20);
    const unanswered: string[] = [];
    for (const word of words) {
      const { status, hits } = await searchFor(`${word} qwertyuiop`);
      if (!status.startsWith('No result has every word') || hits.length === 0) unanswered.push(`${word}: ${status}`);
    }
    expect(unanswered).toEqual([]);
  });

  test.each([['qwertyuiop'], ['sdafadsfasdf'], ['zxcvbnm asdfghjkl']])('keyboard mashing (%j) ends on "No results", with nothing listed', async (query) => {
    const { status, hits, suggestion } = await searchFor(query);
    expect(status).toBe(`No results for “${query}”. Check the spelling, try other words, or browse all claims and articles below.`);
    expect(hits).toEqual([]);
    expect(suggestion).toBeNull();
  });

  test('a phrase from a quote puts that quote first among the quotes', async () => {
    const { hits } = await searchFor('no ill will');
    expect(hits.find((hit) => hit.group.startsWith('Quotes'))?.href).toBe('/claims/goodwill-toward-the-other-people/#sat-tarar-no-ill-will-toward-afghan-people');
  });
});

describe('words as readers type them', () => {
  test.each([
    ['what did the Taliban say about the fence', '/claims/border-fence-and-checkpoints/'],
    ['who said Pakistan has no ill will', '/claims/goodwill-toward-the-other-people/'],
    ['why did the talks fail', '/claims/responsibility-for-talks-failure/'],
    ['how many people were killed', '/claims/security-problem-before-2021/'],
  ])('question words do not sink %j: its claim comes first', async (query, claim) => {
    const { status, hits } = await searchFor(query);
    expect(status).toMatch(/^\d+ results? for “/u);
    expect(hits.find((hit) => hit.group.startsWith('Claims'))?.href).toBe(claim);
  });

  /** What a search finds, as counts by group (the ten shown of each may differ: a word as typed ranks a little higher). */
  const countsOf = async (query: string) => (await searchFor(query)).status.replace(/^.*?: /u, '');

  test.each([
    [['killed', 'killing', 'kill']],
    [['demands', 'demanded', 'demand']],
    [['ceasefires', 'ceasefire', 'cease-fire', 'cease fire']],
    [['guarantees', 'guarantee', 'guaranteed']],
  ])('word forms find the same results: %j', async (forms) => {
    const found: [string, string][] = [];
    for (const form of forms) found.push([form, await countsOf(form)]);
    const [, first = ''] = found[0] ?? [];
    expect(first).toMatch(/^\d+ in claims/u);
    for (const [form, counts] of found) expect([form, counts]).toEqual([form, first]);
  });

  test.each([['80k'], ['70K'], ['70 thousand'], ['seventy thousand'], ['70,000–80,000'], ['70-80 thousand'], ['70 to 80 thousand']])('%j finds the 70,000 to 80,000 killed', async (query) => {
    const { status, hits } = await searchFor(query);
    expect(status).toMatch(/^\d+ results? for “/u);
    expect(hits.map((hit) => hit.href)).toEqual(
      expect.arrayContaining(['/claims/security-problem-before-2021/#htn-muttaqi-ttp-active-25-years', '/claims/security-problem-before-2021/#nationpress-muttaqi-ttp-active-25-years']),
    );
  });
});

describe('results lead to claims', () => {
  test('an article passage lists the claims that quote it, linked to the quote', async () => {
    const { hits } = await searchFor('hollow promises');
    const passage = hits.find((hit) => hit.href.startsWith('/articles/nukta-pakistan-reaffirms-core-concern/#p-'));
    expect(passage?.quotedIn).toContain('/claims/commitments-on-use-of-afghan-soil/#nukta-mofa-hollow-promises-and-inaction');
    const link = page.locator('#search-results .quoted-in a[href="/claims/commitments-on-use-of-afghan-soil/#nukta-mofa-hollow-promises-and-inaction"]').first();
    expect(await link.textContent()).toBe(await page.locator('#search-results a.title[href="/claims/commitments-on-use-of-afghan-soil/"]').textContent());
    await link.click();
    await page.waitForURL('**/claims/commitments-on-use-of-afghan-soil/#nukta-mofa-hollow-promises-and-inaction');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('nukta-mofa-hollow-promises-and-inaction');
  });

  test('every "Quoted in" link is a quote on a claim page that quotes that very paragraph', async () => {
    const { hits } = await searchFor('Muttaqi');
    const passages = hits.filter((hit) => hit.quotedIn.length > 0);
    expect(passages.length).toBeGreaterThan(0);
    for (const { href, quotedIn } of passages) {
      for (const quote of quotedIn) {
        const response = await page.goto(`${baseUrl}${quote}`);
        expect(response?.status()).toBe(200);
        const readInContext = await page.locator(`[id="${quote.split('#')[1]}"] a[href^="/articles/"]`).first().getAttribute('href');
        expect([quote, readInContext]).toEqual([quote, href]);
      }
    }
  });

  test.each([['Attaullah Tarar', 'attaullah-tarar'], ['Mohammad Naeem', 'mohammad-naeem'], ['Zabihullah Mujahid', 'zabihullah-mujahid']])(
    'searching %j lists every claim in which they speak',
    async (name, person) => {
      const facts = await readContentFacts(ROOT);
      const expected = [...new Set(facts.quotes.filter((quote) => quote.speaker === person || quote.relays.includes(person)).map((quote) => quote.claim))].sort();
      expect(expected.length).toBeGreaterThan(1);
      await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(name)}`);
      await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
      const status = (await page.locator('#search-status').textContent()) ?? '';
      expect(status).toMatch(new RegExp(`^\\d+ results for “${name}”: ${expected.length} in claims`, 'u'));
      const shown = await page.locator('#search-results section').first().locator('a.title').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(shown.length).toBe(Math.min(10, expected.length));
      expect(expected).toEqual(expect.arrayContaining(shown.map((href) => claimOf(href))));
    },
  );

  test('a misspelt query offers "Did you mean …?" as a link to that search', async () => {
    const { suggestion, hits } = await searchFor('Tarrar');
    expect(suggestion).toBe('/search/?q=Tarar');
    expect(hits.map((hit) => hit.href)).toContain('/people/#attaullah-tarar');
    await page.locator('#search-results .suggestion a').click();
    await page.waitForURL('**/search/?q=Tarar');
    await page.waitForFunction(() => /^\d+ results? for “Tarar”/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results .suggestion').count()).toBe(0);
  });

  test('a correctly spelt query offers no correction', async () => {
    expect((await searchFor('Tarar')).suggestion).toBeNull();
  });
});

test('the claims a question leads to include those its words name', async () => {
  const { hits } = await searchFor('did Pakistan ask for a monitoring mechanism');
  expect(claimsMet(hits).slice(0, 5)).toContain('monitoring-and-verification');
});
