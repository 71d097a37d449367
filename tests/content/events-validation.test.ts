/**
 * Bad events, each edited into a temporary copy of content/: the report names the file, the line,
 * the field and what is wrong. The real content/ is never touched.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/problems/content-problems.ts';
import { validateContent, validateContentAndRegister } from '../../src/validation/validate-content.ts';
import { copyProject, editFile, removeCopies } from '../support/project-copy.ts';

afterAll(removeCopies);

const report = async (root: string) =>
  formatProblems(await validateContent(root))
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);

async function problemsAfter(file: string, from: string, to: string): Promise<string[]> {
  const root = await copyProject();
  await editFile(root, file, (text) => {
    const occurrences = text.split(from).length - 1;
    if (occurrences !== 1) throw new Error(`${file} has ${occurrences} occurrences of ${JSON.stringify(from)}, not 1`);
    return text.replace(from, to);
  });
  return report(root);
}

const THIRD_ROUND = 'content/events/third-round-in-istanbul.yaml';
const STATEMENT = 'content/events/pakistan-foreign-office-statement.yaml';
const MUTTAQI = 'content/events/muttaqi-remarks.yaml';

test('the events as they are pass the check', async () => {
  expect(await report(await copyProject())).toEqual([]);
});

describe('a report whose words are not the article’s', () => {
  test('a date wording that is not in the report’s paragraph', async () => {
    expect(await problemsAfter(STATEMENT, 'wording: "stated on Sunday"', 'wording: "stated on Saturday"')).toEqual([
      `${STATEMENT}:12: reports[1].wording: "stated on Saturday" is not in the report's text, so not in paragraph #p-instead-of-acting-upon-the-core of article "htnworld-muttaqi-blames-pakistan": copy the words that say when exactly from the text, or write wording: none`,
    ]);
  });

  test('a report that names the wrong article', async () => {
    const lines = await problemsAfter(MUTTAQI, 'article: nationpress-taliban-blame-failed-talks', 'article: htnworld-muttaqi-blames-pakistan');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/events\/muttaqi-remarks\.yaml:4: reports\[0\]\.text: is not in article "htnworld-muttaqi-blames-pakistan": quotes must be copied exactly/u);
  });

  test('a report that names no article there is', async () => {
    expect(await problemsAfter(MUTTAQI, 'article: nationpress-taliban-blame-failed-talks', 'article: nationpress-no-such-article')).toEqual([
      `${MUTTAQI}:3: reports[0].article: names article "nationpress-no-such-article", which does not exist in content/articles/`,
    ]);
  });
});

describe('a reading the article does not give', () => {
  test('counting from a printed date the article lacks', async () => {
    const file = 'content/events/third-round-in-istanbul.yaml';
    const lines = await problemsAfter(
      file,
      '    date: none\n    precision: unknown\n    readBy: weekday without anchor\n',
      '    date: 2025-11-11\n    precision: day\n    readBy: weekday counted back\n    anchor: { from: printed date, date: 2025-11-11 }\n',
    );
    expect(lines).toEqual([`${file}:42: reports[5].anchor.from: is "printed date", but the article's printed date is none printed: count from a date the article gives`]);
  });

  test('a weekday counted back to a day that is not that weekday', async () => {
    expect(
      await problemsAfter(
        STATEMENT,
        '    date: 2025-11-09\n    precision: day\n    readBy: weekday counted back\n    anchor: { from: printed date',
        '    date: 2025-11-10\n    precision: day\n    readBy: weekday counted back\n    anchor: { from: printed date',
      ),
    ).toEqual([`${STATEMENT}:13: reports[1].date: is 2025-11-10, but the Sunday on or before 10 November 2025 is 2025-11-09 (9 November 2025)`]);
  });

  test('a weekday said to have no date to count from, in an article that gives one', async () => {
    expect(
      await problemsAfter(
        MUTTAQI,
        '    date: 2025-11-10\n    precision: day\n    readBy: weekday counted back\n    anchor: { from: dateline, date: 2025-11-11 }\n',
        '    date: none\n    precision: unknown\n    readBy: weekday without anchor\n',
      ),
    ).toEqual([`${MUTTAQI}:8: reports[0].readBy: is "weekday without anchor", but the article's dateline gives a date: count the weekday back from it ("weekday counted back")`]);
  });
});

describe('dates and precisions that cannot be', () => {
  test('an impossible date', async () => {
    expect(await problemsAfter(THIRD_ROUND, 'date: 2025-11-07\n', 'date: 2025-11-31\n')).toEqual([
      `${THIRD_ROUND}:6: reports[0].date: must be a real date written as a day YYYY-MM-DD, a run of days YYYY-MM-DD/YYYY-MM-DD (first day first), a month YYYY-MM, a year YYYY, or none (found the text "2025-11-31")`,
    ]);
  });

  test('a precision to the day without a date', async () => {
    expect(await problemsAfter('content/events/border-closures.yaml', 'precision: unknown', 'precision: day')).toEqual([
      'content/events/border-closures.yaml:7: reports[0].precision: is "day", but date is none: a precision other than unknown needs a date read; give the date, or write precision: unknown',
    ]);
  });

  test('a precision that does not fit the date read', async () => {
    expect(await problemsAfter(THIRD_ROUND, '    date: 2025-11-06/2025-11-07\n    precision: days', '    date: 2025-11-06/2025-11-07\n    precision: day')).toEqual([
      `${THIRD_ROUND}:26: reports[3].precision: is "day", but the date 2025-11-06/2025-11-07 is read to the days (a run of days): write precision: days`,
    ]);
  });
});

describe('the order of undated events', () => {
  test('an order naming an event there is not', async () => {
    expect(await problemsAfter('content/events/second-round-in-istanbul.yaml', 'event: ceasefire-talks-in-doha', 'event: first-round')).toEqual([
      'content/events/second-round-in-istanbul.yaml:18: order.event: names event "first-round", which is not in content/events/',
    ]);
  });

  test('an order that leads round in a circle', async () => {
    const root = await copyProject();
    await writeFile(
      path.join(root, 'content/events/fixture-circle.yaml'),
      `title: Fixture circle
reports:
  - article: nukta-pakistan-reaffirms-core-concern
    text: "A second round in Istanbul"
    wording: none
    date: none
    precision: unknown
    readBy: no date wording
order:
  relation: after
  event: fixture-circle-2
  article: nukta-pakistan-reaffirms-core-concern
  text: "A second round in Istanbul"
`,
    );
    await writeFile(
      path.join(root, 'content/events/fixture-circle-2.yaml'),
      `title: Fixture circle two
reports:
  - article: nukta-pakistan-reaffirms-core-concern
    text: "A second round in Istanbul"
    wording: none
    date: none
    precision: unknown
    readBy: no date wording
order:
  relation: before
  event: fixture-circle
  article: nukta-pakistan-reaffirms-core-concern
  text: "A second round in Istanbul"
`,
    );
    expect(await report(root)).toEqual([
      'content/events/fixture-circle-2.yaml:11: order.event: leads round in a circle (fixture-circle-2 → fixture-circle → fixture-circle-2): one of these events needs a date read or no order',
      'content/events/fixture-circle.yaml:11: order.event: leads round in a circle (fixture-circle → fixture-circle-2 → fixture-circle): one of these events needs a date read or no order',
    ]);
  });
});

test('an event whose published fragment is gone fails the check, before any build', async () => {
  const root = await copyProject();
  await editFile(root, 'content/published-anchors.txt', (text) => `${text}/timeline/#fixture-gone-event\n`);
  const problems = formatProblems(await validateContentAndRegister(root));
  expect(problems).toContain('content/published-anchors.txt: registered anchors: The build no longer publishes 1 registered anchor; links to it would break:\n  /timeline/#fixture-gone-event\n');
});
