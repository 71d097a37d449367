import { describe, expect, test } from 'vitest';
import { createParagraphIdAllocator, slugWords } from '../../../src/lib/anchors/anchors.ts';

describe('slugWords', () => {
  test.each([
    ['Muttaqi stressed that the Afghan', ['muttaqi', 'stressed', 'that', 'the', 'afghan']],
    ['Pakistan’s Foreign Office', ['pakistans', 'foreign', 'office']],
    ["Didn't the Pakistani government", ['didnt', 'the', 'pakistani', 'government']],
    ['Türkiye rejects', ['turkiye', 'rejects']],
    ['ISTANBUL – A crucial third round', ['istanbul', 'a', 'crucial', 'third', 'round']],
    ['“70,000 to 80,000” killed', ['70', '000', 'to', '80', '000', 'killed']],
    ['…', []],
  ])('%j → %j', (text, words) => {
    expect(slugWords(text)).toEqual(words);
  });
});

describe('createParagraphIdAllocator', () => {
  test('makes an id from the first six words of a paragraph', () => {
    const ids = createParagraphIdAllocator();
    expect(ids.next('Muttaqi stressed that the Afghan Interim Government seeks “constructive and respectful” relations')).toBe(
      'p-muttaqi-stressed-that-the-afghan-interim',
    );
  });

  test('numbers paragraphs that open with the same words, in reading order', () => {
    const ids = createParagraphIdAllocator();
    expect(['Reuters', 'Reuters', 'Reuters'].map((text) => ids.next(text))).toEqual(['p-reuters', 'p-reuters-2', 'p-reuters-3']);
  });

  test('a paragraph keeps its id when another is inserted before it', () => {
    const before = createParagraphIdAllocator();
    const after = createParagraphIdAllocator();
    const original = ['First paragraph here.', 'Second paragraph here.'].map((text) => before.next(text));
    const edited = ['A new paragraph.', 'First paragraph here.', 'Second paragraph here.'].map((text) => after.next(text));
    expect(edited.slice(1)).toEqual(original);
  });

  test('never hands out an id that was written by hand', () => {
    const ids = createParagraphIdAllocator();
    expect(ids.reserve('p-reuters')).toBe('p-reuters');
    expect(ids.next('Reuters')).toBe('p-reuters-2');
  });

  test('gives text without letters or digits a fallback id', () => {
    expect(createParagraphIdAllocator().next('— … —')).toBe('p-untitled');
  });

  test('starts afresh for each document', () => {
    expect(createParagraphIdAllocator().next('Reuters')).toBe('p-reuters');
    expect(createParagraphIdAllocator().next('Reuters')).toBe('p-reuters');
  });

  test('uses the given prefix', () => {
    expect(createParagraphIdAllocator('para-').next('Two words')).toBe('para-two-words');
  });
});
