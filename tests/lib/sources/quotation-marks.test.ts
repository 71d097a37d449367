import { describe, expect, test } from 'vitest';
import { countQuotationMarks, describeUnbalancedQuotationMarks } from '../../../src/lib/sources/quotation-marks.ts';

describe('unbalanced quotation marks', () => {
  test.each([
    ['balanced curly marks', 'Pakistan said its “principal concern” remains.', undefined],
    ['balanced straight marks', 'He said "no" twice, "no".', undefined],
    ['no marks at all', 'Pakistan’s position is clear.', undefined],
    ['a curly quotation that is never closed (NationPress)', 'Muttaqi remarked, “The Pakistani representatives made demands. One was: \'Provide us a guarantee.\'', '1 opening “ and no closing ”'],
    ['a stray straight mark (The South Asia Times)', '"Representatives of the Islamic Emirate acted in good faith, Mujahid said.', '1 straight ", an odd number'],
    ['a closing mark with no opening one', 'He said no” and left.', 'no opening “ and 1 closing ”'],
    ['both problems at once', '“One "two', '1 opening “ and no closing ”; 1 straight ", an odd number'],
  ])('%s', (_, text, expected) => {
    expect(describeUnbalancedQuotationMarks(text)).toBe(expected);
  });

  test('apostrophes and single marks are not counted', () => {
    expect(countQuotationMarks('Pakistan’s ‘payback’ and it\'s')).toEqual({ opening: 0, closing: 0, straight: 0 });
  });
});
