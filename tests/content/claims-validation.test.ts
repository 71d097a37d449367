/**
 * Bad claims, each in a temporary copy of content/ with one fixture claim added and one thing wrong.
 * The real validator must name the file, the line, the field path and the problem.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems, type ContentProblem } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, removeCopies } from '../support/project-copy.ts';

afterAll(removeCopies);

const FILE = 'content/claims/fixture-claim.yaml';

/** A valid claim whose quotes sit in two different articles. Lines are numbered for the assertions below. */
const FIXTURE = `title: Fixture claim
statement: Whether the fixture is valid.
topic: militancy
positions:
  pakistan:
    summary: Pakistan's Foreign Office says terrorism from Afghanistan is its principal concern.
    quotes:
      - id: fixture-nukta-principal-concern
        article: nukta-pakistan-reaffirms-core-concern
        speaker: pakistan-foreign-office
        attribution: reported
        text: "Pakistan said its “principal concern” remains the rise in terrorism originating from Afghanistan since the Taliban took control in August 2021."
  taliban:
    summary: Muttaqi says the TTP has been active in Pakistan for 25 years.
    quotes:
      - id: fixture-htn-muttaqi-25-years
        article: htnworld-muttaqi-blames-pakistan
        speaker: amir-khan-muttaqi
        attribution: direct
        text: "TTP has been active in Pakistan for 25 years"
related:
  - where-ttp-attacks-are-planned
`;

/** Validates a copy of content/ with the fixture claim, edited, and any extra files. */
async function problemsWith(edit: (text: string) => string, extra: Record<string, string> = {}): Promise<ContentProblem[]> {
  const root = await copyProject();
  const edited = edit(FIXTURE);
  await writeFile(path.join(root, FILE), edited);
  for (const [file, text] of Object.entries(extra)) await writeFile(path.join(root, file), text);
  return validateContent(root);
}

const lines = (problems: ContentProblem[]) =>
  formatProblems(problems)
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);

test('the fixture claim itself is valid', async () => {
  expect(await problemsWith((text) => text)).toEqual([]);
});

