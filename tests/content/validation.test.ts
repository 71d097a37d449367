/**
 * Every bad-content case runs the real validator (the one the build runs) on a temporary copy of
 * content/, with one thing wrong, and asserts that the report names the file, the line, the field and
 * the problem, and nothing in any other file.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblems, type ContentProblem } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, editFile, removeCopies } from '../support/project-copy.ts';

const HTN = 'content/articles/htnworld-muttaqi-blames-pakistan.md';
const NUKTA = 'content/articles/nukta-pakistan-reaffirms-core-concern.md';
const SAT = 'content/articles/southasiatimes-pakistan-afghanistan-trade-blame.md';

afterAll(removeCopies);

/**
 * Validates a fresh copy of content/ after applying `edits` to it. Leaves out the notes on what a
 * broken article kept from being checked: tests/content/all-at-once.test.ts covers those.
 */
async function problemsAfter(edits: Record<string, (text: string) => string>): Promise<ContentProblem[]> {
  const root = await copyProject();
  for (const [file, edit] of Object.entries(edits)) await editFile(root, file, edit);
  return (await validateContent(root)).filter((problem) => problem.note !== true);
}

/** The report lines, as the build prints them (without the summary line). */
function reportLines(problems: ContentProblem[]): string[] {
  return formatProblems(problems)
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

test('the real content passes', async () => {
  expect(await validateContent(path.resolve('.'))).toEqual([]);
});

describe('a bad article is reported with file, line, field and problem', () => {
  test('missing required field', async () => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('outlet: "HTN World"\n', '') });
    expect(reportLines(problems)).toEqual([`${HTN}:2: outlet: is required but missing`]);
  });

  test('missing field inside a group', async () => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('  kind: "article date"\n', '') });
    expect(reportLines(problems)).toEqual([
      `${HTN}:6: date.kind: is required when a date is printed: "article date" or "page date"`,
    ]);
  });

  test('wrong type', async () => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('outlet: "HTN World"', 'outlet: 42') });
    expect(reportLines(problems)).toEqual([`${HTN}:2: outlet: must be text (found number 42)`]);
  });

  test('a list where one text is expected, and one text where a list is expected', async () => {
    const problems = await problemsAfter({
      [SAT]: (text) => text.replace(/omitted:\n[\s\S]*?\n---/u, 'omitted: "Dark Mode"\n---').replace('headline: "', 'headline:\n  - "'),
    });
    expect(reportLines(problems)).toEqual([
      `${SAT}:3: headline: must be text (found a list)`,
      `${SAT}:17: omitted: must be a list of { kind, text } entries (write [] if nothing is left out) (found the text "Dark Mode")`,
    ]);
  });

  test.each([
    ['2025-13-45', 'the text "2025-13-45"'],
    ['2025-02-30', 'the text "2025-02-30"'],
    ['"10/11/2025"', 'the text "10/11/2025"'],
    ['November 10', 'the text "November 10"'],
  ])('malformed date %s', async (written, found) => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('iso: 2025-11-10', `iso: ${written}`) });
    expect(reportLines(problems)).toEqual([
      `${HTN}:9: date.iso: must be a real date written YYYY-MM-DD, e.g. 2025-11-10 (found ${found})`,
    ]);
  });

  test('a machine date where none is printed', async () => {
    const problems = await problemsAfter({ [NUKTA]: (text) => text.replace('  printed: none printed\n', '  printed: none printed\n  iso: 2025-11-09\n') });
    expect(reportLines(problems)).toEqual([`${NUKTA}:10: date.iso: must be left out when the date is "none printed"`]);
  });

  test('malformed frontmatter: an unclosed quote', async () => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('outlet: "HTN World"', 'outlet: "HTN World') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: HTN, field: 'frontmatter' });
    expect(problems[0]?.message).toMatch(/^is not valid YAML: /u);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  test('malformed frontmatter: bad indentation', async () => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('  printed: "November 10, 2025"', '   printed: "November 10, 2025"') });
    // The YAML reader flags the lines that no longer line up with the one indented too far (line 7).
    expect(reportLines(problems)).toEqual([
      `${HTN}:8: frontmatter: is not valid YAML: All mapping items must start at the same column`,
      `${HTN}:9: frontmatter: is not valid YAML: All mapping items must start at the same column`,
    ]);
  });

  test('malformed frontmatter: a duplicated field', async () => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('outlet: "HTN World"', 'outlet: "HTN World"\noutlet: "HTN"') });
    expect(problems).toEqual([
      { file: HTN, line: 3, field: 'frontmatter', message: 'is not valid YAML: Map keys must be unique' },
    ]);
  });

  test('malformed frontmatter: no closing ---', async () => {
    const problems = await problemsAfter({ [HTN]: (text) => text.replace('\n---\n\n:::caption', '\n\n:::caption') });
    expect(reportLines(problems)).toEqual([
      `${HTN}:1: frontmatter: missing or not closed: the file must start with a line "---", then the fields, then another line "---"`,
    ]);
  });

  test('unknown key, at the top and inside a group', async () => {
    const problems = await problemsAfter({
      [HTN]: (text) => text.replace('outlet: "HTN World"', 'outlet: "HTN World"\noutlett: "HTN"').replace('  iso: 2025-11-10', '  iso: 2025-11-10\n  weekday: Monday'),
    });
    expect(reportLines(problems)).toEqual([
      `${HTN}:3: outlett: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
      `${HTN}:11: date.weekday: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
    ]);
  });

  test('empty body', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.slice(0, text.indexOf('\n---\n', 4) + 5) + '\n  \n' });
    expect(reportLines(problems)).toEqual([
      `${SAT}:42: body: is empty: the article text goes below the closing "---"`,
      // Only this article named the minister: with its text gone, his spellings are in none.
      'content/people/attaullah-tarar.yaml:8: spellings[0]: "Attaullah Tarar" is in none of the articles: list only the forms the articles use',
      'content/people/attaullah-tarar.yaml:9: spellings[1]: "Mr Tarar" is in none of the articles: list only the forms the articles use',
    ]);
  });

  test('an omitted entry whose text is not in the capture', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('text: "Dark Mode"', 'text: "Light Mode"') });
    expect(reportLines(problems)).toEqual([
      `${SAT}:16: omitted: line 1 of content/captures/002_58946e792e9189c7.txt ("Dark Mode") is in neither the body, the frontmatter nor the omitted list`,
      `${SAT}:18: omitted[0].text: is not in the capture content/captures/002_58946e792e9189c7.txt as one run of lines: "Light Mode"`,
    ]);
  });

  test('a line of the capture dropped without being recorded', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('  - kind: comment-prompt\n    text: "Comment / Reply From"\n', '') });
    expect(reportLines(problems)).toEqual([
      `${SAT}:16: omitted: line 41 of content/captures/002_58946e792e9189c7.txt ("Comment / Reply From") is in neither the body, the frontmatter nor the omitted list`,
    ]);
  });

  test('a word of the article changed', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('officials from both sides said on Saturday', 'officials from both sides said on Friday') });
    const lines = reportLines(problems);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\/articles\/southasiatimes-pakistan-afghanistan-trade-blame\.md:16: omitted: line 14 of .* \("ISLAMABAD\/KABUL — Pakistan and Afghanistan/u);
    expect(lines[1]).toMatch(/^content\/articles\/southasiatimes-pakistan-afghanistan-trade-blame\.md:43: body: this text is not in the capture content\/captures\/002_58946e792e9189c7\.txt: "ISLAMABAD\/KABUL/u);
  });

  test('a paragraph added that the capture does not have', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => `${text}\nTalks will resume next week.\n` });
    expect(reportLines(problems)).toEqual([
      `${SAT}:55: body: this text is not in the capture content/captures/002_58946e792e9189c7.txt: "Talks will resume next week."`,
    ]);
  });

  test('a headline that is not the captured one', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('headline: "Pakistan, Afghanistan trade blame', 'headline: "Pakistan and Afghanistan trade blame') });
    expect(reportLines(problems)[0]).toBe(
      `${SAT}:3: headline: is not in the capture content/captures/002_58946e792e9189c7.txt: "Pakistan and Afghanistan trade blame after Istanbul talks end without agreement"; the nearest line of the capture, line 6, differs from it at character 9: , U+002C in the capture, " and" in the copy ("Pakistan, Afghanistan trade blame after…" in the capture, "Pakistan and Afghanistan trade blame after…" in the copy)`,
    );
  });

  test('a capture whose hash does not match', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('sha256: 814b', 'sha256: 914b') });
    expect(reportLines(problems)).toEqual([
      `${SAT}:15: capture.sha256: does not match content/captures/002_58946e792e9189c7.txt, whose SHA-256 is 814bafd424b78046dfddb260f65d82eaa0e38803e1aeb97071eeb5728447274f: the capture changed, or the copy names the wrong one`,
    ]);
  });

  test('a capture that does not exist', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('file: 002_58946e792e9189c7.txt', 'file: 002_missing.txt') });
    expect(reportLines(problems)).toEqual([`${SAT}:14: capture.file: names content/captures/002_missing.txt, which does not exist`]);
  });

  test('an address that is neither a web address nor "not known"', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('url: not known', 'url: unknown') });
    expect(reportLines(problems)).toEqual([`${SAT}:12: url: must be the original web address (https://…) or "not known" (found the text "unknown")`]);
  });

  test('an omission of an unknown kind', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('kind: navigation', 'kind: menu') });
    expect(reportLines(problems)[0]).toMatch(/^content\/articles\/southasiatimes-pakistan-afghanistan-trade-blame\.md:17: omitted\[0\]\.kind: must be one of: navigation, site-branding, .* \(found the text "menu"\)$/u);
  });

  test('an author that is neither "not named" nor a name', async () => {
    const problems = await problemsAfter({ [SAT]: (text) => text.replace('  name: "The South Asia Times"', '  nam: "The South Asia Times"') });
    expect(reportLines(problems)).toEqual([
      `${SAT}:4: author.name: is required but missing`,
      `${SAT}:5: author.nam: is not a known field here: check its spelling, or see README.md for the fields this file takes`,
    ]);
  });
});

