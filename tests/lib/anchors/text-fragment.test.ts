import { describe, expect, test } from 'vitest';
import { buildTextFragmentUrl, encodeTextDirectiveTerm, withoutFragmentDirective } from '../../../src/lib/anchors/text-fragment.ts';

describe('encodeTextDirectiveTerm', () => {
  test.each([
    ['Tehrik-e-Taliban', 'Tehrik%2De%2DTaliban'],
    ['70,000 to 80,000', '70%2C000%20to%2080%2C000'],
    ['this & that', 'this%20%26%20that'],
    ['“not new,”', '%E2%80%9Cnot%20new%2C%E2%80%9D'],
    ['Pakistan’s', 'Pakistan%E2%80%99s'],
    ['65–70%', '65%E2%80%9370%25'],
  ])('%j → %j', (term, encoded) => {
    expect(encodeTextDirectiveTerm(term)).toBe(encoded);
  });
});

describe('buildTextFragmentUrl', () => {
  const page = 'Pakistan said Sunday that the talks failed. This is not a humanitarian issue, Pakistan said. Later, Pakistan said Sunday again.';

  test('a short, unique passage is quoted whole', () => {
    expect(buildTextFragmentUrl({ url: 'https://nukta.com/story', text: 'This is not a humanitarian issue', pageText: page })).toBe(
      'https://nukta.com/story#:~:text=This%20is%20not%20a%20humanitarian%20issue',
    );
  });

  test('a passage that occurs twice gets the words around it', () => {
    expect(
      buildTextFragmentUrl({ url: 'https://nukta.com/story', text: 'Pakistan said Sunday', pageText: page, before: 'talks failed. Later,', after: 'again. The end' }),
    ).toBe('https://nukta.com/story#:~:text=talks%20failed.%20Later%2C-,Pakistan%20said%20Sunday,-again.%20The%20end');
  });

  test('a long passage is addressed by its first and last words', () => {
    const text = 'TTP has been active in Pakistan for 25 years, and Pakistani officials themselves have said that 70,000 to 80,000 people were killed in the past two decades of conflict.';
    expect(buildTextFragmentUrl({ url: 'https://htnworld.com/a', text, pageText: text })).toBe(
      'https://htnworld.com/a#:~:text=TTP%20has%20been%20active%20in,past%20two%20decades%20of%20conflict.',
    );
  });

  test('keeps the query string and replaces any fragment of the address', () => {
    expect(buildTextFragmentUrl({ url: 'https://dawatmedia24.com/?p=202758#top', text: 'stalemate', pageText: 'in stalemate on Tuesday' })).toBe(
      'https://dawatmedia24.com/?p=202758#:~:text=stalemate',
    );
  });

  test('whitespace in the quote is collapsed', () => {
    expect(buildTextFragmentUrl({ url: 'https://x.org/', text: ' two\u00a0 words ', pageText: 'two words' })).toBe('https://x.org/#:~:text=two%20words');
  });
});

describe('withoutFragmentDirective', () => {
  test.each([
    ['https://example.org/a#:~:text=Pakistan%20said', 'https://example.org/a'],
    ['https://example.org/a?p=1#:~:text=start,end&text=other', 'https://example.org/a?p=1'],
    ['https://example.org/a#section:~:text=words', 'https://example.org/a#section'],
    ['https://example.org/a#section', 'https://example.org/a#section'],
    ['https://example.org/a', 'https://example.org/a'],
    // ":~:" means a directive only in the fragment, not in the path or query.
    ['https://example.org/a:~:b?q=:~:', 'https://example.org/a:~:b?q=:~:'],
  ])('%s → %s', (url, expected) => {
    expect(withoutFragmentDirective(url)).toBe(expected);
  });
});
