import { expect, test } from 'vitest';
import { markDifferences, type DiffSegment } from '../../../src/lib/claims/word-diff.ts';

/** Renders segments as text with [brackets] around differing stretches, for readable assertions. */
const show = (segments: DiffSegment[]) => segments.map(({ text, differs }) => (differs ? `[${text}]` : text)).join('');

test('marks the words two renderings do not share, keeping the text whole', () => {
  const [sat, dawat] = markDifferences(['irresponsible and non-cooperative attitude', 'irresponsible and uncooperative approach']);
  expect(show(sat ?? [])).toBe('irresponsible and [non-cooperative attitude]');
  expect(show(dawat ?? [])).toBe('irresponsible and [uncooperative approach]');
});

test('ignores case, punctuation around words and the form of apostrophe', () => {
  const [a, b] = markDifferences(['“Pakistan’s challenges are not new.', "Pakistan's challenges are not new,” he said"]);
  expect(show(a ?? [])).toBe('“Pakistan’s challenges are not new.');
  expect(show(b ?? [])).toBe("Pakistan's challenges are not new,” [he said]");
});

test('marks what one rendering adds in the middle', () => {
  const [shorter, longer] = markDifferences(['active in Pakistan for 25 years', 'active in Pakistan for the last 25 years']);
  expect(show(shorter ?? [])).toBe('active in Pakistan for 25 years');
  expect(show(longer ?? [])).toBe('active in Pakistan for [the last] 25 years');
});

test('with three renderings, marks words missing from any other', () => {
  const marked = markDifferences(['a b c', 'a b d', 'a b c']).map((segments) => show(segments));
  expect(marked).toEqual(['a b [c]', 'a b [d]', 'a b [c]']);
});

test('identical renderings have nothing marked', () => {
  expect(markDifferences(['same words', 'same words']).map((segments) => show(segments))).toEqual(['same words', 'same words']);
});
