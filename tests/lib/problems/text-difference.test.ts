import { describe, expect, test } from 'vitest';
import { alignTo, describeCharacter, describeDifference, findDifference, findNearest, showInvisible, similarity } from '../../../src/lib/problems/text-difference.ts';

const names = { expected: 'the capture', found: 'the copy' };
const describe_ = (expected: string, found: string) => {
  const difference = findDifference(expected, found);
  return difference === undefined ? undefined : describeDifference(difference, names);
};

describe('describeCharacter', () => {
  test.each([
    ['’', '’ U+2019'],
    ["'", "' U+0027"],
    ['\u00a0', 'no-break space U+00A0'],
    ['\u200b', 'zero-width space U+200B'],
    ['\ufeff', 'zero-width no-break space (byte order mark) U+FEFF'],
    ['\u2061', 'invisible character U+2061'],
    [' ', 'space U+0020'],
    ['😀', '😀 U+1F600'],
  ])('%j → %s', (char, expected) => {
    expect(describeCharacter(char)).toBe(expected);
  });
});

test('shows invisible characters, but not plain spaces, by code point', () => {
  expect(showInvisible('a\u00a0b c\u200bd')).toBe('a[U+00A0]b c[U+200B]d');
});

describe('findDifference and describeDifference', () => {
  test('equal texts have no difference', () => {
    expect(findDifference('same', 'same')).toBeUndefined();
  });

  test('a straight apostrophe for a curly one, far into a long line, with the text around it', () => {
    const before = 'The statement accused some Taliban factions of using anti-Pakistan sentiment to strengthen their rule and distract from Afghanistan';
    expect(describe_(`${before}’s internal problems.`, `${before}'s internal problems.`)).toBe(
      'character 132: ’ U+2019 in the capture, \' U+0027 in the copy ("… and distract from Afghanistan’s internal problems." in the capture, "… and distract from Afghanistan\'s internal problems." in the copy)',
    );
  });

  test('a no-break space for a space is named', () => {
    expect(describe_('a short-lived cease-fire', 'a short-lived\u00a0cease-fire')).toBe(
      'character 14: space U+0020 in the capture, no-break space U+00A0 in the copy ("a short-lived cease-fire" in the capture, "a short-lived[U+00A0]cease-fire" in the copy)',
    );
  });

  test('an added zero-width space is named, with nothing on the other side', () => {
    expect(describe_('ceasefire', 'cease\u200bfire')).toBe(
      'character 6: nothing in the capture, zero-width space U+200B in the copy ("ceasefire" in the capture, "cease[U+200B]fire" in the copy)',
    );
  });

  test('a changed word is shown as whole words', () => {
    expect(describe_('officials said on Saturday that', 'officials said on Friday that')).toBe(
      'character 19: "Saturday" in the capture, "Friday" in the copy ("officials said on Saturday that" in the capture, "officials said on Friday that" in the copy)',
    );
  });

  test('a cut-short text says what is missing', () => {
    expect(findDifference('The talks ended on Friday.', 'The talks ended')).toMatchObject({ position: 16, expected: ' on Friday.', found: '' });
  });
});

describe('findNearest', () => {
  const lines = ['Dark Mode', 'The first round of talks in Doha produced an understanding.', 'Reuters'];

  test('finds the line a corrected copy was made from', () => {
    expect(findNearest(lines, 'The first round of talks in Doha produced an understandin.')).toEqual({ index: 1, text: lines[1] });
  });

  test('finds nothing for an invented sentence', () => {
    expect(findNearest(lines, 'Talks will resume next week.')).toBeUndefined();
  });

  test('similarity is the share of the longer text shared at start and end', () => {
    expect(similarity('abcd', 'abXd')).toBe(0.75);
    expect(similarity('', '')).toBe(1);
  });
});

describe('alignTo', () => {
  test('drops a quotation mark and a comma that the whole words carry and the quote does not', () => {
    expect(alignTo('“TTP has been active in Pakistan for 25 years,', 'TTP has been active in Pakistan for 20 years')).toBe('TTP has been active in Pakistan for 25 years');
  });

  test('keeps a passage that already lines up', () => {
    expect(alignTo('for 25 years', 'for 20 years')).toBe('for 25 years');
  });
});
