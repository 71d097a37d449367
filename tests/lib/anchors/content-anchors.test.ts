import { expect, test } from 'vitest';
import { hashWords } from '../../../src/lib/anchors/anchor-register.ts';
import { compareContentWithRegister, isDeterminedByContent } from '../../../src/lib/anchors/content-anchors.ts';

test.each([
  ['/claims/c/', true],
  ['/claims/c/#q', true],
  ['/articles/a/', true],
  ['/articles/a/#p-first-words', true],
  ['/articles/a/#a-heading', true],
  ['/captures/001_x.txt', true],
  ['/glossary/#turkey', true],
  ['/people/#zabihullah-mujahid', true],
  ['/statements/#s', true],
  ['/disagreements/#d', true],
  ['/#topic-talks', true],
  ['/claims/#topic-talks', true],
  ['/search/#topic-talks', true],
  ['/', false],
  ['/claims/', false],
  ['/glossary/', false],
  ['/method/#errors', false],
  ['/coverage/#coverage-caption', false],
  ['/#something-else', false],
])('%s is determined by the content: %s', (anchor, determined) => {
  expect(isDeterminedByContent(anchor)).toBe(determined);
});

const line = (anchor: string, words?: string, at = 1) => ({ anchor, words, line: at });

test('finds the registered anchors the content no longer publishes, and those on other words', () => {
  const published = new Map<string, string | undefined>([
    ['/claims/c/', undefined],
    ['/claims/c/#q', 'the same words'],
    ['/claims/c/#r', 'other words'],
    ['/claims/c/#moved', undefined],
  ]);
  const result = compareContentWithRegister(
    [
      line('/claims/c/'),
      line('/claims/c/#q', hashWords('the  same\nwords'), 2),
      line('/claims/c/#r', hashWords('the words it had'), 3),
      line('/claims/c/#moved', hashWords('words that went elsewhere'), 4),
      line('/claims/c/#gone', undefined, 5),
      line('/claims/broken/#q', undefined, 6),
      line('/method/#errors', undefined, 7),
    ],
    { published, aliased: new Set(['/claims/c/#moved']), isUnknown: (anchor) => anchor.startsWith('/claims/broken/') },
  );
  expect(result.lost.map((entry) => entry.anchor)).toEqual(['/claims/c/#gone']);
  expect(result.changed).toEqual([{ entry: line('/claims/c/#r', hashWords('the words it had'), 3), words: 'other words' }]);
});
