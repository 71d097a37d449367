/**
 * Two claims asking the same question, and a claim listing itself as related, used to pass without
 * a word (review defect 12). Each case edits a temporary copy of content/ and asserts the exact lines.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/problems/content-problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { copyProject, editFile, removeCopies } from '../support/project-copy.ts';

afterAll(removeCopies);

const TTP = 'content/claims/where-ttp-attacks-are-planned.yaml';
const COPY = 'content/claims/where-ttp-attacks-are-planned-again.yaml';

/** The report lines (without the summary line) after `change` is made to a fresh copy of content/. */
async function reportAfter(change: (root: string) => Promise<void>): Promise<string[]> {
  const root = await copyProject();
  await change(root);
  return formatProblems(await validateContent(root))
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0);
}

/** Writes a second copy of the TTP claim, its quote ids suffixed so that only the claim itself repeats, after `edit`. */
const duplicate = (edit: (text: string) => string) => async (root: string) => {
  const text = await readFile(path.join(root, TTP), 'utf8');
  const suffixed = text.replace(/^(\s+(?:- id:|-)\s+)((?:htn|nukta|dawat|nationpress|southasiatimes)-[a-z0-9-]+)$/gmu, '$1$2-again');
  await writeFile(path.join(root, COPY), edit(suffixed));
};

/** The line saying that `file`'s `field` is the same as `other`'s. */
const same = (file: string, line: number, field: string, other: string) =>
  `${file}:${line}: ${field}: is the same as the ${field} of ${other} (case and spacing aside): two claims must not ask the same question; merge them, or say how they differ`;

test('a second claim with the same title and statement fails, both files naming each other', async () => {
  expect(await reportAfter(duplicate((text) => text))).toEqual([same(COPY, 1, 'title', TTP), same(COPY, 2, 'statement', TTP), same(TTP, 1, 'title', COPY), same(TTP, 2, 'statement', COPY)]);
});

test('case and spacing do not tell two titles apart', async () => {
  const lines = await reportAfter(
    duplicate((text) => text.replace('title: Where TTP attacks are planned', 'title: "where TTP  attacks are\\u00a0Planned "').replace(/^statement: .*$/mu, 'statement: Whether this differs.')),
  );
  expect(lines).toEqual([same(COPY, 1, 'title', TTP), same(TTP, 1, 'title', COPY)]);
});

test('the same statement under another title fails too', async () => {
  expect(await reportAfter(duplicate((text) => text.replace('title: Where TTP attacks are planned', 'title: Where attacks are planned')))).toEqual([
    same(COPY, 2, 'statement', TTP),
    same(TTP, 2, 'statement', COPY),
  ]);
});

test('a claim that names itself as related fails', async () => {
  const FILE = 'content/claims/where-iskp-is-based.yaml';
  const text = await readFile(path.resolve(FILE), 'utf8');
  const line = text.split('\n').findIndex((written) => written === 'related:') + 2;
  expect(await reportAfter((root) => editFile(root, FILE, (written) => written.replace('related:\n', 'related:\n  - where-iskp-is-based\n')))).toEqual([
    `${FILE}:${line}: related[0]: names this claim itself: list only other claims`,
  ]);
});
