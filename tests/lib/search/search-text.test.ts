import { describe, expect, test } from 'vitest';
import { STOPWORDS, tokenize, variantTerms, type GlossaryVariants } from '../../../src/lib/search/search-text.ts';

const terms = (text: string, glossary: GlossaryVariants[] = [], side: 'index' | 'query' = 'query') => tokenize(text, glossary, side).map((token) => token.term);

describe('case, diacritics and apostrophes', () => {
  test.each([
    ['Türkiye', ['turkiy']],
    ['TURKIYE', ['turkiy']],
    ['Pakistan’s problems', ['pakistan', 'problem']],
    ["Pakistan's problems", ['pakistan', 'problem']],
    ['Didn’t', ['didnt']],
    ['Tehrik-e-Taliban', ['tehrik', 'e', 'taliban']],
    ['ISIS-K', ['isi', 'k']],
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
    ['forty years', ['40', 'year']],
    ['twenty-five', ['25']],
    ['25 years', ['25', 'year']],
    ['third round', ['third', 'round']],
    ['3rd round', ['third', 'round']],
    ['November 6 and 7', ['novemb', '6', '7']],
    ['November 6 2025', ['novemb', '6', '2025']],
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
    expect(terms('the Tehrik-e-Taliban Pakistan (TTP)', glossary)).toEqual(['=ttp', '=ttp']);
  });

  test('the index keeps the words themselves beside the canonical token', () => {
    expect(terms('hosted by Türkiye', glossary, 'index')).toEqual(['host', '=turkey', 'turkiy']);
  });

  test('a canonical token spans the words it replaces', () => {
    const [token] = tokenize('Tehreek-e-Taliban Pakistan', glossary);
    expect(token).toEqual({ term: '=ttp', start: 0, end: 26, word: undefined });
  });
});

test('token spans point into the original text', () => {
  const text = 'killed 70,000 to 80,000 people';
  expect(tokenize(text).map(({ start, end }) => text.slice(start, end))).toEqual(['killed', '70,000', '80,000', 'people']);
});

describe('questions lose their function words', () => {
  test.each([
    ['what did the Taliban say about the fence', ['taliban', 'fenc']],
    ['who said Pakistan has no ill will', ['pakistan', 'no', 'ill', 'will']],
    ['how many people were killed', ['peopl', 'kill']],
    ['why did the talks fail?', ['talk', 'fail']],
    ['not a humanitarian issue', ['not', 'humanitarian', 'issu']],
  ])('%j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  test('negations are not function words: "no ill will" and "not a humanitarian issue" need them', () => {
    expect(['no', 'not', 'nor'].filter((word) => STOPWORDS.has(word))).toEqual([]);
  });

  test('a glossary name keeps its function words, so it is matched word for word', () => {
    const glossary: GlossaryVariants[] = [{ canonical: '=iea', variants: ['Islamic Emirate of Afghanistan'].map(variantTerms) }];
    expect(variantTerms('Islamic Emirate of Afghanistan')).toEqual(['islam', 'emir', 'of', 'afghanistan']);
    expect(terms('the Islamic Emirate of Afghanistan said', glossary)).toEqual(['=iea']);
    expect(terms('an Islamic Emirate official in Afghanistan', glossary)).toEqual(['islam', 'emir', 'offici', 'afghanistan']);
  });
});

describe('word forms meet through the stemmer, on both sides', () => {
  test.each([
    ['killed', 'killing', 'kill', 'kills'],
    ['demands', 'demanded', 'demand', 'demanding'],
    ['ceasefires', 'ceasefire'],
    ['refugees', 'refugee'],
    ['guarantees', 'guarantee', 'guaranteed'],
  ])('%j and its forms', (...forms) => {
    const stems = new Set(forms.map((form) => terms(form, [], 'index').join(' ')));
    expect(stems.size).toBe(1);
    expect(new Set(forms.map((form) => terms(form).join(' ')))).toEqual(stems);
  });

  test('the word as written travels with its stem', () => {
    expect(tokenize('Killing')[0]).toEqual({ term: 'kill', word: 'killing', start: 0, end: 7 });
  });
});

describe('numbers as readers write them', () => {
  test.each([
    ['80k', ['80000']],
    ['70K', ['70000']],
    ['70 thousand', ['70000']],
    ['seventy thousand', ['70000']],
    ['seventy thousand dead', ['70000', 'dead']],
    ['1.5 million', ['1500000']],
    ['4m', ['4000000']],
    ['70,000–80,000', ['70000', '80000']],
    ['70-80 thousand', ['70000', '80000']],
    ['70–80k', ['70000', '80000']],
    ['70 to 80 thousand', ['70000', '80000']],
    ['seventy to eighty thousand', ['70000', '80000']],
    ['2 to 3 percent', ['2', '3', 'percent']],
  ])('%j → %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  test('a range keeps each end on its own words', () => {
    const text = '70-80 thousand';
    expect(tokenize(text).map(({ start, end }) => text.slice(start, end))).toEqual(['70', '80 thousand']);
  });
});

describe('hyphenated compounds are indexed whole too', () => {
  test('"cease-fire" is indexed as its parts and as "ceasefire", which is what "ceasefire" searches', () => {
    expect(terms('a cease-fire held', [], 'index')).toEqual(['ceasefir', 'ceas', 'fire', 'held']);
    expect(terms('ceasefire')).toEqual(['ceasefir']);
  });

  test('a query keeps the parts; the engine joins them where the index holds the compound', () => {
    expect(terms('cease-fire')).toEqual(['ceas', 'fire']);
  });

  test('a hyphenated number range is not a compound', () => {
    expect(terms('the 2021-2022 talks', [], 'index')).toEqual(['2021', '2022', 'talk']);
  });
});

test('words that are names of object properties are words, not numbers', () => {
  expect(terms('the constructor of toString and hasOwnProperty')).toEqual(['constructor', 'tostr', 'hasownproperti']);
});
