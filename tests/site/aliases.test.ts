/**
 * Links that never break, tested on a temporary copy of the project: rename a claim, move one of its
 * quotes to another claim, and correct the first words of a paragraph (which changes its id). With
 * the aliases declared, the build passes and every old link lands on the same words; without them,
 * the build fails and names every link it would break.
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isScalar, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseRegister } from '../../src/lib/anchors/anchor-register.ts';
import { SITE } from '../../src/site-config.ts';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { recordEveryCorrection } from '../support/corrections.ts';
import { copyBuildableProject, PROJECT_ROOT, removeCopies, runAstroBuild as astroBuild } from '../support/project-copy.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const OLD_CLAIM = 'where-ttp-attacks-are-planned';
const NEW_CLAIM = 'where-ttp-attacks-originate';
const OLD_QUOTE = 'htn-officials-80-percent-from-afghan-territory';
const NEW_QUOTE = 'htn-officials-80-percent-attacks-from-afghanistan';
const OTHER_CLAIM = 'security-problem-before-2021';
const ARTICLE = 'dawat-taliban-blame-pakistan';
const CAPTURE = '003_33c7533e80df5f02.txt';
const OLD_PARAGRAPH = 'p-this-is-a-clear-reference-to';
const NEW_PARAGRAPH = 'p-this-is-an-evident-reference-to';
// A quote whose words are corrected keeps no id: its words are what links to it were promised.
const CORRECTED_CLAIM = 'commitments-on-use-of-afghan-soil';
const OLD_CORRECTED_QUOTE = 'dawat-editorial-reference-to-pakistani-intelligence';
const NEW_CORRECTED_QUOTE = 'dawat-editorial-evident-reference-to-pakistani-intelligence';

const ALIASES = `- from: /claims/${OLD_CLAIM}/
  change: renamed
  to: /claims/${NEW_CLAIM}/
  date: 2026-11-23
- from: /claims/${OLD_CLAIM}/#${OLD_QUOTE}
  change: moved
  to: /claims/${OTHER_CLAIM}/#${NEW_QUOTE}
  date: 2026-11-23
- from: /articles/${ARTICLE}/#${OLD_PARAGRAPH}
  change: moved
  to: /articles/${ARTICLE}/#${NEW_PARAGRAPH}
  date: 2026-11-23
- from: /claims/${CORRECTED_CLAIM}/#${OLD_CORRECTED_QUOTE}
  change: moved
  to: /claims/${CORRECTED_CLAIM}/#${NEW_CORRECTED_QUOTE}
  date: 2026-11-23
`;

interface QuoteData {
  id: string;
  speaker: string;
  article: string;
  relay?: { via: string }[];
}

const voiceOf = (quote: QuoteData | undefined) => quote && [quote.speaker, quote.article, ...(quote.relay ?? []).map((relay) => relay.via)].join(' ');

/** Takes a quote out of a position's summary, dropping an item left with no quotes. */
function unsummarise(doc: Document, side: string, id: string): void {
  const summary = doc.getIn(['positions', side, 'summary']) as YAMLSeq<YAMLMap>;
  for (const item of summary.items) {
    const quotes = item.get('quotes') as YAMLSeq;
    quotes.items = quotes.items.filter((entry) => (isScalar(entry) ? entry.value : entry) !== id);
  }
  summary.items = summary.items.filter((item) => (item.get('quotes') as YAMLSeq).items.length > 0);
}

/** Adds a quote to the summary item of its voice (speaker, article, relays), or to a new item: one item per voice. */
function summarise(doc: Document, side: string, quote: QuoteData): void {
  const position = (doc.toJS() as { positions: Record<string, { quotes: QuoteData[]; summary: { quotes: string[] }[] }> }).positions[side];
  if (!position) throw new Error(`no ${side} position`);
  const summary = doc.getIn(['positions', side, 'summary']) as YAMLSeq<YAMLMap>;
  const index = position.summary.findIndex((item) => voiceOf(position.quotes.find((candidate) => candidate.id === item.quotes[0])) === voiceOf(quote));
  if (index >= 0) (summary.items[index]?.get('quotes') as YAMLSeq).add(quote.id);
  else summary.add(doc.createNode({ quotes: [quote.id], says: 'says so.' }));
}

/** Rewrites every file of a content folder of a copy, as an editor would when a claim id or a passage changes. */
async function editEveryClaim(claims: string, edit: (text: string) => string): Promise<void> {
  for (const name of await readdir(claims)) {
    const file = path.join(claims, name);
    await writeFile(file, edit(await readFile(file, 'utf8')));
  }
}

