import { describe, expect, test } from 'vitest';
import { ELLIPSIS, fitLines, truncateText } from '../../../src/lib/previews/text-fit.ts';

/** Every character 10 units wide, so widths can be read off the text. */
const measure = (text: string) => [...text].length * 10;

describe('fitLines', () => {
  test('keeps text that fits on one line as it is', () => {
    expect(fitLines('Where attacks are planned', { measure, maxWidth: 400, maxLines: 2 })).toEqual({ lines: ['Where attacks are planned'], cut: false });
  });

  test('breaks at spaces, filling each line before starting the next', () => {
    expect(fitLines('aaa bbb ccc ddd', { measure, maxWidth: 70, maxLines: 3 })).toEqual({ lines: ['aaa bbb', 'ccc ddd'], cut: false });
  });

  test('collapses runs of spaces and line breaks', () => {
    expect(fitLines('aaa  \n bbb', { measure, maxWidth: 200, maxLines: 1 }).lines).toEqual(['aaa bbb']);
  });

  test('cuts what does not fit in the lines allowed, ending the last line with an ellipsis that fits too', () => {
    const fitted = fitLines('aaaa bbbb cccc dddd eeee', { measure, maxWidth: 90, maxLines: 2 });
    expect(fitted).toEqual({ lines: ['aaaa bbbb', `cccc${ELLIPSIS}`], cut: true });
  });

  test('never returns a line wider than the width, nor more lines than allowed', () => {
    const text = 'The government says both groups operate from safe havens in Afghanistan and have training camps there';
    for (const maxWidth of [60, 95, 150, 333]) {
      for (const maxLines of [1, 2, 4]) {
        const fitted = fitLines(text, { measure, maxWidth, maxLines });
        expect(fitted.lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of fitted.lines) expect(measure(line), `${line} in ${maxWidth}`).toBeLessThanOrEqual(maxWidth);
        expect(fitted.cut).toBe(fitted.lines.join(' ').replace(ELLIPSIS, '') !== text);
      }
    }
  });

  test('breaks a word wider than the line inside it', () => {
    expect(fitLines('https://example.org/a-very-long-address', { measure, maxWidth: 100, maxLines: 5 }).lines).toEqual(['https://ex', 'ample.org/', 'a-very-lon', 'g-address']);
  });

  test('closes a quotation it cuts, so the cut words still read as quoted', () => {
    const fitted = fitLines('it pledges that it “will not permit Afghan soil to be used”', { measure, maxWidth: 200, maxLines: 2 });
    expect(fitted.cut).toBe(true);
    expect(fitted.lines.at(-1)).toMatch(/…”$/u);
    for (const line of fitted.lines) expect(measure(line)).toBeLessThanOrEqual(200);
  });

  test('does not close a quotation that was closed before the cut', () => {
    const fitted = fitLines('says it “will not” negotiate with the group at all, ever again', { measure, maxWidth: 200, maxLines: 2 });
    expect(fitted.lines.at(-1)).toMatch(/[^”]…$/u);
  });
});

describe('truncateText', () => {
  test('returns text within the limit as it is', () => {
    expect(truncateText('Where TTP attacks are planned', 70)).toBe('Where TTP attacks are planned');
  });

  test('cuts at a space and ends with an ellipsis, within the limit', () => {
    const text = 'Commitments that Afghan soil will not be used against other countries, and what each side says';
    const cut = truncateText(text, 70);
    expect([...cut].length).toBeLessThanOrEqual(70);
    expect(cut).toBe('Commitments that Afghan soil will not be used against other…');
    expect(truncateText('aaaa bbbb cccc', 10)).toBe('aaaa bbbb…');
  });

  test('cuts a text without spaces at the limit', () => {
    expect(truncateText('x'.repeat(80), 10)).toBe(`${'x'.repeat(9)}${ELLIPSIS}`);
  });

  test('closes a quotation it cuts, still within the limit', () => {
    const cut = truncateText('He said it would “not permit Afghan soil to be used against any country”', 40);
    expect(cut).toBe('He said it would “not permit Afghan…”');
    expect([...cut].length).toBeLessThanOrEqual(40);
  });
});
