/**
 * Links that never break, case by case from the "Links" table of the reliability review
 * (../shared/reviews/reliability-review.md), each on a temporary copy of the project: what used to
 * pass silently, or fail with a weak or wrong message, now fails in `npm run validate` and in
 * `npm run build` alike, with the exact alias entries that keep the link, and passes once they are
 * pasted. No failure looks like a crash.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { today } from '../../src/lib/anchors/alias-advice.ts';
import { hashWords, parseRegister, readRegisterLines } from '../../src/lib/anchors/anchor-register.ts';
import { SITE } from '../../src/site-config.ts';
import { linesLostFromRegister } from '../../src/validation/register-history.ts';
import { commitCopy, copyBuildableProject, editFile, PROJECT_ROOT, removeCopies, runNpmScript } from '../support/project-copy.ts';

afterAll(removeCopies);

const REGISTER = 'content/published-anchors.txt';
const ALIASES = 'content/aliases.yaml';
const registered = parseRegister(await readFile(path.join(PROJECT_ROOT, REGISTER), 'utf8'));
const DATE = today();

/** The registered anchors of a page and its fragments, in register order. */
const anchorsOf = (page: string) => registered.filter((anchor) => anchor === page || anchor.startsWith(`${page}#`));

/** The report line that lists lost links, as validate prints it and the build logs it. */
const lostHeading = (count: number) =>
  `content/published-anchors.txt: registered anchors: The build no longer publishes ${count} registered ${count === 1 ? 'anchor' : 'anchors'}; links to ${count === 1 ? 'it' : 'them'} would break:`;

/** A build that failed cleanly: exit 1, the report, nothing that reads like a crash, dist/ untouched. */
function expectCleanFailure(result: { status: number | null; output: string }, report: string): void {
  expect(result.status).toBe(1);
  expect(result.output).toContain(report);
  expect(result.output).not.toMatch(/unhandled error|Stack trace|    at /iu);
}

/** Replaces the empty alias list with `entries`, or appends them. */
async function addAliases(root: string, entries: string): Promise<void> {
  const file = path.join(root, ALIASES);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.includes('\n[]\n') ? text.replace('\n[]\n', `\n${entries.trimEnd()}\n`) : `${text.trimEnd()}\n${entries.trimEnd()}\n`);
}

