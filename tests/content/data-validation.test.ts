/**
 * Bad people, glossary entries, statements, disagreements and topics, each edited into a temporary
 * copy of content/: the report names the file, the line, the field and the problem.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems, type ContentProblem } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, editFile, removeCopies } from '../support/project-copy.ts';

afterAll(removeCopies);

async function problemsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  const root = await copyProject();
  await editFile(root, file, edit);
  const problems: ContentProblem[] = await validateContent(root);
  return formatProblems(problems)
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

/** The report after adding one new file to a copy of content/ (so the rest of the content is exactly as it is). */
async function problemsWithNewFile(file: string, text: string): Promise<string[]> {
  const root = await copyProject();
  await writeFile(path.join(root, file), text);
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

describe('people', () => {
  const FILE = 'content/people/amir-khan-muttaqi.yaml';

  test('a spelling no article uses', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('  - Muttaqi\n', '  - Muttaqi\n  - Mutaqi\n'))).toEqual([
      `${FILE}:10: spellings[2]: "Mutaqi" is in none of the articles: list only the forms the articles use`,
    ]);
  });

  test('a role its article does not give', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('"Afghanistan’s Foreign Minister"', '"Afghanistan’s foreign minister"'))).toEqual([
      `${FILE}:5: roles[0].text: is not in article "nationpress-taliban-blame-failed-talks": a role must be copied exactly as the article gives it`,
    ]);
  });

  test('an unknown side', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('side: taliban', 'side: afghanistan'))).toEqual([
      `${FILE}:3: side: must be one of: pakistan, taliban, neither (found the text "afghanistan")`,
      // Whether his quotes stand in the right column depends on his side.
      `${FILE}: cited by: 36 quotes (in content/claims/afghan-refugees-in-pakistan.yaml, content/claims/border-fence-and-checkpoints.yaml, content/claims/commitments-on-use-of-afghan-soil.yaml and 14 more files) and 6 figure citations (in content/figures/checkpoints-built-along-the-border.yaml, content/figures/issues-resolved-in-earlier-pakistan-ttp-talks.yaml, content/figures/people-killed-in-two-decades-of-conflict.yaml and 1 more file) were not checked against this file, because it has problems of its own: fix them, and the check will look at these too`,
    ]);
  });
});

describe('editorial voices and media', () => {
  const EDITORIAL = 'content/people/fixture-editorial.yaml';
  const MEDIA = 'content/people/fixture-media.yaml';
  /** A second editorial voice for Nukta: valid, and quoted nowhere. */
  const editorial = 'name: Fixture outlet (editorial voice)\nkind: editorial\nside: neither\noutlet: Nukta\nroles: []\nspellings:\n  - Nukta\n';
  /** A medium that relays others' words: valid, and credited nowhere. */
  const media = 'name: Fixture agency\nkind: media\nside: neither\nroles: []\nspellings:\n  - Tolo News\n';

  test('the fixtures are valid', async () => {
    expect(await problemsWithNewFile(EDITORIAL, editorial)).toEqual([]);
    expect(await problemsWithNewFile(MEDIA, media)).toEqual([]);
  });

  test('an editorial voice without "outlet"', async () => {
    expect(await problemsWithNewFile(EDITORIAL, swap('outlet: Nukta\n', '')(editorial))).toEqual([
      `${EDITORIAL}:2: outlet: is required for an editorial voice: the outlet whose voice it is`,
    ]);
  });

  test('an editorial voice whose outlet no article has', async () => {
    expect(await problemsWithNewFile(EDITORIAL, swap('outlet: Nukta', 'outlet: Nukta News')(editorial))).toEqual([
      `${EDITORIAL}:4: outlet: names outlet "Nukta News", which no article has: it must be an article's "outlet" exactly ("Dawat Media Center", "HTN World", "NationPress", "Nukta", "The South Asia Times")`,
    ]);
  });

  test.each([
    ['an editorial voice', EDITORIAL, editorial, 'pakistan'],
    ['a medium', MEDIA, media, 'taliban'],
  ])('%s that speaks for a side', async (_label, file, text, side) => {
    expect(await problemsWithNewFile(file, swap('side: neither', `side: ${side}`)(text))).toEqual([
      `${file}:3: side: must be "neither": an outlet's own voice or a relaying medium speaks for neither side`,
    ]);
  });

  test('a medium with an outlet', async () => {
    expect(await problemsWithNewFile(MEDIA, swap('side: neither\n', 'side: neither\noutlet: NationPress\n')(media))).toEqual([
      `${MEDIA}:4: outlet: must be left out: only an editorial voice names its outlet`,
    ]);
  });
});

