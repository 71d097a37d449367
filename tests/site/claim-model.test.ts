/**
 * Every built claim page shows the claims model as the content has it: a side's column holds only
 * that side's voice (others' words only under "As others describe it"), every quote names its
 * relays and its outlet's provenance note ("wire copy, IANS"), every source note is shown, and the
 * framing stands below both columns, every outlet's group alike. The same checks run on pages
 * broken on purpose, to show that they can fail.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { readContentFacts } from '../support/claim-data.ts';
import { claimPageProblems, readClaimPage } from '../support/claim-page-checks.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const baseUrl = inject('baseUrl');
const facts = await readContentFacts(PROJECT_ROOT);
const claimIds = [...facts.claims.keys()];
const NATIONPRESS = 'nationpress-taliban-blame-failed-talks';

test('the content has the quotes these checks are about', () => {
  expect(claimIds.length).toBeGreaterThanOrEqual(15);
  expect(facts.quotes.filter((quote) => quote.article === NATIONPRESS).length).toBeGreaterThanOrEqual(10);
  expect(facts.articles.get(NATIONPRESS)?.outletNote).toBe('wire copy, IANS');
  expect(facts.quotes.filter((quote) => quote.note !== undefined).length).toBeGreaterThan(0);
  expect(facts.quotes.filter((quote) => quote.part === 'framing').length).toBeGreaterThan(0);
});

describe.each([
  ['desktop, 1280 px', 1280],
  ['phone, 320 px', 320],
])('on a %s screen', (_label, width) => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  });
  afterAll(() => browser.close());

  test.each(claimIds)('/claims/%s/ shows each quote where, and as, the content has it', async (claimId) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/claims/${claimId}/`);
    expect(claimPageProblems(claimId, await readClaimPage(page), facts)).toEqual([]);
    await page.close();
  });
});

test('every NationPress quote card says it is wire copy from IANS', async () => {
  const browser = await launchBrowser({ javaScriptEnabled: false });
  try {
    const page = await browser.context.newPage();
    const ids = facts.quotes.filter((quote) => quote.article === NATIONPRESS);
    for (const quote of ids) {
      await page.goto(`${baseUrl}/claims/${quote.claim}/`);
      expect(await page.locator(`[id="${quote.id}"] figcaption .voice`).innerText()).toMatch(/, in NationPress \(wire copy, IANS\)$/u);
    }
  } finally {
    await browser.close();
  }
});

describe('the checks fail on a page that breaks the model', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const framingClaim = claimIds.find((id) => facts.claims.get(id)?.hasFraming);
  const noteClaim = facts.quotes.find((quote) => quote.note !== undefined)?.claim;
  const nationpressClaim = facts.quotes.find((quote) => quote.article === NATIONPRESS)?.claim;
  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
    page = await browser.context.newPage();
  });
  afterAll(() => browser.close());

  test('a framing quote moved into a side’s column is reported', async () => {
    if (framingClaim === undefined) throw new Error('no claim with framing');
    await page.goto(`${baseUrl}/claims/${framingClaim}/`);
    const moved = await page.evaluate(() => {
      const card = document.querySelector('#claim-framing figure.quote');
      document.querySelector('[data-side="pakistan"] ul.quotes, [data-side="pakistan"]')?.append(card ?? '');
      return card?.id;
    });
    expect(claimPageProblems(framingClaim, await readClaimPage(page), facts)).toEqual(
      expect.arrayContaining([`#${moved}: a speaker of side "neither" stands in the pakistan column outside "As others describe it"`]),
    );
  });

  test('framing above the columns is reported', async () => {
    if (framingClaim === undefined) throw new Error('no claim with framing');
    await page.goto(`${baseUrl}/claims/${framingClaim}/`);
    await page.evaluate(() => {
      const framing = document.querySelector('#claim-framing');
      if (framing) document.querySelector('#claim-positions')?.before(framing);
    });
    expect(claimPageProblems(framingClaim, await readClaimPage(page), facts).some((problem) => problem.startsWith('#claim-framing is not below both columns'))).toBe(true);
  });

  test('a missing source note is reported', async () => {
    if (noteClaim === undefined) throw new Error('no quote with a note');
    await page.goto(`${baseUrl}/claims/${noteClaim}/`);
    await page.evaluate(() => document.querySelectorAll('.source-note').forEach((note) => note.remove()));
    expect(claimPageProblems(noteClaim, await readClaimPage(page), facts).some((problem) => problem.includes('the note on the source is not shown'))).toBe(true);
  });

  test('a NationPress card without its provenance note is reported', async () => {
    if (nationpressClaim === undefined) throw new Error('no NationPress quote');
    await page.goto(`${baseUrl}/claims/${nationpressClaim}/`);
    await page.evaluate(() => {
      for (const outlet of document.querySelectorAll<HTMLElement>('figure.quote .voice .outlet')) outlet.textContent = outlet.textContent.replace(' (wire copy, IANS)', '');
    });
    expect(claimPageProblems(nationpressClaim, await readClaimPage(page), facts).some((problem) => problem.includes('does not end with "in NationPress (wire copy, IANS)"'))).toBe(true);
  });

  test('framing groups styled differently are reported', async () => {
    if (framingClaim === undefined) throw new Error('no claim with framing');
    await page.goto(`${baseUrl}/claims/${framingClaim}/`);
    await page.evaluate(() => {
      const group = document.querySelector('#claim-framing .group');
      if (group) group.parentElement?.append(group.cloneNode(true));
      document.querySelector<HTMLElement>('#claim-framing .group h3')?.style.setProperty('font-weight', '900');
    });
    expect(claimPageProblems(framingClaim, await readClaimPage(page), facts).some((problem) => problem.startsWith('the outlets\' framing groups are not styled alike'))).toBe(true);
  });
});

/**
 * What a reader must see of a relay and of a side that only others describe, on the built site: the
 * content has both (NationPress's Tolo News relay; the monitoring claim, where the Taliban side is
 * known only from Pakistan's Foreign Office).
 */