/** The alias entries a report says to paste: from its first `- from:` (or the comment above it) to the end of that block. */
function entriesToPaste(report: string): string {
  const start = report.search(/^(# .*\n)?- from: /mu);
  expect(start, report).toBeGreaterThan(-1);
  return report.slice(start).split(/\n(?=\S)(?!- |  |# )/u)[0] as string;
}

async function renameClaim(root: string, from: string, to: string): Promise<void> {
  const claims = path.join(root, 'content/claims');
  await rename(path.join(claims, `${from}.yaml`), path.join(claims, `${to}.yaml`));
  for (const other of ['readiness-to-use-force', 'stance-of-the-public-in-pakistan-and-afghanistan']) {
    await editFile(root, `content/claims/${other}.yaml`, (text) => text.replace(`  - ${from}\n`, `  - ${to}\n`));
  }
}

test('a claim renamed without an alias fails validate and build alike, with the alias to paste; pasted, both pass', async () => {
  const root = await copyBuildableProject();
  await renameClaim(root, 'goodwill-toward-the-other-people', 'goodwill-between-the-peoples');
  const lost = anchorsOf('/claims/goodwill-toward-the-other-people/');
  expect(lost).toHaveLength(11);
  const report = [
    lostHeading(11),
    ...lost.map((anchor) => `  ${anchor}`),
    'Keep them working: add this entry to content/aliases.yaml (a list; if the file holds only [], replace the [] with it):',
    '',
    '- from: /claims/goodwill-toward-the-other-people/',
    '  change: renamed',
    '  to: /claims/goodwill-between-the-peoples/',
    `  date: ${DATE}`,
  ].join('\n');

  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output.trim()).toBe(`Content check failed: 1 problem in 1 file.\n\n${report}`);
  expectCleanFailure(runNpmScript(root, 'build'), `Content check failed: 1 problem in 1 file.\n\n${report}`);

  await addAliases(root, entriesToPaste(report));
  expect(runNpmScript(root, 'validate').status).toBe(0);
  const build = runNpmScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  const oldPage = await readFile(path.join(root, 'dist/claims/goodwill-toward-the-other-people/index.html'), 'utf8');
  expect(oldPage).toContain(`<link rel="canonical" href="${SITE.url}/claims/goodwill-between-the-peoples/">`);
  for (const anchor of lost.filter((link) => link.includes('#'))) expect(oldPage).toContain(`id="${anchor.split('#')[1]}"`);
});

test('a registered fragment that was never published fails validate, not only the build', async () => {
  const root = await copyBuildableProject();
  await editFile(root, REGISTER, (text) => `${text}/claims/border-fence-and-checkpoints/#never-published\n`);
  const report = [
    lostHeading(1),
    '  /claims/border-fence-and-checkpoints/#never-published',
    'Keep it working: add this entry to content/aliases.yaml (a list; if the file holds only [], replace the [] with it):',
    '',
    '- from: /claims/border-fence-and-checkpoints/#never-published',
    '  change: moved',
    '  to: /claims/<claim>/#<id of the quote that now holds these words>',
    `  date: ${DATE}`,
  ].join('\n');
  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output.trim()).toBe(`Content check failed: 1 problem in 1 file.\n\n${report}`);
});

/** Restores, before a published paragraph, a capture line that opens with the same six words, in capture and copy alike. */
async function insertParagraphWithSameOpening(root: string): Promise<string> {
  const capture = 'content/captures/001_087e1671cc316080.txt';
  const article = 'content/articles/nukta-pakistan-reaffirms-core-concern.md';
  const published = 'Pakistan said it expected the Taliban leadership to restrain militants over time.';
  const inserted = 'Pakistan said it expected the Taliban to keep the promises made in Doha.';
  await editFile(root, capture, (text) => text.replace(published, `${inserted}\n\n${published}`));
  const sha256 = createHash('sha256').update(await readFile(path.join(root, capture))).digest('hex');
  await editFile(root, article, (text) => text.replace(/sha256: [0-9a-f]{64}/u, `sha256: ${sha256}`).replace(published, `${inserted}\n\n${published}`));
  return inserted;
}

test('a paragraph restored before one with the same first six words: the registered link would land on other words', async () => {
  const root = await copyBuildableProject();
  const inserted = await insertParagraphWithSameOpening(root);
  const page = '/articles/nukta-pakistan-reaffirms-core-concern/';
  const anchor = `${page}#p-pakistan-said-it-expected-the-taliban`;
  const { entries } = readRegisterLines(await readFile(path.join(root, REGISTER), 'utf8'));
  const entry = entries.find((candidate) => candidate.anchor === anchor);
  expect(entry?.words).toMatch(/^[0-9a-f]{8}$/u);
  const report = [
    `content/published-anchors.txt:${entry?.line}: ${anchor}: now lands on other words: it was registered on words hashed ${entry?.words}, and now lands on "${inserted}" (${hashWords(inserted)}). The words it was published with are now at #p-pakistan-said-it-expected-the-taliban-3: keep the link on them with this entry in content/aliases.yaml (the alias also stops any other paragraph taking the old id):`,
    `- from: ${anchor}`,
    '  change: moved',
    `  to: ${page}#p-pakistan-said-it-expected-the-taliban-3`,
    `  date: ${DATE}`,
  ].join('\n');

  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output.trim()).toBe(`Content check failed: 1 problem in 1 file.\n\n${report}`);
  expectCleanFailure(runNpmScript(root, 'build'), report);

  await addAliases(root, entriesToPaste(report));
  expect(runNpmScript(root, 'validate').output.trim()).toBe(
    'Content check passed: every article is valid and faithful to its capture, and every registered link still lands on its words.',
  );
  const build = runNpmScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  const html = await readFile(path.join(root, 'dist/articles/nukta-pakistan-reaffirms-core-concern/index.html'), 'utf8');
  // The restored paragraph takes the next free id; the old link's id sits in the paragraph it was published on.
  expect(html).toContain(`<p id="p-pakistan-said-it-expected-the-taliban-2">${inserted} <a class="pilcrow" href="#p-pakistan-said-it-expected-the-taliban-2"`);
  expect(html).toMatch(/<p id="p-pakistan-said-it-expected-the-taliban-3"><span id="p-pakistan-said-it-expected-the-taliban" class="anchor-alias"><\/span>(<mark[^>]*>)?Pakistan said it expected the Taliban leadership/u);
  expect(html.match(/id="p-pakistan-said-it-expected-the-taliban"/gu)).toHaveLength(1);
});

test('an alias for a paragraph that still lands on its words is refused', async () => {
  const root = await copyBuildableProject();
  const page = '/articles/nukta-pakistan-reaffirms-core-concern/';
  await addAliases(root, `- from: ${page}#p-pakistan-said-it-expected-the-taliban\n  change: moved\n  to: ${page}#p-reuters\n  date: 2026-11-23\n`);
  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output).toContain(`content/aliases.yaml:14: [0].from: ${page}#p-pakistan-said-it-expected-the-taliban still exists: an alias is only for a link whose target has gone`);
});

