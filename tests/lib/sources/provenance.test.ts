import { expect, test } from 'vitest';
import { describeAuthor, describeDate, shortDigest } from '../../../src/lib/sources/provenance.ts';

test('says "Not named" for an unnamed author rather than guessing one', () => {
  expect(describeAuthor('not named')).toBe('Not named');
});

test('shows name and role as printed', () => {
  expect(describeAuthor({ name: 'Aamir Abbasi', role: 'Editor, Islamabad' })).toBe('Aamir Abbasi, Editor, Islamabad');
});

test('prefers the byline as printed', () => {
  expect(describeAuthor({ name: 'The South Asia Times', byline: 'By The South Asia Times' })).toBe('By The South Asia Times');
});

test('says "None printed" when the page prints no date', () => {
  expect(describeDate({ printed: 'none printed', note: 'reports a statement made "Sunday"' })).toBe('None printed');
});

test('shows a printed date exactly, with the kind of date it is', () => {
  expect(describeDate({ printed: '12/11/2025', kind: 'page date' })).toBe('12/11/2025 (page date)');
});

test('shortens a digest for display', () => {
  expect(shortDigest('62bda1ebdb07b4f1af7ec32ee5886a04fe7b4530b3a9cc12ae39bd04443aad0e')).toBe('62bda1ebdb07…');
});