describe('the whole content is checked at once', () => {
  test('problems in several files are all reported, and only those', async () => {
    const problems = await problemsAfter({
      [HTN]: (text) => text.replace('outlet: "HTN World"\n', ''),
      [NUKTA]: (text) => text.replace('url: https://nukta.com', 'url: htps://nukta.com'),
      [SAT]: (text) => text.replace('iso: 2025-11-08', 'iso: 2025-11-31'),
    });
    expect(problems.map(({ file, field }) => `${file} ${field}`).sort()).toEqual([`${HTN} outlet`, `${NUKTA} url`, `${SAT} date.iso`]);
  });

  test('an article file whose name is not a valid id', async () => {
    const root = await copyProject();
    await writeFile(path.join(root, 'content/articles/Bad Name.md'), await readFile(path.join(root, SAT), 'utf8'));
    expect(reportLines(await validateContent(root))).toEqual([
      'content/articles/Bad Name.md: file name: "Bad Name" is not a valid article id: use lowercase words joined by hyphens, e.g. "nukta-talks-stalled.md"',
    ]);
  });

  test('a file that the site would silently skip', async () => {
    const root = await copyProject();
    await writeFile(path.join(root, 'content/articles/notes.markdown'), 'Draft');
    expect(reportLines(await validateContent(root))).toEqual([
      'content/articles/notes.markdown: file name: is not read: article files must end in .md',
    ]);
  });
});