describe('a quote must be the article’s own words', () => {
  test('a changed word is refused, with the closest passage to help the editor', async () => {
    const problems = await problemsWith((text) => text.replace('for 25 years"', 'for 20 years"'));
    expect(lines(problems)).toEqual([
      `${FILE}:20: positions.taliban.quotes[0].text: is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly, only whitespace may differ; the closest passage is in #p-he-stated-that-pakistans-security-challenges: "“TTP has been active in Pakistan for 25 years,"`,
    ]);
  });

  test('a paraphrase is refused', async () => {
    const problems = await problemsWith((text) => text.replace('"TTP has been active in Pakistan for 25 years"', '"The TTP has operated in Pakistan for a quarter of a century"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 20, field: 'positions.taliban.quotes[0].text' });
    expect(problems[0]?.message).toMatch(/^is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly/u);
  });

  test('straight quotes for curly ones are refused', async () => {
    const problems = await problemsWith((text) => text.replace('its “principal concern”', 'its \\"principal concern\\"'));
    expect(problems.map((problem) => problem.field)).toEqual(['positions.pakistan.quotes[0].text']);
  });

  test('whitespace differences are accepted', async () => {
    expect(await problemsWith((text) => text.replace('"TTP has been active in Pakistan for 25 years"', '"TTP  has been\\n active in Pakistan for 25 years"'))).toEqual([]);
  });

  test('words that occur more than once must say which occurrence they mean', async () => {
    const problems = await problemsWith((text) => text.replace('"TTP has been active in Pakistan for 25 years"', '"Pakistani officials"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 20, field: 'positions.taliban.quotes[0].text' });
    expect(problems[0]?.message).toMatch(/^occurs 2 times in article "htnworld-muttaqi-blames-pakistan" \(#p-[a-z0-9-]+, #p-[a-z0-9-]+\): add context\.before or context\.after/u);
  });

  test('context picks the occurrence, and context that fits none is refused', async () => {
    const quote = (context: string) => (text: string) =>
      text.replace('"TTP has been active in Pakistan for 25 years"', `"Pakistani officials"\n        context: { ${context} }`);
    expect(await problemsWith(quote('after: "themselves have said"'))).toEqual([]);
    const problems = await problemsWith(quote('after: "said nothing"'));
    expect(lines(problems)).toEqual([
      `${FILE}:20: positions.taliban.quotes[0].text: is in article "htnworld-muttaqi-blames-pakistan", but its context fits none of the 2 occurrences: context.before and context.after must be the words right next to it in the same paragraph`,
    ]);
  });
});

describe('references must resolve', () => {
  test.each([
    ['article', 'article: htnworld-muttaqi-blames-pakistan', 'article: htnworld-no-such-article', 17, 'positions.taliban.quotes[0].article', 'names article "htnworld-no-such-article", which does not exist in content/articles/'],
    ['speaker', 'speaker: amir-khan-muttaqi', 'speaker: amir-khan-mutaqi', 18, 'positions.taliban.quotes[0].speaker', 'names person "amir-khan-mutaqi", who is not in content/people/'],
    ['topic', 'topic: militancy', 'topic: militants', 3, 'topic', 'names topic "militants", which is not in content/topics.yaml'],
    ['related claim', '  - where-ttp-attacks-are-planned', '  - where-attacks-are-planned', 22, 'related[0]', 'names claim "where-attacks-are-planned", which is not in content/claims/'],
  ])('an unknown %s', async (_label, from, to, line, field, message) => {
    expect(lines(await problemsWith((text) => text.replace(from, to)))).toEqual([`${FILE}:${line}: ${field}: ${message}`]);
  });
});

describe('ids must be unique', () => {
  test('two quotes with the same id', async () => {
    const problems = await problemsWith((text) => text.replace('id: fixture-htn-muttaqi-25-years', 'id: htn-officials-80-percent-from-afghan-territory'));
    // Files are read in name order, so the claim that already had the id is the one reported.
    expect(lines(problems)).toEqual([
      'content/claims/where-ttp-attacks-are-planned.yaml:8: positions.pakistan.quotes[0].id: quote id "htn-officials-80-percent-from-afghan-territory" is already used in content/claims/fixture-claim.yaml: quote ids must be unique across all claims',
    ]);
  });

  test('two quotes with the same id in one claim', async () => {
    const problems = await problemsWith((text) => text.replace('id: fixture-htn-muttaqi-25-years', 'id: fixture-nukta-principal-concern'));
    expect(lines(problems)).toEqual([
      `${FILE}:16: positions.taliban.quotes[0].id: quote id "fixture-nukta-principal-concern" is already used in ${FILE}: quote ids must be unique across all claims`,
    ]);
  });

  test('two claims with the same id', async () => {
    const problems = await problemsWith((text) => text, { 'content/claims/fixture-claim.yml': FIXTURE.replaceAll('fixture-', 'other-') });
    expect(lines(problems)).toEqual(['content/claims/fixture-claim.yml: file name: claim id "fixture-claim" is already used by content/claims/fixture-claim.yaml: ids must be unique']);
  });

  test('a quote id the claim page uses for itself', async () => {
    expect(lines(await problemsWith((text) => text.replace('id: fixture-htn-muttaqi-25-years', 'id: claim-title')))).toEqual([
      `${FILE}:16: positions.taliban.quotes[0].id: "claim-title" is an id the claim page uses for itself: choose another`,
    ]);
  });
});

describe('positions', () => {
  test('a claim with no quote on either side', async () => {
    const problems = await problemsWith((text) => text.replace(/ {2}pakistan:[\s\S]*?\nrelated:/u, '  pakistan: not stated\n  taliban: not stated\nrelated:'));
    expect(lines(problems)).toEqual([`${FILE}:4: positions: has no quote on either side: a claim needs at least one quote; both sides are "not stated"`]);
  });

  test('a side that says "not stated" shows as such and is valid', async () => {
    expect(await problemsWith((text) => text.replace(/ {2}taliban:[\s\S]*?\nrelated:/u, '  taliban: not stated\nrelated:'))).toEqual([]);
  });

  test('a position with an empty list of quotes', async () => {
    const problems = await problemsWith((text) => text.replace(/ {4}quotes:\n {6}- id: fixture-htn[\s\S]*?\nrelated:/u, '    quotes: []\nrelated:'));
    expect(lines(problems)).toEqual([`${FILE}:15: positions.taliban.quotes: must hold at least one quote; write "not stated" instead of the position if the sources have none`]);
  });

  test('a speaker from the other side', async () => {
    expect(lines(await problemsWith((text) => text.replace('speaker: amir-khan-muttaqi', 'speaker: pakistan-foreign-office')))).toEqual([
      `${FILE}:18: positions.taliban.quotes[0].speaker: "pakistan-foreign-office" speaks for pakistan, so the quote cannot state the taliban position`,
    ]);
  });

  test('an attribution that does not fit the speaker', async () => {
    expect(lines(await problemsWith((text) => text.replace('attribution: direct', 'attribution: unnamed')))).toEqual([
      `${FILE}:19: positions.taliban.quotes[0].attribution: "unnamed" does not fit "amir-khan-muttaqi" (person): "unnamed" is for unnamed officials or sources, and only for them`,
    ]);
  });

  test('an unknown attribution kind and an unknown field', async () => {
    expect(lines(await problemsWith((text) => text.replace('attribution: direct', 'attribution: quoted\n        page: 2')))).toEqual([
      `${FILE}:19: positions.taliban.quotes[0].attribution: must be one of: direct, reported, unnamed, outlet (found the text "quoted")`,
      `${FILE}:20: positions.taliban.quotes[0].page: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
    ]);
  });
});
