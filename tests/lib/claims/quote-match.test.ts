import { describe, expect, test } from 'vitest';
import { findClosestPassage, matchQuote, type Paragraph } from '../../../src/lib/claims/quote-match.ts';
import { collapseWhitespace } from '../../../src/lib/text.ts';

const paragraphs: Paragraph[] = [
  { id: 'p-one', text: '“Pakistan’s problems are not new,” he said. “TTP has been active in Pakistan for 25 years.”' },
  { id: 'p-two', text: 'Pakistan said Sunday that the talks failed.\u00a0 Pakistan said Sunday it would wait.' },
  { id: 'p-three', text: 'NationPress\n12/11/2025' },
];

describe('matchQuote', () => {
  test('finds the exact words and gives their paragraph and offsets', () => {
    const match = matchQuote(paragraphs, 'TTP has been active in Pakistan for 25 years.');
    expect(match).toEqual({ found: true, paragraphId: 'p-one', start: 45, end: 90 });
    if (match.found) expect(paragraphs[0]?.text.slice(match.start, match.end)).toBe('TTP has been active in Pakistan for 25 years.');
  });

  test('tolerates differences of whitespace, including line breaks and no-break spaces', () => {
    expect(matchQuote(paragraphs, '  NationPress 12/11/2025 ')).toMatchObject({ found: true, paragraphId: 'p-three', start: 0, end: 22 });
    expect(matchQuote(paragraphs, 'failed. Pakistan said')).toMatchObject({ found: true, paragraphId: 'p-two' });
  });

  test.each([
    ['straight for curly apostrophe', "Pakistan's problems are not new"],
    ['a changed word', 'TTP has been active in Pakistan for 20 years.'],
    ['a different case', 'ttp has been active'],
    ['a paraphrase', 'The TTP has operated in Pakistan for a quarter century.'],
    ['words from two paragraphs', '25 years.” Pakistan said Sunday'],
  ])('rejects %s', (_label, quote) => {
    expect(matchQuote(paragraphs, quote)).toMatchObject({ found: false, reason: 'absent' });
  });

  test('rejects an empty quote', () => {
    expect(matchQuote(paragraphs, ' \n ')).toEqual({ found: false, reason: 'empty' });
  });

  test('rejects words that occur more than once, listing where', () => {
    expect(matchQuote(paragraphs, 'Pakistan said Sunday')).toEqual({
      found: false,
      reason: 'ambiguous',
      occurrences: [
        { paragraphId: 'p-two', start: 0, end: 20 },
        { paragraphId: 'p-two', start: 45, end: 65 },
      ],
    });
  });

  test('picks one occurrence by the words after it', () => {
    expect(matchQuote(paragraphs, 'Pakistan said Sunday', { after: 'it would' })).toEqual({ found: true, paragraphId: 'p-two', start: 45, end: 65 });
  });

  test('picks one occurrence by the words before it, across whitespace', () => {
    expect(matchQuote(paragraphs, 'Pakistan said Sunday', { before: 'talks failed.' })).toEqual({ found: true, paragraphId: 'p-two', start: 45, end: 65 });
  });

  test('rejects context that fits no occurrence, even of a unique quote', () => {
    expect(matchQuote(paragraphs, 'he said.', { before: 'she' })).toMatchObject({ found: false, reason: 'context-not-found' });
  });

  test('rejects context that still fits several occurrences', () => {
    expect(matchQuote(paragraphs, 'Pakistan said Sunday', { before: '' })).toMatchObject({ found: false, reason: 'ambiguous' });
  });
});

describe('findClosestPassage', () => {
  test('points at the passage sharing the most words with a misquote', () => {
    expect(findClosestPassage(paragraphs, 'TTP has been active in Pakistan for 20 years')).toEqual({
      paragraphId: 'p-one',
      text: '“TTP has been active in Pakistan for 25 years.”',
      score: 8 / 9,
    });
  });

  test('finds nothing for words the article does not have', () => {
    expect(findClosestPassage(paragraphs, 'zzz qqq')).toBeUndefined();
  });
});

test('collapseWhitespace, the one leeway a quote has, collapses and trims whitespace only', () => {
  expect(collapseWhitespace('  a \n\u00a0 b ’c’ ')).toBe('a b ’c’');
});
