import { expect, test } from 'vitest';
import { describeIssues } from '../../../src/lib/problems/schema-issues.ts';

test('says a missing field is required', () => {
  expect(describeIssues([{ code: 'invalid_type', path: ['outlet'], message: 'must be text', input: undefined }])).toEqual([
    { path: ['outlet'], field: 'outlet', message: 'is required but missing' },
  ]);
});

test('says what a wrong value was', () => {
  expect(describeIssues([{ code: 'invalid_type', path: ['outlet'], message: 'must be text', input: 42 }])).toEqual([
    { path: ['outlet'], field: 'outlet', message: 'must be text (found number 42)' },
  ]);
});

test('names each unknown key as its own field', () => {
  expect(
    describeIssues([{ code: 'unrecognized_keys', path: ['date'], message: 'Unrecognized keys', keys: ['when', 'where'] }]).map(
      (issue) => issue.field,
    ),
  ).toEqual(['date.when', 'date.where']);
});

test('reports inside the alternative of a union that matched the shape of the value', () => {
  const issues = describeIssues([
    {
      code: 'invalid_union',
      path: ['author'],
      message: 'must be "not named" or a name',
      input: { name: 7 },
      errors: [
        [{ code: 'invalid_value', path: [], message: 'Invalid input', input: { name: 7 } }],
        [{ code: 'invalid_type', path: ['name'], message: 'must be text', input: 7 }],
      ],
    },
  ]);
  expect(issues).toEqual([{ path: ['author', 'name'], field: 'author.name', message: 'must be text (found number 7)' }]);
});

test('falls back to the union message when no alternative fits', () => {
  const issues = describeIssues([
    { code: 'invalid_union', path: ['author'], message: 'must be "not named" or a name', input: 'anonymous', errors: [[], []] },
  ]);
  expect(issues).toEqual([{ path: ['author'], field: 'author', message: 'must be "not named" or a name (found the text "anonymous")' }]);
});

test('names the value a refinement rejected, but not a whole group', () => {
  expect(
    describeIssues([
      { code: 'custom', path: ['url'], message: 'must be a web address', input: 'unknown' },
      { code: 'custom', path: ['date', 'kind'], message: 'is required when a date is printed', input: { printed: 'x' } },
    ]).map((issue) => issue.message),
  ).toEqual(['must be a web address (found the text "unknown")', 'is required when a date is printed']);
});