describe('glossary', () => {
  const FILE = 'content/glossary/turkey.yaml';

  test('a variant that leaves out an article using it', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('[dawat-taliban-blame-pakistan, htnworld-muttaqi-blames-pakistan, nukta', '[htnworld-muttaqi-blames-pakistan, nukta'))).toEqual([
      `${FILE}:4: variants[0].usedIn: leaves out dawat-taliban-blame-pakistan, which uses "Turkey"`,
    ]);
  });

  test('a variant that lists an article not using it', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('    usedIn: []', '    usedIn: [nationpress-taliban-blame-failed-talks]'))).toEqual([
      `${FILE}:8: variants[2].usedIn: lists nationpress-taliban-blame-failed-talks, which does not use "Türkiye"`,
    ]);
  });

  test('a variant naming an unknown article', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('    usedIn: []', '    usedIn: [no-such-article]'))).toEqual([
      `${FILE}:8: variants[2].usedIn[0]: names article "no-such-article", which does not exist in content/articles/`,
    ]);
  });
});

describe('statements', () => {
  const FILE = 'content/statements/muttaqi-ttp-active-25-years.yaml';

  test('a rendering that is no quote', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('  - nationpress-muttaqi-ttp-active-25-years', '  - nationpress-muttaqi-ttp-active-20-years'))).toEqual([
      `${FILE}:4: renderings[1]: names quote "nationpress-muttaqi-ttp-active-20-years", which is in no claim`,
    ]);
  });

  test('quotes read together as one rendering must share speaker and article', async () => {
    const GROUPED = 'content/statements/mujahid-security-responsibility.yaml';
    expect(
      await problemsAfter(GROUPED, (text) =>
        text.replace('dawat-mujahid-no-willingness-to-assume-responsibility]', 'sat-mujahid-good-faith-and-authority]'),
      ),
    ).toEqual([
      `${GROUPED}:4: renderings[1][1]: is from "zabihullah-mujahid" in "southasiatimes-pakistan-afghanistan-trade-blame", but "dawat-mujahid-refer-security-responsibilities" is from "zabihullah-mujahid" in "dawat-taliban-blame-pakistan": quotes read together as one rendering must share speaker and article`,
    ]);
  });

  test('two renderings from the same article', async () => {
    expect(await problemsAfter(FILE, (text) => text.replace('  - nationpress-muttaqi-ttp-active-25-years', '  - htn-muttaqi-ttp-active-25-years'))).toEqual([
      `${FILE}:4: renderings[1]: comes from the same article as renderings[0]: each rendering must come from a different article`,
    ]);
  });
});

