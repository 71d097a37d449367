/**
 * Bad figures, each edited into a temporary copy of content/: the report names the file, the line,
 * the field and what is wrong.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, editFile, removeCopies } from '../support/project-copy.ts';

afterAll(removeCopies);

/** The report after one edit of `file` in a copy of content/. */
async function problemsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  const root = await copyProject();
  await editFile(root, file, edit);
  return formatProblems(await validateContent(root))
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

/** An edit replacing `from`, which must occur exactly once, so a stale test cannot pass by editing nothing. */
const swap =
  (from: string, to: string) =>
  (text: string): string => {
    const occurrences = text.split(from).length - 1;
    if (occurrences !== 1) throw new Error(`the fixture has ${occurrences} occurrences of ${JSON.stringify(from)}, not 1`);
    return text.replace(from, to);
  };

const KILLED = 'content/figures/people-killed-in-two-decades-of-conflict.yaml';
const ARRESTED = 'content/figures/iskp-militants-arrested-in-afghanistan.yaml';
const SUSPECTS = 'content/figures/suspects-arrested-in-india.yaml';
const CHECKPOINTS = 'content/figures/checkpoints-built-along-the-border.yaml';
const ATTACKS = 'content/figures/share-of-ttp-attacks-planned-from-afghan-territory.yaml';

describe('figures', () => {
  test('the figures as committed pass', async () => {
    expect(formatProblems(await validateContent(await copyProject()))).not.toContain('content/figures/');
  });

  test('a wording that is not in the article', async () => {
    const problems = await problemsAfter(KILLED, swap('wording: 70,000 to 80,000 people', 'wording: 75,000 people'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${KILLED}:7: citations\\[0\\]\\.wording: is not in article "htnworld-muttaqi-blames-pakistan": a wording must be copied exactly, only whitespace may differ`, 'u'),
    );
  });

  test('a wording with no number', async () => {
    expect(await problemsAfter(SUSPECTS, swap('wording: three suspects', 'wording: suspects'))).toEqual([
      `${SUSPECTS}:7: citations[0].wording: holds no number: a wording is one number (or one range, or a size such as "hundreds") and its object, e.g. "70,000 to 80,000 people"`,
    ]);
  });

  test('a speaker who is not in content/people', async () => {
    expect(await problemsAfter(SUSPECTS, swap('speaker: htn-world-editorial', 'speaker: htn-reporter'))).toEqual([
      `${SUSPECTS}:8: citations[0].speaker: names "htn-reporter", who is not in content/people/`,
    ]);
  });

  test('a quote that does not hold the wording', async () => {
    expect(await problemsAfter(KILLED, swap('quote: htn-muttaqi-ttp-active-25-years', 'quote: htn-muttaqi-90-percent-resolved'))).toEqual([
      `${KILLED}:8: citations[0].quote: does not hold the wording "70,000 to 80,000 people" (the quote is "claimed that Kabul facilitated previous talks between Pakistan and the TTP th…"): name the quote whose words contain it, or none`,
    ]);
  });

  test('a quote that no claim has', async () => {
    expect(await problemsAfter(KILLED, swap('quote: htn-muttaqi-ttp-active-25-years', 'quote: htn-muttaqi-no-such-quote'))).toEqual([
      `${KILLED}:8: citations[0].quote: names quote "htn-muttaqi-no-such-quote", which is in no claim`,
    ]);
  });

  test('a wording inside a quote that the citation does not name', async () => {
    expect(await problemsAfter(ATTACKS, swap('    quote: htn-officials-80-percent-from-afghan-territory\n', ''))).toEqual([
      `${ATTACKS}:6: citations[0].quote: is missing: the wording is inside quote "htn-officials-80-percent-from-afghan-territory" (content/claims/where-ttp-attacks-are-planned.yaml); name it, so that the wording links to the quote`,
    ]);
  });

  test('a speaker other than the quote’s', async () => {
    expect(await problemsAfter(ATTACKS, swap('speaker: pakistani-officials', 'speaker: government-of-pakistan'))).toEqual([
      `${ATTACKS}:9: citations[0].speaker: must be "pakistani-officials", the speaker of quote "htn-officials-80-percent-from-afghan-territory"`,
    ]);
  });

  test('a basis that is not copied verbatim from the paragraph', async () => {
    expect(await problemsAfter(ATTACKS, swap('basis: citing United Nation Security Council', 'basis: citing United Nations Security Council'))).toEqual([
      `${ATTACKS}:11: citations[0].basis: is not in the wording's paragraph #p-islamabad-categorically-rejects-kabuls-claims-pakistani of article "htnworld-muttaqi-blames-pakistan": a basis must be copied exactly from that paragraph, or be "none stated"`,
    ]);
  });

  test('a period from another paragraph', async () => {
    expect(await problemsAfter(KILLED, swap('period: during two decades of conflict', 'period: on Tuesday'))).toEqual([
      `${KILLED}:17: citations[1].period: is not in the wording's paragraph #p-muttaqi-acknowledged-that-pakistans-issues-are of article "nationpress-taliban-blame-failed-talks": a period must be copied exactly from that paragraph, or be "not stated"`,
    ]);
  });

  test('a figure offered for a side its speaker does not speak for', async () => {
    expect(await problemsAfter(SUSPECTS, swap('offeredFor: third party', 'offeredFor: pakistan'))).toEqual([
      `${SUSPECTS}:11: citations[0].offeredFor: must be "third party": the figure is cited by "htn-world-editorial", who speaks for neither side; each side speaks only for itself`,
    ]);
  });

  test('a response by the side the figure is offered for', async () => {
    expect(await problemsAfter(ARRESTED, swap('quote: htn-islamabad-verifiable-measures-not-assurances', 'quote: htn-muttaqi-90-percent-resolved'))).toEqual([
      `${ARRESTED}:14: citations[0].responses[0].quote: is by "amir-khan-muttaqi", who speaks for taliban, the side the figure is offered for: a response is the other side's`,
    ]);
  });

  test('a percentage under another unit', async () => {
    expect(await problemsAfter(ATTACKS, swap('unit: percent', 'unit: attacks'))).toEqual([
      `${ATTACKS}:2: unit: must be "percent": citations[0].wording "more than 80% of TTP attacks" gives a percentage`,
    ]);
  });

  test('an unknown topic, claim and article', async () => {
    const edit = (text: string) => swap('topic: sovereignty', 'topic: borders')(swap('claim: border-fence-and-checkpoints', 'claim: the-border')(swap('article: htnworld-muttaqi-blames-pakistan', 'article: htn-muttaqi')(text)));
    expect(await problemsAfter(CHECKPOINTS, edit)).toEqual([
      `${CHECKPOINTS}:3: topic: names topic "borders", which is not in content/topics.yaml`,
      `${CHECKPOINTS}:4: claim: names claim "the-border", which is not in content/claims/`,
      `${CHECKPOINTS}:6: citations[0].article: names article "htn-muttaqi", which does not exist in content/articles/`,
    ]);
  });

  test('a field the schema does not know, and a missing one', async () => {
    expect(await problemsAfter(SUSPECTS, swap('    basis: none stated\n', '    source: none stated\n'))).toEqual([
      `${SUSPECTS}:6: citations[0].basis: is required but missing`,
      `${SUSPECTS}:10: citations[0].source: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
    ]);
  });
});