test('register lines deleted by hand and the claim renamed: anchors:register refuses, and the history check names the lines', async () => {
  const root = await copyBuildableProject();
  await commitCopy(root);
  const claim = '/claims/goodwill-toward-the-other-people/';
  const lines = (await readFile(path.join(root, REGISTER), 'utf8')).split('\n').filter((line) => line.startsWith(claim));
  expect(lines).toHaveLength(11);
  await editFile(root, REGISTER, (text) => text.split('\n').filter((line) => !line.startsWith(claim)).join('\n'));
  const before = await readFile(path.join(root, REGISTER), 'utf8');
  await renameClaim(root, 'goodwill-toward-the-other-people', 'goodwill-between-the-peoples');

  expect(linesLostFromRegister(root).map(({ line }) => line)).toEqual(lines);
  const register = runNpmScript(root, 'anchors:register');
  expect(register.status).toBe(1);
  expect(register.output).toContain(
    [
      'Content check failed: 1 problem in 1 file.',
      '',
      lostHeading(11),
      ...anchorsOf(claim).map((anchor) => `  ${anchor}`),
      'Keep them working: add this entry to content/aliases.yaml (a list; if the file holds only [], replace the [] with it):',
      '',
      `- from: ${claim}`,
      '  change: renamed',
      '  to: /claims/goodwill-between-the-peoples/',
      `  date: ${DATE}`,
      '',
      '11 of these are no longer in content/published-anchors.txt, but an earlier commit registered them: a published link stays registered for good.',
      'Nothing was registered: content/published-anchors.txt is unchanged.',
    ].join('\n'),
  );
  expect(await readFile(path.join(root, REGISTER), 'utf8')).toBe(before);
});

test('a line deleted by hand whose anchor is still published is put back by anchors:register, words and all', async () => {
  const root = await copyBuildableProject();
  await commitCopy(root);
  const original = await readFile(path.join(root, REGISTER), 'utf8');
  const line = original.split('\n').find((candidate) => candidate.startsWith('/claims/where-ttp-attacks-are-planned/#htn-officials-80-percent-from-afghan-territory ')) as string;
  await editFile(root, REGISTER, (text) => text.replace(`${line}\n`, ''));
  const register = runNpmScript(root, 'anchors:register');
  expect(register.status, register.output).toBe(0);
  expect(register.output).toContain(
    `0 new anchors registered; 1 line put back from the register's history (/claims/where-ttp-attacks-are-planned/#htn-officials-80-percent-from-afghan-territory); ${registered.length} in all.`,
  );
  expect(await readFile(path.join(root, REGISTER), 'utf8')).toBe(original);
});

test('a deleted register fails validate and build, and anchors:register refuses', async () => {
  const root = await copyBuildableProject();
  await commitCopy(root);
  await rm(path.join(root, REGISTER));
  await renameClaim(root, 'goodwill-toward-the-other-people', 'goodwill-between-the-peoples');
  const report = `Content check failed: 1 problem in 1 file.\n\ncontent/published-anchors.txt: file: is missing: it lists every URL and fragment the site has published, which must keep working; restore it (git checkout -- content/published-anchors.txt)`;
  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output.trim()).toBe(report);
  expectCleanFailure(runNpmScript(root, 'build'), report);
  expect(linesLostFromRegister(root)).toHaveLength(registered.length);
  expect(runNpmScript(root, 'anchors:register').status).toBe(1);
});

