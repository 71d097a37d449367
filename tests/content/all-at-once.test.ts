/**
 * Every problem at once: a schema error in a file hides none of that file's other checks, and an
 * article that fails its own checks hides nothing that does not depend on it; what does depend on
 * it is named in one note, saying why it was not checked. Each case edits a temporary copy of
 * content/ and asserts the exact report lines.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, editFile, removeCopies } from '../support/project-copy.ts';

afterAll(removeCopies);

const TTP = 'content/claims/where-ttp-attacks-are-planned.yaml';
const HTN = 'content/articles/htnworld-muttaqi-blames-pakistan.md';
const NUKTA = 'content/articles/nukta-pakistan-reaffirms-core-concern.md';

/** An edit replacing `from`, which must occur exactly once, so a stale test cannot pass by editing nothing. */
const swap =
  (from: string, to: string) =>
  (text: string): string => {
    const occurrences = text.split(from).length - 1;
    if (occurrences !== 1) throw new Error(`the fixture has ${occurrences} occurrences of ${JSON.stringify(from)}, not 1`);
    return text.replace(from, to);
  };

/** Several edits to one file, in order. */
const edits =
  (...steps: ((text: string) => string)[]) =>
  (text: string): string =>
    steps.reduce((out, step) => step(out), text);

/** The full report (without the summary line) after editing a fresh copy of content/. */
async function reportAfter(changes: Record<string, (text: string) => string>, newFiles: Record<string, string> = {}): Promise<string[]> {
  const root = await copyProject();
  for (const [file, edit] of Object.entries(changes)) await editFile(root, file, edit);
  for (const [file, text] of Object.entries(newFiles)) await writeFile(path.join(root, file), text);
  return formatProblems(await validateContent(root))
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

describe('a schema error hides none of the file’s other checks', () => {
  test('a claim with a schema error, a quote not in its article and an unknown topic: all three', async () => {
    expect(
      await reportAfter({
        [TTP]: edits(
          swap('topic: militancy', 'topic: militansy'),
          swap('        attribution: unnamed\n        text: Pakistani officials', '        attribution: Unnamed\n        text: Pakistani officials'),
          swap('for deadly attacks inside Pakistan. The government says', 'for deadly attacks in Pakistan. The government says'),
        ),
      }),
    ).toEqual([
      `${TTP}:3: topic: names topic "militansy", which is not in content/topics.yaml`,
      `${TTP}:21: positions.pakistan.quotes[0].attribution: must be one of: direct, reported, unnamed, outlet (found the text "Unnamed")`,
      `${TTP}:27: positions.pakistan.quotes[1].text: is not in article "nukta-pakistan-reaffirms-core-concern": quotes must be copied exactly, only whitespace may differ; the closest passage is in #p-authorities-in-islamabad-blame-the-tehreek: "Authorities in Islamabad blame the Tehreek-e-Taliban Pakistan, or TTP, and the Balochistan Liberation Army, or BLA, f…", which differs from the quote at character 136: "inside" in the article, i U+0069 and n U+006E in the quote ("…y, or BLA, for deadly attacks inside Pakistan. The government says…" in the article, "…y, or BLA, for deadly attacks in Pakistan. The government says…" in the quote)`,
    ]);
  });

  test('a quote that fails the schema itself still has its words, speaker and id checked', async () => {
    expect(
      await reportAfter({
        [TTP]: edits(
          swap('        speaker: pakistani-officials\n        attribution: unnamed', '        speaker: pakistani-oficials\n        attribution: Unnamed'),
          swap('maintain that more than 80% of TTP attacks', 'maintain that more than 90% of TTP attacks'),
        ),
      }),
    ).toEqual([
      `${TTP}:20: positions.pakistan.quotes[0].speaker: names person "pakistani-oficials", who is not in content/people/`,
      `${TTP}:21: positions.pakistan.quotes[0].attribution: must be one of: direct, reported, unnamed, outlet (found the text "Unnamed")`,
      `${TTP}:22: positions.pakistan.quotes[0].text: is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly, only whitespace may differ; the closest passage is in #p-islamabad-categorically-rejects-kabuls-claims-pakistani: "Pakistani officials maintain that more than 80% of TTP attacks since August 2021 have been planned and executed from …", which differs from the quote at character 45: 8 U+0038 in the article, 9 U+0039 in the quote ("…cials maintain that more than 80% of TTP attacks since August…" in the article, "…cials maintain that more than 90% of TTP attacks since August…" in the quote)`,
    ]);
  });

  test('a summary item that fails the schema leaves the other items checked', async () => {
    expect(
      await reportAfter({
        [TTP]: edits(
          swap('      - quotes:\n          - nukta-islamabad-ttp-bla-safe-havens\n        says:', '      - quotes:\n          - nukta-islamabad-ttp-bla-safe-havens\n        sayz:'),
          swap('offensive, “Operation Zarb-e-Azb, in 2015”', 'offensive, “Operation Zarb-e-Azb in 2014”'),
        ),
      }),
    ).toEqual([
      `${TTP}:10: positions.pakistan.summary[1].says: is required but missing`,
      `${TTP}:12: positions.pakistan.summary[1].sayz: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
      `${TTP}:16: positions.pakistan.summary[2].says: puts "Operation Zarb-e-Azb in 2014" in quotation marks, but no quote of this item holds those words exactly`,
    ]);
  });

  test('a person with a schema error still has roles and spellings checked', async () => {
    const FILE = 'content/people/amir-khan-muttaqi.yaml';
    expect(
      await reportAfter({
        [FILE]: edits(swap('side: taliban', 'side: afghanistan'), swap('"Afghanistan’s Foreign Minister"', '"Afghanistan’s foreign minister"'), swap('  - Muttaqi\n', '  - Muttaqi\n  - Mutaqi\n')),
      }),
    ).toEqual([
      `${FILE}:3: side: must be one of: pakistan, taliban, neither (found the text "afghanistan")`,
      `${FILE}:5: roles[0].text: is not in article "nationpress-taliban-blame-failed-talks": a role must be copied exactly as the article gives it`,
      `${FILE}:10: spellings[2]: "Mutaqi" is in none of the articles: list only the forms the articles use`,
      `${FILE}: cited by: 36 quotes (in content/claims/afghan-refugees-in-pakistan.yaml, content/claims/border-fence-and-checkpoints.yaml, content/claims/commitments-on-use-of-afghan-soil.yaml and 14 more files) and 6 figure citations (in content/figures/checkpoints-built-along-the-border.yaml, content/figures/issues-resolved-in-earlier-pakistan-ttp-talks.yaml, content/figures/people-killed-in-two-decades-of-conflict.yaml and 1 more file) were not checked against this file, because it has problems of its own: fix them, and the check will look at these too`,
    ]);
  });

  test('a glossary entry with a schema error still has its usedIn lists checked', async () => {
    const FILE = 'content/glossary/turkey.yaml';
    expect(await reportAfter({ [FILE]: edits(swap('term: Turkey (Türkiye)', 'term: Turkey (Türkiye)\nsee: turkiye'), swap('    usedIn: []', '    usedIn: [nationpress-taliban-blame-failed-talks]')) })).toEqual([
      `${FILE}:2: see: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
      `${FILE}:9: variants[2].usedIn: lists nationpress-taliban-blame-failed-talks, which does not use "Türkiye"`,
    ]);
  });

  test('a statement with a schema error still has its renderings checked', async () => {
    const FILE = 'content/statements/muttaqi-ttp-active-25-years.yaml';
    expect(await reportAfter({ [FILE]: edits(swap('title: ', 'titel: '), swap('  - nationpress-muttaqi-ttp-active-25-years', '  - nationpress-muttaqi-ttp-active-20-years')) })).toEqual([
      `${FILE}: title: is required but missing`,
      `${FILE}:1: titel: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
      `${FILE}:4: renderings[1]: names quote "nationpress-muttaqi-ttp-active-20-years", which is in no claim`,
    ]);
  });

  test('a disagreement with a schema error still has its versions looked for', async () => {
    const FILE = 'content/disagreements/which-round-of-talks.yaml';
    expect(await reportAfter({ [FILE]: edits(swap('  date: 2026-12-01', '  date: 2026-12-32'), swap('"A second round in Istanbul was meant', '"A second round in Ankara was meant')) })).toEqual([
      `${FILE}:7: versions[1].text: is not in article "nukta-pakistan-reaffirms-core-concern": quotes must be copied exactly, only whitespace may differ; the closest passage is in #p-a-second-round-in-istanbul-was: "A second round in Istanbul was meant to finalize how that cooperation would work.", which differs from the quote at character 19: "Istanbul" in the article, "Ankara" in the quote ("A second round in Istanbul was meant to finalize how tha…" in the article, "A second round in Ankara was meant to finalize how tha…" in the quote)`,
      `${FILE}:18: notADisagreement.date: must be a real date written YYYY-MM-DD, e.g. 2025-11-10 (found the text "2026-12-32")`,
    ]);
  });

  test('a claim that fails the schema still declares its quotes, so statements naming them are not told they are in no claim', async () => {
    expect(await reportAfter({ 'content/claims/responsibility-for-talks-failure.yaml': swap('topic: talks\n', 'topic: talks\nsubtopic: failure\n') })).toEqual([
      'content/claims/responsibility-for-talks-failure.yaml:4: subtopic: is not a known field here: check its spelling, or see README.md for the fields this file takes',
    ]);
  });
});

describe('a broken article hides only what depends on it', () => {
  test('the review’s cascade: a broken article, a bad spelling, a wrong usedIn, a bad quote into the broken article and one into a good article', async () => {
    expect(
      await reportAfter({
        [NUKTA]: swap('outlet: "Nukta"', 'outlet: 42'),
        'content/people/amir-khan-muttaqi.yaml': swap('  - Muttaqi\n', '  - Muttaqi\n  - Mutaqi\n'),
        'content/glossary/turkey.yaml': swap('    usedIn: []', '    usedIn: [nationpress-taliban-blame-failed-talks]'),
        // Into the broken article: it cannot be checked until the article is fixed.
        [TTP]: edits(swap('for deadly attacks inside Pakistan. The government says', 'for deadly attacks in Pakistan. The government says'), swap('maintain that more than 80% of TTP attacks', 'maintain that more than 90% of TTP attacks')),
      }),
    ).toEqual([
      `${NUKTA}:2: outlet: must be text (found number 42)`,
      `${NUKTA}: cited by: 31 quotes (in content/claims/border-fence-and-checkpoints.yaml, content/claims/commitments-on-use-of-afghan-soil.yaml, content/claims/conditions-for-resuming-talks.yaml and 15 more files), 9 event reports (in content/events/ceasefire-talks-in-doha.yaml, content/events/operation-zarb-e-azb.yaml, content/events/pakistan-foreign-office-statement.yaml and 3 more files), 6 disagreement versions (in content/disagreements/when-the-istanbul-talks-were-held.yaml, content/disagreements/when-the-statements-were-made.yaml, content/disagreements/whether-pakistan-responded.yaml and 1 more file), 2 glossary descriptions (in content/glossary/operation-zarb-e-azb.yaml, content/glossary/tehrik-e-taliban-pakistan.yaml), 1 figure citation (in content/figures/length-of-the-border.yaml) and 1 event order (in content/events/second-round-in-istanbul.yaml) were not checked against this file, because it has problems of its own: fix them, and the check will look at these too`,
      `${NUKTA}: usage: the glossary's usedIn lists were checked against the other 4 articles only, and the outlets that editorial voices name not at all, because this one has problems of its own`,
      `${TTP}:22: positions.pakistan.quotes[0].text: is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly, only whitespace may differ; the closest passage is in #p-islamabad-categorically-rejects-kabuls-claims-pakistani: "Pakistani officials maintain that more than 80% of TTP attacks since August 2021 have been planned and executed from …", which differs from the quote at character 45: 8 U+0038 in the article, 9 U+0039 in the quote ("…cials maintain that more than 80% of TTP attacks since August…" in the article, "…cials maintain that more than 90% of TTP attacks since August…" in the quote)`,
      'content/glossary/turkey.yaml:8: variants[2].usedIn: lists nationpress-taliban-blame-failed-talks, which does not use "Türkiye"',
      'content/people/amir-khan-muttaqi.yaml:10: spellings[2]: "Mutaqi" is in none of the articles: list only the forms the articles use',
    ]);
  });

  test('the summary line counts the problems, not the notes', async () => {
    const root = await copyProject();
    await editFile(root, HTN, swap('outlet: "HTN World"', 'outlet: 42'));
    expect(formatProblems(await validateContent(root)).split('\n')[0]).toBe('Content check failed: 1 problem in 1 file.');
  });

  test('a spelling that only the broken article uses is not reported as used nowhere', async () => {
    // "Attaullah Tarar" is only in The South Asia Times; a changed word elsewhere in it breaks the article, not the spelling.
    const SAT = 'content/articles/southasiatimes-pakistan-afghanistan-trade-blame.md';
    const lines = await reportAfter({ [SAT]: swap('outlet: "The South Asia Times"', 'outlet: "The South Asia Times"\nautor: x') });
    expect(lines.filter((line) => line.startsWith('content/people/'))).toEqual([]);
    expect(lines[0]).toBe(`${SAT}:3: autor: is not a known field here: check its spelling, or see README.md for the fields this file takes`);
  });
});