/** Applies the rename, the move and the correction to a copy of the project. */
async function reorganise(root: string, withAliases: boolean): Promise<void> {
  const claims = path.join(root, 'content/claims');
  const claimFile = path.join(claims, `${OLD_CLAIM}.yaml`);
  const claim = parseDocument(await readFile(claimFile, 'utf8'));
  const quotes = claim.getIn(['positions', 'pakistan', 'quotes']) as { items: unknown[] };
  const index = (claim.toJS() as { positions: { pakistan: { quotes: { id: string }[] } } }).positions.pakistan.quotes.findIndex((quote) => quote.id === OLD_QUOTE);
  const [moved] = quotes.items.splice(index, 1) as [YAMLMap];
  moved.set('id', NEW_QUOTE);
  unsummarise(claim, 'pakistan', OLD_QUOTE);
  await writeFile(claimFile, claim.toString());
  const other = parseDocument(await readFile(path.join(claims, `${OTHER_CLAIM}.yaml`), 'utf8'));
  summarise(other, 'pakistan', moved.toJSON() as QuoteData);
  (other.getIn(['positions', 'pakistan', 'quotes']) as { items: unknown[] }).items.push(moved);
  await writeFile(path.join(claims, `${OTHER_CLAIM}.yaml`), other.toString());
  await rename(claimFile, path.join(claims, `${NEW_CLAIM}.yaml`));
  // The corrected words are corrected wherever a claim quotes them, and related links follow the rename.
  await editEveryClaim(claims, (text) =>
    text
      .replaceAll(`- ${OLD_CLAIM}\n`, `- ${NEW_CLAIM}\n`)
      .replaceAll('This is a clear reference', 'This is an evident reference')
      .replaceAll(`id: ${OLD_CORRECTED_QUOTE}\n`, `id: ${NEW_CORRECTED_QUOTE}\n`),
  );

  const capturePath = path.join(root, 'content/captures', CAPTURE);
  const capture = (await readFile(capturePath, 'utf8')).replace('This is a clear reference', 'This is an evident reference');
  await writeFile(capturePath, capture);
  const articlePath = path.join(root, 'content/articles', `${ARTICLE}.md`);
  const sha256 = createHash('sha256').update(capture).digest('hex');
  const article = (await readFile(articlePath, 'utf8')).replace('This is a clear reference', 'This is an evident reference').replace(/sha256: [0-9a-f]{64}/u, `sha256: ${sha256}`);
  await writeFile(articlePath, article);

  // The figure that cites the moved quote follows it, as the claims' related links follow the rename.
  const figures = path.join(root, 'content/figures');
  await editEveryClaim(figures, (text) => text.replaceAll(`claim: ${OLD_CLAIM}\n`, `claim: ${NEW_CLAIM}\n`).replaceAll(`quote: ${OLD_QUOTE}\n`, `quote: ${NEW_QUOTE}\n`));

  if (withAliases) await writeFile(path.join(root, 'content/aliases.yaml'), ALIASES);
  // Published claims change only with a correction on record; the links are what these tests check.
  expect(await recordEveryCorrection(root, 'A quote was moved to the claim it belongs to, and a misquoted word corrected.')).toBeGreaterThan(0);
}

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser.close();
  await removeCopies();
});