test('a withdrawn claim keeps its quotes on its tombstone, their words checked against the article', async () => {
  const root = await copyBuildableProject();
  await commitCopy(root);
  const claim = '/claims/border-fence-and-checkpoints/';
  await rm(path.join(root, 'content/claims/border-fence-and-checkpoints.yaml'));
  for (const other of ['where-ttp-attacks-are-planned', 'trade-and-transit-as-leverage', 'afghan-refugees-in-pakistan', 'cross-border-strikes-and-sovereignty', 'status-of-ttp-members-in-afghanistan']) {
    await editFile(root, `content/claims/${other}.yaml`, (text) => text.replace('  - border-fence-and-checkpoints\n', ''));
  }
  // The figures name the claim no more: the checkpoints' words are quoted word for word in another claim too.
  await editFile(root, 'content/figures/checkpoints-built-along-the-border.yaml', (text) =>
    text.replace('claim: border-fence-and-checkpoints\n', '').replace('quote: htn-muttaqi-hundreds-of-checkpoints', 'quote: htn-muttaqi-refugees-relocated-at-own-expense'),
  );
  await editFile(root, 'content/figures/length-of-the-border.yaml', (text) => text.replace('claim: border-fence-and-checkpoints\n', '').replace('    quote: nukta-editorial-porous-border\n', ''));
  const note = 'Its two quotes turned out to describe one remark.';
  const withdrawn = `- from: ${claim}\n  change: withdrawn\n  date: 2026-11-24\n  note: ${note}\n`;
  await addAliases(root, withdrawn);

  // Two of its quotes are in no other claim: the tombstone must keep them. The third is, word for word, in another claim.
  const report = [
    lostHeading(3),
    `  ${claim}#htn-muttaqi-how-militants-cross-fenced-border`,
    `  ${claim}#htn-muttaqi-hundreds-of-checkpoints`,
    `  ${claim}#nukta-editorial-porous-border`,
    'Keep them working: add these entries to content/aliases.yaml (a list; if the file holds only [], replace the [] with them):',
    '',
    `- from: ${claim}#htn-muttaqi-hundreds-of-checkpoints`,
    '  change: moved',
    '  to: /claims/afghan-refugees-in-pakistan/#htn-muttaqi-refugees-relocated-at-own-expense',
    `  date: ${DATE}`,
    `# replaces the entry for ${claim} in the file: its tombstone keeps these quotes, with the words they had`,
    `- from: ${claim}`,
    '  change: withdrawn',
    `  date: ${DATE}`,
    `  note: ${note}`,
    '  quotes:',
    '    - id: htn-muttaqi-how-militants-cross-fenced-border',
    '      article: htnworld-muttaqi-blames-pakistan',
    '      text: "He further questioned how militants could cross the border despite fencing, surveillance systems, and fortified checkpoints on the Pakistani side."',
    '    - id: nukta-editorial-porous-border',
    '      article: nukta-pakistan-reaffirms-core-concern',
    '      text: "The discussions were aimed at easing tensions between the neighboring countries that share a porous 1,600-mile border."',
  ].join('\n');
  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output.trim()).toBe(`Content check failed: 1 problem in 1 file.\n\n${report}`);
  expectCleanFailure(runNpmScript(root, 'build'), report);

  await editFile(root, ALIASES, (text) => text.replace(withdrawn, `${entriesToPaste(report)}\n`));
  expect(runNpmScript(root, 'validate').status).toBe(0);
  const build = runNpmScript(root, 'build');
  expect(build.status, build.output).toBe(0);
  const tombstone = await readFile(path.join(root, 'dist/claims/border-fence-and-checkpoints/index.html'), 'utf8');
  expect(tombstone).toContain('>This claim was withdrawn</h1>');
  expect(tombstone).toContain(note);
  const site = SITE.url.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  expect(tombstone).toMatch(
    new RegExp(
      `<figure id="htn-muttaqi-how-militants-cross-fenced-border"[^>]*><blockquote cite="${site}/articles/htnworld-muttaqi-blames-pakistan/#p-[a-z0-9-]+"[^>]*><p[^>]*>He further questioned how militants could cross the border despite fencing, surveillance systems, and fortified checkpoints on the Pakistani side\\.</p>`,
      'u',
    ),
  );
  expect(tombstone).toMatch(/<figure id="nukta-editorial-porous-border"/u);
  expect(tombstone).toMatch(/<li id="htn-muttaqi-hundreds-of-checkpoints"/u);
});

