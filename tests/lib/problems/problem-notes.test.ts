import { expect, test } from 'vitest';
import { describeValue, formatProblems } from '../../../src/lib/problems/content-problems.ts';
import { describeIssues } from '../../../src/lib/problems/schema-issues.ts';

test('lists a note after its file’s problems and does not count it', () => {
  expect(
    formatProblems([
      { file: 'content/articles/a.md', field: 'cited by', message: '2 quotes were not checked', note: true },
      { file: 'content/articles/a.md', field: 'outlet', message: 'must be text', line: 2 },
      { file: 'content/claims/b.yaml', field: 'title', message: 'is required but missing' },
    ]),
  ).toBe(
    [
      'Content check failed: 2 problems in 2 files.',
      '',
      'content/articles/a.md:2: outlet: must be text',
      'content/articles/a.md: cited by: 2 quotes were not checked',
      '',
      'content/claims/b.yaml: title: is required but missing',
    ].join('\n'),
  );
});

test.each([
  ['object', 'must be a group of fields'],
  ['array', 'must be a list'],
  ['string', 'must be text'],
])('says zod’s default message for an expected %s plainly', (expected, message) => {
  expect(describeIssues([{ code: 'invalid_type', path: ['x'], expected, message: `Invalid input: expected ${expected}, received number`, input: 1 }])).toEqual([
    { path: ['x'], field: 'x', message: `${message} (found number 1)` },
  ]);
});

test('keeps a schema’s own message for a wrong type', () => {
  expect(describeIssues([{ code: 'invalid_type', path: ['x'], expected: 'object', message: 'must be a list of { kind, text } entries', input: 'none' }])).toEqual([
    { path: ['x'], field: 'x', message: 'must be a list of { kind, text } entries (found the text "none")' },
  ]);
});

test.each([
  [Uint8Array.from([104, 105]), 'binary data, written with !!binary'],
  [new Set(['a']), 'a set, written with !!set'],
  [new Map([['a', 1]]), 'an ordered map, written with !!omap'],
])('names what a YAML tag made of a value: %s', (value, description) => {
  expect(describeValue(value)).toBe(description);
});