/** The words a link lands on: the target's text, or the text of the quote or paragraph an alias sits in. */
async function wordsAt(baseUrl: string, link: string): Promise<string | null> {
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}${link}`);
  const words = await page.evaluate(() => {
    const target = document.querySelector(':target');
    if (!target) return null;
    const holder = target.classList.contains('anchor-alias') ? target.parentElement : target;
    const copy = holder?.cloneNode(true) as HTMLElement | undefined;
    copy?.querySelectorAll('.pilcrow, figcaption, .cited-in').forEach((extra) => extra.remove());
    return copy?.textContent?.replace(/\s+/gu, ' ').trim() ?? null;
  });
  await page.close();
  return words;
}

test('with aliases, the reorganised build passes and every old link lands on the same words', async () => {
  const registered = parseRegister(await readFile(path.join(PROJECT_ROOT, 'content/published-anchors.txt'), 'utf8'));
  const oldLinks = [
    ...registered.filter((anchor) => anchor.startsWith(`/claims/${OLD_CLAIM}/#`) && !anchor.includes('#claim-')),
    `/articles/${ARTICLE}/#${OLD_PARAGRAPH}`,
    `/claims/${CORRECTED_CLAIM}/#${OLD_CORRECTED_QUOTE}`,
  ];
  expect(oldLinks).toContain(`/claims/${OLD_CLAIM}/#${OLD_QUOTE}`);

  const original: StaticServer = await startStaticServer(path.join(PROJECT_ROOT, 'dist'));
  const before = new Map<string, string | null>();
  for (const link of oldLinks) before.set(link, await wordsAt(original.url, link));
  await original.close();

  const root = await copyBuildableProject();
  await reorganise(root, true);
  const build = astroBuild(root);
  expect(build.status, build.output).toBe(0);

  const reorganised = await startStaticServer(path.join(root, 'dist'));
  try {
    const after = new Map<string, string | null>();
    for (const link of oldLinks) after.set(link, await wordsAt(reorganised.url, link));
    for (const link of oldLinks) {
      expect(before.get(link), link).toBeTruthy();
      expect(after.get(link), link).toContain((before.get(link) as string).replace('This is a clear reference', 'This is an evident reference'));
    }
    // The old address of the renamed claim names its new permanent address.
    const page = await browser.context.newPage();
    await page.goto(`${reorganised.url}/claims/${OLD_CLAIM}/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE.url}/claims/${NEW_CLAIM}/`);
    expect(await page.locator('.moved-notice').innerText()).toMatch(/^This claim's address changed on 23 November 2026\. Its permanent address is now \/claims\/where-ttp-attacks-originate\//u);
    await page.close();
    // The sitemap lists the claim at its new address only (the old one is noindex).
    const sitemap = await readFile(path.join(root, 'dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE.url}/claims/${NEW_CLAIM}/</loc>`);
    expect(sitemap).not.toContain(`/claims/${OLD_CLAIM}/`);
  } finally {
    await reorganised.close();
  }
});

test('without aliases, the build fails and names every link it would break', async () => {
  const root = await copyBuildableProject();
  await reorganise(root, false);
  const { status, output } = astroBuild(root);
  expect(status).toBe(1);
  expect(output).toMatch(/The build no longer publishes \d+ registered anchors; links to them would break:/u);
  for (const lost of [`/claims/${OLD_CLAIM}/`, `/claims/${OLD_CLAIM}/#${OLD_QUOTE}`, `/articles/${ARTICLE}/#${OLD_PARAGRAPH}`, `/claims/${CORRECTED_CLAIM}/#${OLD_CORRECTED_QUOTE}`]) {
    expect(output).toContain(`  ${lost}\n`);
  }
  expect(output).toContain('content/aliases.yaml');
});

test('a merged claim leaves a tombstone that says what happened, when, and where its quotes went', async () => {
  const RETIRED = 'conditions-for-resuming-talks';
  const SUCCESSOR = 'goodwill-toward-the-other-people';
  const root = await copyBuildableProject();
  const claims = path.join(root, 'content/claims');
  const retired = parseDocument(await readFile(path.join(claims, `${RETIRED}.yaml`), 'utf8'));
  const successor = parseDocument(await readFile(path.join(claims, `${SUCCESSOR}.yaml`), 'utf8'));
  const movedIds: string[] = [];
  for (const side of ['pakistan', 'taliban']) {
    const from = retired.getIn(['positions', side, 'quotes']) as YAMLSeq<YAMLMap>;
    for (const quote of from.items) {
      movedIds.push(String(quote.get('id')));
      (successor.getIn(['positions', side, 'quotes']) as YAMLSeq).items.push(quote);
      summarise(successor, side, quote.toJSON() as QuoteData);
    }
  }
  await writeFile(path.join(claims, `${SUCCESSOR}.yaml`), successor.toString());
  await rm(path.join(claims, `${RETIRED}.yaml`));
  await editEveryClaim(claims, (text) => text.replaceAll(`  - ${RETIRED}\n`, ''));
  await writeFile(
    path.join(root, 'content/aliases.yaml'),
    [
      `- from: /claims/${RETIRED}/\n  change: merged\n  to: /claims/${SUCCESSOR}/\n  date: 2026-11-24\n  note: Both claims set out each side's conditions for talking again.\n`,
      ...movedIds.map((id) => `- from: /claims/${RETIRED}/#${id}\n  change: moved\n  to: /claims/${SUCCESSOR}/#${id}\n  date: 2026-11-24\n`),
    ].join(''),
  );
  expect(await recordEveryCorrection(root, 'The quotes of a merged claim now stand in the claim it was merged into.')).toBe(1);
  const build = astroBuild(root);
  expect(build.status, build.output).toBe(0);

  const server = await startStaticServer(path.join(root, 'dist'));
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/claims/${RETIRED}/`);
    expect(await page.locator('h1').innerText()).toBe('This claim was merged into another');
    expect(await page.locator('.tombstone p').first().innerText()).toBe('On 24 November 2026, this claim was merged into Goodwill toward the other country and its people.');
    expect(await page.locator('.tombstone a').first().getAttribute('href')).toBe(`/claims/${SUCCESSOR}/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await readFile(path.join(root, 'dist/sitemap-0.xml'), 'utf8')).not.toContain(`/claims/${RETIRED}/`);
    for (const id of movedIds) {
      await page.goto(`${server.url}/claims/${RETIRED}/#${id}`);
      const landed = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
      const successorPage = await page.context().newPage();
      await successorPage.goto(`${server.url}/claims/${SUCCESSOR}/#${id}`);
      const words = (await successorPage.locator(':target blockquote').textContent()) ?? '';
      await successorPage.close();
      expect(words.trim().length).toBeGreaterThan(0);
      expect(landed).toContain(words.trim());
      expect(landed).toContain(`/claims/${SUCCESSOR}/#${id}`);
    }
    await page.close();
  } finally {
    await server.close();
  }
});
