/**
 * A correction reaches readers: a real `astro build` of a temporary copy with one summary reworded
 * and its correction recorded passes, and the claim page, /corrections/, the feed and search show it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { today } from '../../src/lib/anchors/alias-advice.ts';
import { createSearcher } from '../../src/lib/search/create-searcher.ts';
import type { SearchManifest } from '../../src/lib/search/search-index.ts';
import { formatCalendarDate } from '../../src/lib/sources/dates.ts';
import { validateHtmlUnder } from '../support/html-validity.ts';
import { copyBuildableProject, editFile, removeCopies, runAstroBuild } from '../support/project-copy.ts';

afterAll(removeCopies);

const SAYS_BEFORE = 'say more than 80% of TTP attacks since August 2021 have been planned and executed from Afghan territory, citing UN Security Council monitoring reports.';
const SAYS_AFTER = 'say that more than 80% of TTP attacks since August 2021 were planned and executed from Afghan territory, citing UN Security Council monitoring reports.';
const WHY = 'The summary now keeps to the tense of the words it sums up.';

/** The text of an HTML page, tags dropped and whitespace collapsed, to read as a reader does. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/ ([,.])/gu, '$1');

test('a recorded correction builds, and shows on its claim page, on /corrections/, in the feed and in search', async () => {
  const root = await copyBuildableProject();
  await editFile(root, 'content/claims/where-ttp-attacks-are-planned.yaml', (text) => text.replace(`says: ${SAYS_BEFORE}`, `says: ${SAYS_AFTER}`));
  await editFile(
    root,
    'content/corrections.yaml',
    (text) =>
      `${text.trimEnd()}\n- number: 1\n  date: ${today()}\n  claim: where-ttp-attacks-are-planned\n  changes:\n    - kind: summary reworded\n      field: positions.pakistan.summary[0].says\n      before: "${SAYS_BEFORE}"\n      after: "${SAYS_AFTER}"\n  why: ${WHY}\n`,
  );

  const { status, output } = runAstroBuild(root);
  expect(status, output).toBe(0);
  const read = (file: string) => readFile(path.join(root, 'dist', file), 'utf8');
  const date = formatCalendarDate(today());

  const claim = await read('claims/where-ttp-attacks-are-planned/index.html');
  const claimText = textOf(claim);
  expect(claimText).toContain(`Corrections This claim has been corrected once since it was published. All corrections Correction 1, ${date} ${WHY} Summary reworded Before ${SAYS_BEFORE} After ${SAYS_AFTER}`);
  expect(claim).toContain('<mark class="differs"');
  expect(claim).toContain('href="/corrections/#correction-1"');
  // Another claim, uncorrected, has no such section.
  expect(textOf(await read('claims/where-iskp-is-based/index.html'))).not.toContain('Corrections This claim');

  const log = await read('corrections/index.html');
  expect(log).toMatch(/<article[^>]* id="correction-1"/u);
  expect(log).toContain('href="/claims/where-ttp-attacks-are-planned/"');
  expect(log).toMatch(/<link[^>]* rel="alternate" type="application\/rss\+xml"[^>]* href="\/corrections\/feed\.xml"/u);
  expect(textOf(log)).toContain(`Correction 1, ${date} To the claim Where TTP attacks are planned ${WHY}`);
  expect(textOf(log)).not.toContain('No corrections have been made');

  // The pages with a correction on them are valid HTML too (the site-wide check sees the log empty).
  expect(await validateHtmlUnder(path.join(root, 'dist/corrections'))).toEqual([]);
  expect(await validateHtmlUnder(path.join(root, 'dist/claims/where-ttp-attacks-are-planned'))).toEqual([]);

  const feed = await read('corrections/feed.xml');
  expect(feed).toContain('<title>Correction 1: Where TTP attacks are planned</title>');
  expect(feed).toContain('<link>http://127.0.0.1:4321/corrections/#correction-1</link>');
  expect(feed).toContain(`<description>${WHY} Summary reworded. Before: “${SAYS_BEFORE}” After: “${SAYS_AFTER}”.</description>`);

  // Search finds it by its reason, under "Corrections", linked to its entry (the real corpus's index ships whole).
  const manifest = JSON.parse(await read('search/index.json')) as SearchManifest;
  const searcher = createSearcher(manifest, () => Promise.reject(new Error('the index ships whole')));
  const groups = (await searcher.search('keeps to the tense')).groups;
  expect(groups.find((group) => group.kind === 'correction')?.hits.map((hit) => [hit.title, hit.href])).toEqual([['Correction 1: Where TTP attacks are planned', '/corrections/#correction-1']]);
});
