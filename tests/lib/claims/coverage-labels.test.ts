import { expect, test } from 'vitest';
import { describeNeitherSide, describeSideCount, hasCoverage } from '../../../src/lib/claims/coverage-labels.ts';

test('a side cell counts its own quotes and names each voice with its relays', () => {
  expect(
    describeSideCount({
      side: 'taliban',
      count: 3,
      attributions: ['reported', 'direct'],
      voices: [
        { speaker: 'Mohammad Naeem', relays: ['Khaama Press'], count: 2 },
        { speaker: 'Amir Khan Muttaqi', relays: [], count: 1 },
      ],
    }),
  ).toBe('3 quotes (reported speech, direct quote), from Mohammad Naeem via Khaama Press (2); Amir Khan Muttaqi');
});

test.each([
  [{ accounts: 0, framing: 0 }, undefined],
  [{ accounts: 1, framing: 0 }, '1 account of a side by others'],
  [{ accounts: 0, framing: 2 }, '2 framing quotes'],
  [{ accounts: 2, framing: 1 }, '2 accounts of a side by others, 1 framing quote'],
])('accounts and framing are counted apart from the sides (%j)', (cell, expected) => {
  expect(describeNeitherSide(cell)).toBe(expected);
});

test('an article with only framing on a claim still covers it', () => {
  expect(hasCoverage({ sides: [], accounts: 0, framing: 1 })).toBe(true);
  expect(hasCoverage({ sides: [], accounts: 0, framing: 0 })).toBe(false);
});
