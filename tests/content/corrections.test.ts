/**
 * The corrections guard, on temporary copies of the project: a published claim changes only with a
 * correction on record (content/corrections.yaml) for each difference from its published version
 * (content/published-claims.json), and `npm run claims:publish` renews that version only then.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { today } from '../../src/lib/anchors/alias-advice.ts';
import { formatProblems } from '../../src/lib/problems/content-problems.ts';
import { validateContentAndRegister } from '../../src/validation/validate-content.ts';
import { copyBuildableProject, copyProject, editFile, removeCopies, runNpmScript } from '../support/project-copy.ts';

afterAll(removeCopies);

const DATE = today();
const CLAIM = 'content/claims/where-ttp-attacks-are-planned.yaml';
const LOG = 'content/corrections.yaml';
const SNAPSHOT = 'content/published-claims.json';
const SAYS_BEFORE = 'say more than 80% of TTP attacks since August 2021 have been planned and executed from Afghan territory, citing UN Security Council monitoring reports.';
const SAYS_AFTER = 'say that more than 80% of TTP attacks since August 2021 were planned and executed from Afghan territory, citing UN Security Council monitoring reports.';
const WHY = 'The summary now keeps to the tense of the words it sums up.';

const ENTRY = `- number: 1
  date: ${DATE}
  claim: where-ttp-attacks-are-planned
  changes:
    - kind: summary reworded
      field: positions.pakistan.summary[0].says
      before: "${SAYS_BEFORE}"
      after: "${SAYS_AFTER}"
  why: "<one sentence for readers: why the claim changed>"`;

const TAKEN_QUOTE = `      - id: nukta-taliban-reject-safe-havens
        article: nukta-pakistan-reaffirms-core-concern
        speaker: nukta-editorial
        attribution: outlet
        text: a claim the Taliban deny
`;

/** The silent edit: one summary reworded. */
const rewordSummary = (root: string) => editFile(root, CLAIM, (text) => text.replace(`says: ${SAYS_BEFORE}`, `says: ${SAYS_AFTER}`));
const appendToLog = (root: string, entry: string) => editFile(root, LOG, (text) => `${text.trimEnd()}\n${entry}\n`);
const report = async (root: string) => formatProblems(await validateContentAndRegister(root));