describe('a relay and an account, as a reader sees them', () => {
  const RELAYED = { claim: 'responsibility-for-talks-failure', quote: 'nationpress-muttaqi-unreasonable-demands-primary-cause' };
  const ACCOUNT = { claim: 'monitoring-and-verification', quote: 'nukta-mofa-kabul-focused-on-extending-cease-fire' };
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the content has them', () => {
    expect(facts.quotes.find((quote) => quote.id === RELAYED.quote)?.relays).toEqual(['tolo-news']);
    expect(facts.quotes.filter((quote) => quote.claim === ACCOUNT.claim && quote.side === 'taliban').map((quote) => [quote.id, quote.part])).toEqual([[ACCOUNT.quote, 'account']]);
  });

  test('a relayed quote names its relay on the card, in the summary, in the citation and in the coverage matrix', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/claims/${RELAYED.claim}/`);
    const card = page.locator(`[id="${RELAYED.quote}"]`);
    expect(await card.locator('.voice').innerText()).toBe('Amir Khan Muttaqi, via Tolo News, in NationPress (wire copy, IANS)');
    expect(await card.locator('.citation-text').textContent()).toMatch(/^Amir Khan Muttaqi, via Tolo News, reported speech, in “[^”]+”, NationPress \(wire copy, IANS\),/u);
    expect(await page.locator('[data-side="taliban"] ul.summary > li .lead').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Amir Khan Muttaqi\W+via Tolo News\W+in NationPress/u)]));
    await page.goto(`${baseUrl}/coverage/`);
    const row = page.locator('tr', { has: page.locator(`a[href="/claims/${RELAYED.claim}/"]`) });
    expect(await row.innerText()).toContain('Amir Khan Muttaqi via Tolo News');
  });

  test('a card or summary that drops the relay is reported', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/claims/${RELAYED.claim}/`);
    await page.evaluate((id) => {
      document.querySelector(`[id="${id}"] .voice`)?.replaceChildren('Amir Khan Muttaqi, in NationPress (wire copy, IANS)');
      for (const lead of document.querySelectorAll('[data-side="taliban"] .lead')) lead.textContent = lead.textContent.replace(/,? ?\(?via Tolo News,? ?/u, ' (');
    }, RELAYED.quote);
    expect(claimPageProblems(RELAYED.claim, await readClaimPage(page), facts)).toEqual([
      `#${RELAYED.quote}: the attribution does not show the relay "via Tolo News" in order: "Amir Khan Muttaqi, in NationPress (wire copy, IANS)"`,
      `#${RELAYED.quote}: no summary item of the taliban column credits Amir Khan Muttaqi via Tolo News`,
    ]);
  });

  test('the relaying medium lists the quotes it relays, on its page from the people page', async () => {
    const relayed = facts.quotes.filter((quote) => quote.relays.includes('tolo-news'));
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/people/`);
    const entry = page.locator('#tolo-news');
    expect(await entry.locator('.facts').first().innerText()).toBe('A medium that relays others’ words. Speaks for neither side.');
    const link = entry.locator('a[href="/people/tolo-news/"]');
    expect(await link.innerText()).toBe(`Relays ${relayed.length} quote${relayed.length === 1 ? '' : 's'}`);
    await link.click();
    await page.waitForURL('**/people/tolo-news/');
    const list = page.locator('section[aria-labelledby="relayed-title"]');
    expect(await list.locator('h2').innerText()).toBe(`Quotes it relays (${relayed.length})`);
    for (const quote of relayed) expect(await list.locator(`a[href="/claims/${quote.claim}/#${quote.id}"]`).count()).toBe(1);
  });

  test('a side with only an account says no position is stated, then shows the account apart, labelled', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/claims/${ACCOUNT.claim}/`);
    const taliban = page.locator('[data-side="taliban"]');
    expect(await taliban.locator('.summary').innerText()).toBe('No position stated in these sources.');
    const accounts = taliban.locator('[data-accounts]');
    // The side's name is there for screen readers, so that the two sides' "accounts" landmarks differ.
    expect((await accounts.locator('h3').textContent())?.replace(/\s+/gu, ' ').trim()).toBe('As others describe it: the position of Afghanistan’s Taliban government');
    expect(await accounts.locator('p.explain').innerText()).toMatch(/other speakers or outlets describe the position of Afghanistan’s Taliban government\. These are their words, not its own/u);
    expect(await accounts.locator(`[id="${ACCOUNT.quote}"] .account-label`).innerText()).toBe('ACCOUNT given by Pakistan\'s Ministry of Foreign Affairs (Foreign Office), of the position of Afghanistan’s Taliban government');
    expect(await taliban.locator('figure.quote').count()).toBe(await accounts.locator('figure.quote').count());
  });
});