describe('disagreements', () => {
  const FILE = 'content/disagreements/when-the-istanbul-talks-were-held.yaml';

  test('a version that is not in its article', async () => {
    const lines = await problemsAfter(FILE, (text) => text.replace('"held in Istanbul on Nov. 7"', '"held in Istanbul on Nov. 8"'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/disagreements\/when-the-istanbul-talks-were-held\.yaml:5: versions\[0\]\.text: is not in article "nukta-pakistan-reaffirms-core-concern": quotes must be copied exactly/u);
  });

  test('versions from one article only', async () => {
    const lines = await problemsAfter(FILE, (text) => text.replace(/ {2}- article: southasiatimes[\s\S]*$/u, '  - article: nukta-pakistan-reaffirms-core-concern\n    text: "ended without agreement"\n'));
    expect(lines).toEqual([`${FILE}:3: versions: must come from at least two different articles: a disagreement is between articles`]);
  });
});

describe('source problems and dates in disagreements', () => {
  const FILE = 'content/disagreements/fixture-disagreement.yaml';
  /** A valid disagreement: one version from a paragraph with a stray straight mark (noted), a weekday against dates (with a calendar). */
  const FIXTURE = `title: Fixture disagreement
question: On which days were the talks held?
versions:
  - article: nukta-pakistan-reaffirms-core-concern
    text: "held in Istanbul on Nov. 7"
  - article: southasiatimes-pakistan-afghanistan-trade-blame
    text: "took part in the talks on November 6 and 7"
    note: "In the article this paragraph opens with a straight quotation mark (\\") that is never closed."
  - article: dawat-taliban-blame-pakistan
    text: "concluded in stalemate on Tuesday"
calendar:
  - 2025-11-06
  - 2025-11-07
`;

  test('the fixture is valid', async () => {
    expect(await problemsWithNewFile(FILE, FIXTURE)).toEqual([]);
  });

  test('a version from a paragraph with unbalanced quotation marks and no note', async () => {
    expect(await problemsWithNewFile(FILE, swap('\n    note: "In the article this paragraph opens with a straight quotation mark (\\") that is never closed."', '')(FIXTURE))).toEqual([
      `${FILE}:6: versions[1].note: is required: the version's paragraph #p-representatives-of-the-islamic-emirate-of has unbalanced quotation marks (1 straight ", an odd number); add a neutral note saying what the article shows`,
    ]);
  });

  test('a weekday in one version and dates in another, with no calendar', async () => {
    expect(await problemsWithNewFile(FILE, swap('calendar:\n  - 2025-11-06\n  - 2025-11-07\n', '')(FIXTURE))).toEqual([
      `${FILE}:9: calendar: is required: a version names Tuesday and another gives dates; list those dates (YYYY-MM-DD) so the page can show their weekdays`,
    ]);
  });

  test('a weekday with no dates needs no calendar', async () => {
    const weekdayOnly = `title: Fixture disagreement
question: On which day did the talks end?
versions:
  - article: nukta-pakistan-reaffirms-core-concern
    text: "ended without agreement"
  - article: dawat-taliban-blame-pakistan
    text: "concluded in stalemate on Tuesday"
`;
    expect(await problemsWithNewFile(FILE, weekdayOnly)).toEqual([]);
  });

  test('a calendar with a date that does not exist', async () => {
    expect(await problemsWithNewFile(FILE, swap('  - 2025-11-07\n', '  - 2025-11-31\n')(FIXTURE))).toEqual([
      `${FILE}:13: calendar[1]: must be a real date written YYYY-MM-DD, e.g. 2025-11-10 (found the text "2025-11-31")`,
    ]);
  });
});

describe('topics', () => {
  test('a topic no claim is listed under', async () => {
    expect(await problemsAfter('content/topics.yaml', (text) => `${text}- id: empty-topic\n  title: Empty\n  order: 9\n`)).toEqual([
      'content/topics.yaml:16: [5].id: topic "empty-topic" has no claims: remove it or list a claim under it',
    ]);
  });

  test('two topics with the same id', async () => {
    expect(await problemsAfter('content/topics.yaml', (text) => `${text}- id: militancy\n  title: Again\n  order: 9\n`)).toEqual([
      'content/topics.yaml:16: [5].id: topic id "militancy" is used twice: ids must be unique',
    ]);
  });
});

describe('aliases', () => {
  const FILE = 'content/aliases.yaml';
  const withAliases = (yaml: string) => problemsAfter(FILE, () => yaml);

  test('an alias for a link that still works', async () => {
    expect(await withAliases('- from: /claims/where-ttp-attacks-are-planned/\n  change: renamed\n  to: /claims/where-iskp-is-based/\n  date: 2026-11-23\n')).toEqual([
      `${FILE}:1: [0].from: /claims/where-ttp-attacks-are-planned/ still exists: an alias is only for a link whose target has gone`,
    ]);
  });

  test('an alias pointing at nothing', async () => {
    expect(await withAliases('- from: /claims/old-claim/\n  change: renamed\n  to: /claims/no-such-claim/\n  date: 2026-11-23\n')).toEqual([
      `${FILE}:3: [0].to: /claims/no-such-claim/ does not exist: an alias must point at a current claim`,
    ]);
  });

  test('a moved quote whose new place does not exist', async () => {
    expect(
      await withAliases('- from: /claims/where-ttp-attacks-are-planned/#old-quote\n  change: moved\n  to: /claims/where-iskp-is-based/#no-such-quote\n  date: 2026-11-23\n'),
    ).toEqual([`${FILE}:3: [0].to: /claims/where-iskp-is-based/#no-such-quote does not exist: an alias must point at a current quote or paragraph`]);
  });

  test('a withdrawn claim needs a note and no successor', async () => {
    expect(await withAliases('- from: /claims/old-claim/\n  change: withdrawn\n  to: /claims/where-iskp-is-based/\n  date: 2026-11-23\n')).toEqual([
      `${FILE}:1: [0].note: is required for a withdrawn claim: say why it was withdrawn`,
      `${FILE}:3: [0].to: must be left out for a withdrawn claim`,
    ]);
  });

  test('a quote cannot be "renamed", and its new place must be a fragment', async () => {
    expect(await withAliases('- from: /claims/where-ttp-attacks-are-planned/#old-quote\n  change: renamed\n  to: /claims/where-iskp-is-based/\n  date: 2026-11-23\n')).toEqual([
      `${FILE}:2: [0].change: must be "moved" for a quote or paragraph`,
      `${FILE}:3: [0].to: must be a fragment too (…/#<id>)`,
    ]);
  });

  test('a malformed link and date', async () => {
    expect(await withAliases('- from: claims/old\n  change: renamed\n  to: /claims/where-iskp-is-based/\n  date: 23/11/2026\n')).toEqual([
      `${FILE}:1: [0].from: must be a site path such as /claims/<id>/ or /articles/<id>/#<fragment> (found the text "claims/old")`,
      `${FILE}:4: [0].date: must be a real date written YYYY-MM-DD, e.g. 2025-11-10 (found the text "23/11/2026")`,
    ]);
  });
});