describe('the content check', () => {
  test('a silent edit to a summary fails, naming the claim file, line and field, the words changed, and the entry to add', async () => {
    const root = await copyProject();
    await rewordSummary(root);
    expect(await report(root)).toBe(
      [
        'Content check failed: 1 problem in 1 file.',
        '',
        `${CLAIM}:9: positions.pakistan.summary[0].says: differs from the claim as published (${SNAPSHOT}), and no correction records it: summary reworded: say {+that+} more than 80% of TTP attacks since August 2021 [-have been-]{+were+} planned and executed from …. A published claim changes only with a correction on record: add this entry to the end of ${LOG}, write why, then run npm run claims:publish and commit the claim, the log and ${SNAPSHOT} together:`,
        ENTRY,
      ].join('\n'),
    );
  });

  test('the same edit passes once the entry is written, with its reason', async () => {
    const root = await copyProject();
    await rewordSummary(root);
    await appendToLog(root, ENTRY.replace('"<one sentence for readers: why the claim changed>"', WHY));
    expect(await validateContentAndRegister(root)).toEqual([]);
  });

  test('the entry as suggested, its reason not written, is refused', async () => {
    const root = await copyProject();
    await rewordSummary(root);
    await appendToLog(root, ENTRY);
    expect(await report(root)).toContain(`${LOG}:24: [0].why: is still the placeholder: say in a sentence why the claim changed`);
  });

  test('an entry excuses only the difference it records: another edit to the same claim still fails', async () => {
    const root = await copyProject();
    await rewordSummary(root);
    await appendToLog(root, ENTRY.replace('"<one sentence for readers: why the claim changed>"', WHY));
    await editFile(root, CLAIM, (text) => text.replace('title: Where TTP attacks are planned', 'title: Where TTP attacks are prepared'));
    const text = await report(root);
    expect(text).toContain(`${CLAIM}:1: title: differs from the claim as published (${SNAPSHOT}), and no correction records it: title reworded: Where TTP attacks are [-planned-]{+prepared+}.`);
    expect(text).toContain('Content check failed: 1 problem in 1 file.');
    expect(text).toContain('- number: 2\n');
  });

  test('an entry that records no difference (a stale or mistaken one) fails, at its line in the log', async () => {
    const root = await copyProject();
    await appendToLog(root, ENTRY.replace('"<one sentence for readers: why the claim changed>"', WHY));
    expect(await report(root)).toBe(
      [
        'Content check failed: 1 problem in 1 file.',
        '',
        `${LOG}:20: [0].changes[0]: records a change to claim "where-ttp-attacks-are-planned" that it does not have: no difference of this kind at this field: the claim's positions.pakistan.summary[0].says is as published (${SNAPSHOT}). If the correction was already published, it would be listed in the snapshot; otherwise remove this change, or correct its kind and field`,
      ].join('\n'),
    );
  });

  test('an entry whose words are not the edit made fails, showing the difference there is', async () => {
    const root = await copyProject();
    await rewordSummary(root);
    await appendToLog(root, ENTRY.replace('"<one sentence for readers: why the claim changed>"', WHY).replace(`after: "${SAYS_AFTER}"`, 'after: "say something else."'));
    const text = await report(root);
    expect(text).toContain(`${LOG}:20: [0].changes[0]: records a change to claim "where-ttp-attacks-are-planned" that it does not have: the difference there is: summary reworded: say {+that+} more`);
    expect(text).toContain(`${CLAIM}:9: positions.pakistan.summary[0].says: differs from the claim as published`);
  });

  test('a removed quote without an entry fails, and with its entry still needs the alias that keeps its link', async () => {
    const root = await copyProject();
    await editFile(root, CLAIM, (text) => text.replace(TAKEN_QUOTE, ''));
    const link = '/claims/where-ttp-attacks-are-planned/#nukta-taliban-reject-safe-havens';
    const without = await report(root);
    expect(without).toContain(
      `${CLAIM}:57: positions.taliban.accounts[0]: differs from the claim as published (${SNAPSHOT}), and no correction records it: quote removed (quote nukta-taliban-reject-safe-havens): it was "a claim the Taliban deny". Its published link ${link} must keep landing on its words, with or without a correction: content/aliases.yaml needs an entry for it`,
    );
    expect(without).toContain('    - kind: quote removed\n      field: positions.taliban.accounts[0]\n      quote: nukta-taliban-reject-safe-havens\n      before: a claim the Taliban deny\n');

    await appendToLog(
      root,
      `- number: 1\n  date: ${DATE}\n  claim: where-ttp-attacks-are-planned\n  changes:\n    - kind: quote removed\n      field: positions.taliban.accounts[0]\n      quote: nukta-taliban-reject-safe-havens\n      before: a claim the Taliban deny\n  why: The words report Pakistan’s claim being denied and add nothing the other two quotes do not.`,
    );
    const withEntry = await report(root);
    expect(withEntry).toContain(`The build no longer publishes 1 registered anchor; links to it would break:\n  ${link}`);
    expect(withEntry).not.toContain(CLAIM);

    await writeFile(
      path.join(root, 'content/aliases.yaml'),
      `- from: ${link}\n  change: moved\n  to: /articles/nukta-pakistan-reaffirms-core-concern/#p-authorities-in-islamabad-blame-the-tehreek\n  date: ${DATE}\n`,
    );
    expect(await validateContentAndRegister(root)).toEqual([]);
  });

  test("a quote's words never change under its id, correction or not", async () => {
    const root = await copyProject();
    await editFile(root, CLAIM, (text) => text.replace('text: a claim the Taliban deny', 'text: a claim the Taliban deny.'));
    const text = await report(root);
    expect(text).toContain(
      `${CLAIM}:61: positions.taliban.accounts[0].text: is the text of quote nukta-taliban-reject-safe-havens, published with other words (${SNAPSHOT}): quote reworded (quote nukta-taliban-reject-safe-havens): a claim the Taliban [-deny-]{+deny.+}. A quote's id stays with the words it was published with, so no correction can change them`,
    );
  });

  test('a published quote id given to other words in another claim is refused', async () => {
    const root = await copyProject();
    await editFile(root, CLAIM, (text) => text.replace(TAKEN_QUOTE, ''));
    await editFile(root, 'content/claims/responsibility-for-talks-failure.yaml', (text) => text.replace(/^( {6}- id: )[a-z0-9-]+$/mu, '$1nukta-taliban-reject-safe-havens'));
    expect(await report(root)).toMatch(
      /content\/claims\/responsibility-for-talks-failure\.yaml:\d+: [a-z.]+\[0\]\.id: "nukta-taliban-reject-safe-havens" was published in claim "where-ttp-attacks-are-planned" with other words \("a claim the Taliban deny"\): a quote id is retired with its words and never given to others; choose a new id/u,
    );
  });

  test('a claim renamed with its alias is compared under its new id: unchanged it passes, edited it needs a correction there', async () => {
    const root = await copyProject();
    const [from, to] = ['goodwill-toward-the-other-people', 'goodwill-between-the-peoples'];
    await rename(path.join(root, `content/claims/${from}.yaml`), path.join(root, `content/claims/${to}.yaml`));
    for (const other of ['readiness-to-use-force', 'stance-of-the-public-in-pakistan-and-afghanistan']) await editFile(root, `content/claims/${other}.yaml`, (text) => text.replace(`  - ${from}\n`, `  - ${to}\n`));
    await writeFile(path.join(root, 'content/aliases.yaml'), `- from: /claims/${from}/\n  change: renamed\n  to: /claims/${to}/\n  date: ${DATE}\n`);
    expect(await validateContentAndRegister(root)).toEqual([]);

    await editFile(root, `content/claims/${to}.yaml`, (text) => text.replace('says: says Pakistan “remains committed', 'says: says that Pakistan “remains committed'));
    const text = await report(root);
    expect(text).toContain(`content/claims/${to}.yaml:12: positions.pakistan.summary[1].says: differs from the claim as published (${SNAPSHOT}), and no correction records it: summary reworded: says {+that+} Pakistan “remains committed`);
    expect(text).toContain(`  claim: ${to}\n`);
  });

  test('a missing or hand-edited snapshot fails, saying how to restore it', async () => {
    const root = await copyProject();
    await writeFile(path.join(root, SNAPSHOT), '{ "since": "2026-12-01" ');
    expect(await report(root)).toMatch(new RegExp(`^${SNAPSHOT}: file: is not valid JSON \\(.+\\): it is written by npm run claims:publish and never edited by hand; restore it \\(git checkout -- ${SNAPSHOT}\\)$`, 'mu'));
  });

  test('corrections are numbered 1, 2, 3 … in the order of the list', async () => {
    const root = await copyProject();
    await rewordSummary(root);
    await appendToLog(root, ENTRY.replace('"<one sentence for readers: why the claim changed>"', WHY).replace('number: 1', 'number: 2'));
    expect(await report(root)).toContain(`${LOG}:16: [0].number: must be 1: corrections are numbered 1, 2, 3 … in the order they were made, and this is entry 1 of the list (found 2)`);
  });
});

