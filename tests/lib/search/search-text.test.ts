import { describe, expect, test } from 'vitest';
import { tokenize, variantTerms, type GlossaryVariants } from '../../../src/lib/search/search-text.ts';

const terms = (text: string, glossary: GlossaryVariants[] = [], side: 'index' | 'query' = 'query') => tokenize(text, glossary, side).map((token) => token.term);

describe('case, diacritics and apostrophes', () => {
  test.each([
    ['Türkiye', ['turkiye']],
    ['TURKIYE', ['turkiye']],
    ['Pakistan’s problems', ['pakistan', 'problems']],
    ["Pakistan's problems", ['pakistan', 'problems']],
    ['Didn’t', ['didnt']],
    ['Tehrik-e-Taliban', ['tehrik', 'e', 'taliban']],
    ['ISIS-K', ['isis', 'k']],
  ])('%j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});

describe('numbers are written one way', () => {
  test.each([
    ['70,000', ['70000']],
    ['70000', ['70000']],
    ['70 000', ['70000']],
    ['70\u00a0000', ['70000']],
    ['1,600-mile', ['1600', 'mile']],
    ['80%', ['80', 'percent']],
    ['80 percent', ['80', 'percent']],
    ['80 per cent', ['80', 'percent']],
    ['65–70%', ['65', '70', 'percent']],
    ['four million', ['4000000']],
    ['4 million', ['4000000']],
    ['4,000,000', ['4000000']],
    ['forty years', ['40', 'years']],
    ['twenty-five', ['25']],
    ['25 years', ['25', 'years']],
    ['third round', ['third', 'round']],
    ['3rd round', ['third', 'round']],
    ['November 6 and 7', ['november', '6', 'and', '7']],
    ['November 6 2025', ['november', '6', '2025']],
  ])('%j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});

describe('glossary variants map to one canonical token', () => {
  const glossary: GlossaryVariants[] = [
    { canonical: '=ttp', variants: ['Tehrik-e-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'Tehreek-i-Taliban', 'TTP', 'Pakistani Taliban'].map(variantTerms) },
    { canonical: '=turkey', variants: ['Turkey', 'Turkiye', 'Türkiye'].map(variantTerms) },
  ];

  test.each([['Tehreek-i-Taliban'], ['TTP'], ['Tehrik-e-Taliban Pakistan'], ['tehreek-e-taliban pakistan'], ['Pakistani Taliban']])('%j in a query', (text) => {
    expect(terms(text, glossary)).toEqual(['=ttp']);
  });

  test('the longest variant wins', () => {
    expect(terms('the Tehrik-e-Taliban Pakistan (TTP)', glossary)).toEqual(['the', '=ttp', '=ttp']);
  });

  test('the index keeps the words themselves beside the canonical token', () => {
    expect(terms('hosted by Türkiye', glossary, 'index')).toEqual(['hosted', 'by', '=turkey', 'turkiye']);
  });

  test('a canonical token spans the words it replaces', () => {
    const [token] = tokenize('Tehreek-e-Taliban Pakistan', glossary);
    expect(token).toEqual({ term: '=ttp', start: 0, end: 26 });
  });
});

test('token spans point into the original text', () => {
  const text = 'killed 70,000 to 80,000 people';
  expect(tokenize(text).map(({ start, end }) => text.slice(start, end))).toEqual(['killed', '70,000', 'to', '80,000', 'people']);
});
