/**
 * The reader questions of the search quality benchmark name real claims: a renamed or withdrawn
 * claim must not quietly turn a question into one no engine can answer.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/project-copy.ts';
import { READER_QUESTIONS } from '../support/reader-questions.ts';

const claimSlugs = (await readdir(path.join(PROJECT_ROOT, 'content/claims')))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length));

test('there are at least 45 questions, none asked twice', () => {
  expect(READER_QUESTIONS.length).toBeGreaterThanOrEqual(45);
  const questions = READER_QUESTIONS.map(({ question }) => question.toLowerCase());
  expect(questions.filter((question, index) => questions.indexOf(question) !== index)).toEqual([]);
});

test.each(READER_QUESTIONS)('$question expects one to three existing claims', ({ claims }) => {
  expect(claims.length).toBeGreaterThanOrEqual(1);
  expect(claims.length).toBeLessThanOrEqual(3);
  expect(new Set(claims).size).toBe(claims.length);
  expect(claims.filter((slug) => !claimSlugs.includes(slug))).toEqual([]);
});

test('every claim is expected by at least one question', () => {
  const expected = new Set(READER_QUESTIONS.flatMap(({ claims }) => claims));
  expect(claimSlugs.filter((slug) => !expected.has(slug))).toEqual([]);
});