describe('npm run claims:publish', () => {
  test('refuses while a difference has no entry; with it, renews the snapshot, and the entry stays as history that is never rewritten', async () => {
    const root = await copyBuildableProject();
    const snapshot = () => readFile(path.join(root, SNAPSHOT), 'utf8');
    const published = await snapshot();
    await rewordSummary(root);

    const refused = runNpmScript(root, 'claims:publish');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`${CLAIM}:9: positions.pakistan.summary[0].says: differs from the claim as published`);
    expect(refused.output).toContain(`Nothing was published: ${SNAPSHOT} is unchanged.`);
    expect(await snapshot()).toBe(published);

    await appendToLog(root, ENTRY.replace('"<one sentence for readers: why the claim changed>"', WHY));
    const renewed = runNpmScript(root, 'claims:publish');
    expect(renewed.output).toContain(`${SNAPSHOT} renewed: 23 claims published (0 new, 0 gone), 1 correction on record (1 new).`);
    expect(renewed.status).toBe(0);
    const next = JSON.parse(await snapshot()) as { corrections: Record<string, string>; claims: Record<string, { positions: { pakistan: { summary: { says: string }[] } } }> };
    expect(next.claims['where-ttp-attacks-are-planned']?.positions.pakistan.summary[0]?.says).toBe(SAYS_AFTER);
    expect(Object.keys(next.corrections)).toEqual(['1']);

    // Published, the entry is history: it records no difference now, and that is right.
    expect(runNpmScript(root, 'validate').status).toBe(0);
    // History is never rewritten, nor removed.
    await editFile(root, LOG, (text) => text.replace(WHY, 'The summary now follows the quote.'));
    expect(runNpmScript(root, 'validate').output).toContain(`${LOG}:16: [0]: correction 1 was published as it stood when npm run claims:publish last ran, and has been edited since: a published correction is never rewritten`);
    await editFile(root, LOG, (text) => text.slice(0, text.indexOf('- number: 1')));
    expect(runNpmScript(root, 'validate').output).toContain(`${LOG}: corrections: correction 1 was published (${SNAPSHOT} lists it) and is gone from the log: a published correction stays on record for good`);
  });

  test('with no snapshot yet, the first run writes one, the log beginning today', async () => {
    const root = await copyBuildableProject();
    await rm(path.join(root, SNAPSHOT));
    const first = runNpmScript(root, 'claims:publish');
    expect(first.output).toContain(`${SNAPSHOT} renewed: 23 claims published (23 new, 0 gone), 0 corrections on record (0 new).`);
    const snapshot = JSON.parse(await readFile(path.join(root, SNAPSHOT), 'utf8')) as { since: string; claims: Record<string, { published: string }> };
    expect(snapshot.since).toBe(DATE);
    expect(snapshot.claims['where-ttp-attacks-are-planned']?.published).toBe(DATE);
  });

  test('a quote id removed by a published correction is retired: it never comes back on other words', async () => {
    const root = await copyBuildableProject();
    await editFile(root, CLAIM, (text) => text.replace(TAKEN_QUOTE, ''));
    await appendToLog(
      root,
      `- number: 1\n  date: ${DATE}\n  claim: where-ttp-attacks-are-planned\n  changes:\n    - kind: quote removed\n      field: positions.taliban.accounts[0]\n      quote: nukta-taliban-reject-safe-havens\n      before: a claim the Taliban deny\n  why: The words report Pakistan’s claim being denied and add nothing the other two quotes do not.`,
    );
    await writeFile(
      path.join(root, 'content/aliases.yaml'),
      `- from: /claims/where-ttp-attacks-are-planned/#nukta-taliban-reject-safe-havens\n  change: moved\n  to: /articles/nukta-pakistan-reaffirms-core-concern/#p-authorities-in-islamabad-blame-the-tehreek\n  date: ${DATE}\n`,
    );
    const published = runNpmScript(root, 'claims:publish');
    expect(published.status, published.output).toBe(0);
    expect(await readFile(path.join(root, SNAPSHOT), 'utf8')).not.toContain('"nukta-taliban-reject-safe-havens"');

    await editFile(root, 'content/claims/responsibility-for-talks-failure.yaml', (text) => text.replace(/^( {6}- id: )[a-z0-9-]+$/mu, '$1nukta-taliban-reject-safe-havens'));
    expect(runNpmScript(root, 'validate').output).toMatch(
      /content\/claims\/responsibility-for-talks-failure\.yaml:\d+: [a-z.]+\[0\]\.id: "nukta-taliban-reject-safe-havens" was removed from claim "where-ttp-attacks-are-planned" by correction 1, with other words \("a claim the Taliban deny"\): a quote id is retired with its words and never given to others; choose a new id/u,
    );
  });
});
