import { describe, expect, test } from 'vitest';
import { describeFigureValue, readFigureValue, sortValue } from '../../../src/lib/figures/figure-values.ts';

describe('a figure is read from its wording by code', () => {
  test.each([
    ['70,000 to 80,000 people', { kind: 'range', low: 70000, high: 80000, percent: false, qualifier: undefined }],
    ['70,000 to 80,000 of their citizens', { kind: 'range', low: 70000, high: 80000, percent: false, qualifier: undefined }],
    ['70–80 thousand', { kind: 'range', low: 70000, high: 80000, percent: false, qualifier: undefined }],
    ['more than 80% of TTP attacks', { kind: 'number', value: 80, percent: true, qualifier: 'more than' }],
    ['90% of issues resolved', { kind: 'number', value: 90, percent: true, qualifier: undefined }],
    ['nearly 65–70% of Afghan transit volumes', { kind: 'range', low: 65, high: 70, percent: true, qualifier: 'nearly' }],
    ['a 50% increase', { kind: 'number', value: 50, percent: true, qualifier: undefined }],
    ['80 per cent', { kind: 'number', value: 80, percent: true, qualifier: undefined }],
    ['25 years', { kind: 'number', value: 25, percent: false, qualifier: undefined }],
    ['the last 25 years', { kind: 'number', value: 25, percent: false, qualifier: undefined }],
    ['1,600-mile border', { kind: 'number', value: 1600, percent: false, qualifier: undefined }],
    ['2,600 kilometres', { kind: 'number', value: 2600, percent: false, qualifier: undefined }],
    ['over four million Afghan refugees', { kind: 'number', value: 4_000_000, percent: false, qualifier: 'over' }],
    ['four decades', { kind: 'number', value: 4, percent: false, qualifier: undefined }],
    ['a 48-member ISKP cell', { kind: 'number', value: 48, percent: false, qualifier: undefined }],
    ['arrested up to 1,700 militants', { kind: 'number', value: 1700, percent: false, qualifier: 'up to' }],
    ['killed nearly 1,100 others', { kind: 'number', value: 1100, percent: false, qualifier: 'nearly' }],
    ['three suspects', { kind: 'number', value: 3, percent: false, qualifier: undefined }],
    ['two days of mediated talks', { kind: 'number', value: 2, percent: false, qualifier: undefined }],
    ['80k', { kind: 'number', value: 80000, percent: false, qualifier: undefined }],
  ])('%j', (wording, expected) => {
    expect(readFigureValue(wording)).toEqual(expected);
  });

  test.each([
    ['hundreds of checkpoints', 'hundreds'],
    ['tens of thousands of people', 'tens of thousands'],
    ['dozens of militants', 'dozens'],
  ])('%j gives a size but no number', (wording, words) => {
    const value = readFigureValue(wording);
    expect(value).toEqual({ kind: 'magnitude', words });
    expect(sortValue(value)).toBeUndefined();
    expect(describeFigureValue(value)).toBe(`“${words}”: a size, no number`);
  });

  test.each([
    ['checkpoints along the border', 'holds no number'],
    ['70,000 people in 2021', 'holds 2 numbers (70,000, 2021) that are not the two ends of one range'],
    ['80,000 to 70,000 people', 'reads as a range from 80,000 down to 70,000'],
  ])('%j is no figure wording', (wording, reason) => {
    expect(readFigureValue(wording)).toEqual({ kind: 'unreadable', reason });
  });
});

describe('how a value is stated and sorted', () => {
  test.each([
    ['70,000 to 80,000 people', '70,000 to 80,000', 80000],
    ['more than 80% of TTP attacks', 'more than 80%', 80],
    ['nearly 65–70% of Afghan transit volumes', 'nearly 65% to 70%', 70],
    ['over four million Afghan refugees', 'over 4,000,000', 4_000_000],
  ])('%j → %j, sorted at %d', (wording, described, sorted) => {
    const value = readFigureValue(wording);
    expect(describeFigureValue(value)).toBe(described);
    expect(sortValue(value)).toBe(sorted);
  });
});