test('a tombstone quote whose words are not in its article is refused', async () => {
  const root = await copyBuildableProject();
  await rm(path.join(root, 'content/claims/border-fence-and-checkpoints.yaml'));
  for (const other of ['where-ttp-attacks-are-planned', 'trade-and-transit-as-leverage', 'afghan-refugees-in-pakistan', 'cross-border-strikes-and-sovereignty', 'status-of-ttp-members-in-afghanistan']) {
    await editFile(root, `content/claims/${other}.yaml`, (text) => text.replace('  - border-fence-and-checkpoints\n', ''));
  }
  await addAliases(
    root,
    [
      '- from: /claims/border-fence-and-checkpoints/',
      '  change: withdrawn',
      '  date: 2026-11-24',
      '  note: Withdrawn.',
      '  quotes:',
      '    - id: htn-muttaqi-how-militants-cross-fenced-border',
      '      article: htnworld-muttaqi-blames-pakistan',
      '      text: "He further questioned how militants could cross the border despite the fence."',
    ].join('\n'),
  );
  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output).toMatch(
    /^content\/aliases\.yaml:21: \[0\]\.quotes\[0\]\.text: is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly, only whitespace may differ; the closest passage is in #p-according-to-muttaqi-pakistan-has-repeatedly: "Afghan territory\. He further questioned how militants could cross the border despite", which differs from the quote at character 67: nothing in the article, " the fence\." in the quote /mu,
  );
  // The tombstone would show other words at the old link: refused too, saying which words it must keep.
  expect(validate.output).toMatch(
    /^content\/published-anchors\.txt:\d+: \/claims\/border-fence-and-checkpoints\/#htn-muttaqi-how-militants-cross-fenced-border: now lands on other words: it was registered on words hashed [0-9a-f]{8}, and now lands on "He further questioned how militants could cross the border despite the fence\." \([0-9a-f]{8}\)\. A tombstone keeps each quote with the words it was published with: write them under quotes: in the entry for \/claims\/border-fence-and-checkpoints\/ in content\/aliases\.yaml, as its last committed claim file has them$/mu,
  );
});

test('an alias for an article page is refused: it could keep nothing working', async () => {
  const root = await copyBuildableProject();
  const articles = path.join(root, 'content/articles');
  await rename(path.join(articles, 'nukta-pakistan-reaffirms-core-concern.md'), path.join(articles, 'nukta-pakistan-reaffirms-concern.md'));
  await addAliases(root, '- from: /articles/nukta-pakistan-reaffirms-core-concern/\n  change: renamed\n  to: /articles/nukta-pakistan-reaffirms-concern/\n  date: 2026-11-23\n');
  const validate = runNpmScript(root, 'validate');
  expect(validate.status).toBe(1);
  expect(validate.output).toContain(
    'content/aliases.yaml:14: [0].from: cannot be an article page: articles keep their address for good (never rename or remove an article file); only a paragraph of one can move, as /articles/<id>/#<paragraph> with change: moved',
  );
  const lost = anchorsOf('/articles/nukta-pakistan-reaffirms-core-concern/');
  expect(validate.output).toContain(
    [
      lostHeading(lost.length),
      ...lost.map((anchor) => `  ${anchor}`),
      'No alias can keep these: only claims, quotes and article paragraphs can move. Put back what published them:',
      ...lost.map((anchor) => `  ${anchor}`),
    ].join('\n'),
  );
  expectCleanFailure(runNpmScript(root, 'build'), 'cannot be an article page');
});
