import { describe, expect, test } from 'vitest';
import { checkFidelity, normalizeLine, type CopyToCheck } from '../../../src/lib/sources/fidelity.ts';

const capture = [
  'Dark Mode',
  '',
  'Talks end without agreement',
  '',
  'By Staff',
  '',
  'ISTANBUL – The talks ended on Friday.',
  '\u00a0',
  '  • First takeaway.',
  'Advertisement',
  'Advertisement',
].join('\n');

const faithful: CopyToCheck = {
  capture,
  blocks: ['ISTANBUL – The talks ended on Friday.', 'First takeaway.'],
  fields: [
    { field: 'headline', text: 'Talks end without agreement', wholeLine: true },
    { field: 'author.byline', text: 'By Staff', wholeLine: true },
    { field: 'dateline', text: 'ISTANBUL', wholeLine: false },
  ],
  omissions: [{ text: 'Dark Mode' }, { text: 'Advertisement' }, { text: 'Advertisement' }],
};

describe('normalizeLine', () => {
  test.each([
    ['  • Taliban blames Pakistan.', 'Taliban blames Pakistan.'],
    ['narrative.\u00a0', 'narrative.'],
    ['\u00a0 Donate Here', 'Donate Here'],
    ['“Quoted” text', '“Quoted” text'],
  ])('%j → %j', (line, expected) => {
    expect(normalizeLine(line)).toBe(expected);
  });
});

describe('checkFidelity', () => {
  test('accepts a copy whose every block and capture line are accounted for', () => {
    expect(checkFidelity(faithful)).toEqual([]);
  });

  test('rejects a paragraph that is not in the capture', () => {
    const copy = { ...faithful, blocks: [...faithful.blocks, 'An invented sentence.'] };
    expect(checkFidelity(copy)).toEqual([{ kind: 'block-not-in-capture', text: 'An invented sentence.' }]);
  });

  test('rejects a corrected word, however small', () => {
    const copy = { ...faithful, blocks: ['ISTANBUL - The talks ended on Friday.', 'First takeaway.'] };
    expect(checkFidelity(copy)).toContainEqual({ kind: 'block-not-in-capture', text: 'ISTANBUL - The talks ended on Friday.' });
  });

  test('rejects a paragraph cut short', () => {
    const copy = { ...faithful, blocks: ['ISTANBUL – The talks ended', 'First takeaway.'] };
    expect(checkFidelity(copy).map((problem) => problem.kind)).toEqual(['block-not-in-capture', 'line-unaccounted']);
  });

  test('reports a capture line dropped without being recorded, with its line number', () => {
    const copy = { ...faithful, omissions: [{ text: 'Dark Mode' }, { text: 'Advertisement' }] };
    expect(checkFidelity(copy)).toEqual([{ kind: 'line-unaccounted', line: 11, text: 'Advertisement' }]);
  });

  test('rejects an omission whose text is not in the capture', () => {
    const copy = { ...faithful, omissions: [...faithful.omissions, { text: 'Subscribe now' }] };
    expect(checkFidelity(copy)).toEqual([{ kind: 'omission-not-in-capture', index: 3, text: 'Subscribe now' }]);
  });

  test('accepts a multi-line omission only as one run of capture lines', () => {
    const asRun = { ...faithful, omissions: [{ text: 'Dark Mode' }, { text: 'Advertisement\n\nAdvertisement' }] };
    expect(checkFidelity(asRun)).toEqual([]);
    const notARun = { ...faithful, omissions: [...faithful.omissions, { text: 'Dark Mode\nBy Staff' }] };
    expect(checkFidelity(notARun)).toEqual([{ kind: 'omission-not-in-capture', index: 3, text: 'Dark Mode\nBy Staff' }]);
  });

  test('requires a headline to be a whole line of the capture', () => {
    const copy: CopyToCheck = {
      ...faithful,
      fields: [{ field: 'headline', text: 'Talks end', wholeLine: true }, ...faithful.fields.slice(1)],
    };
    expect(checkFidelity(copy)).toEqual([
      { kind: 'field-not-in-capture', field: 'headline', text: 'Talks end' },
      { kind: 'line-unaccounted', line: 3, text: 'Talks end without agreement' },
    ]);
  });

  test('rejects a dateline the capture does not print', () => {
    const copy: CopyToCheck = { ...faithful, fields: [...faithful.fields.slice(0, 2), { field: 'dateline', text: 'KABUL', wholeLine: false }] };
    expect(checkFidelity(copy)).toEqual([{ kind: 'field-not-in-capture', field: 'dateline', text: 'KABUL' }]);
  });

  test('rejects a paragraph repeated more often than the capture has it', () => {
    const copy = { ...faithful, blocks: [...faithful.blocks, 'First takeaway.'] };
    expect(checkFidelity(copy)).toEqual([{ kind: 'block-repeated', text: 'First takeaway.', inCopy: 2, inCapture: 1 }]);
  });

  test('keeps a line break inside a block as two capture lines', () => {
    const signed = 'Point of view.\nNationPress\n12/11/2025';
    expect(checkFidelity({ capture: signed, blocks: ['Point of view.', 'NationPress\n12/11/2025'], fields: [], omissions: [] })).toEqual([]);
  });
});
