import { expect, test } from 'vitest';
import { formatCalendarDate, isCalendarDate } from '../../../src/lib/sources/dates.ts';

test.each([
  ['2025-11-10', true],
  ['2024-02-29', true],
  ['2025-02-29', false],
  ['2025-13-45', false],
  ['2025-11-31', false],
  ['2025-1-10', false],
  ['10/11/2025', false],
  ['2025-11-10T00:00:00Z', false],
  ['', false],
])('isCalendarDate(%j) is %s', (value, expected) => {
  expect(isCalendarDate(value)).toBe(expected);
});

test('formats a calendar date in English without shifting it across time zones', () => {
  expect(formatCalendarDate('2025-11-08')).toBe('8 November 2025');
});
