import { expect, test } from 'vitest';
import { describeValue, formatFieldPath, formatProblems } from '../../../src/lib/problems/content-problems.ts';

test.each([
  [['outlet'], 'outlet'],
  [['date', 'iso'], 'date.iso'],
  [['omitted', 3, 'text'], 'omitted[3].text'],
  [['positions', 'taliban', 'quotes', 1, 'text'], 'positions.taliban.quotes[1].text'],
])('formats the field path %j as %s', (path, expected) => {
  expect(formatFieldPath(path)).toBe(expected);
});

test('reports every problem as file:line: field: message, grouped and sorted by file', () => {
  expect(
    formatProblems([
      { file: 'content/articles/b.md', field: 'body', message: 'is empty', line: 30 },
      { file: 'content/articles/a.md', field: 'outlet', message: 'is required but missing' },
      { file: 'content/articles/b.md', field: 'date.iso', message: 'must be a real date', line: 9 },
    ]),
  ).toBe(
    [
      'Content check failed: 3 problems in 2 files.',
      '',
      'content/articles/a.md: outlet: is required but missing',
      '',
      'content/articles/b.md:9: date.iso: must be a real date',
      'content/articles/b.md:30: body: is empty',
    ].join('\n'),
  );
});

test.each([
  [undefined, 'nothing'],
  [null, 'an empty value'],
  [42, 'number 42'],
  ['2025-13-45', 'the text "2025-13-45"'],
  [['a'], 'a list'],
  [{ a: 1 }, 'a group of fields'],
  [new Date('2025-11-10T00:00:00Z'), 'the date 2025-11-10'],
])('describes %j as %s', (value, expected) => {
  expect(describeValue(value)).toBe(expected);
});
