import { expect, test } from 'vitest';
import { findOmissionDoubts, LONGEST_LABEL } from '../../../src/lib/sources/omissions.ts';

const paragraph = 'Pakistan said Sunday that recent talks with Afghanistan failed to deliver progress because the Taliban government has not taken concrete steps.';

test('accepts short page labels and long teasers or appeals', () => {
  expect(findOmissionDoubts({ kind: 'advertisement', text: 'AdSense Advertisement\nAdvertisement' })).toEqual([]);
  expect(findOmissionDoubts({ kind: 'related-story', text: `ALSO SEE\n\n${paragraph}` })).toEqual([]);
  expect(findOmissionDoubts({ kind: 'donation-appeal', text: paragraph })).toEqual([]);
});

test('doubts a paragraph recorded as a label kind', () => {
  expect(findOmissionDoubts({ kind: 'advertisement', text: paragraph })).toEqual([{ reason: 'long-label', line: paragraph, length: 143 }]);
  expect(findOmissionDoubts({ kind: 'navigation', text: 'x'.repeat(LONGEST_LABEL) })).toEqual([]);
});

test('a repeated headline must be the headline', () => {
  expect(findOmissionDoubts({ kind: 'repeated-headline', text: 'Talks end' }, 'Talks end')).toEqual([]);
  expect(findOmissionDoubts({ kind: 'repeated-headline', text: paragraph }, 'Talks end')).toEqual([{ reason: 'not-the-headline' }]);
  expect(findOmissionDoubts({ kind: 'repeated-headline', text: paragraph })).toEqual([]);
});
