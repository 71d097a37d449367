/**
 * Bad people, glossary entries, statements, disagreements and topics, each edited into a temporary
 * copy of content/: the report names the file, the line, the field and the problem.
 */
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
