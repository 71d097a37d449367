import { describe, expect, test } from 'vitest';
import { describeWeekdays, formatCalendarDate, isCalendarDate, namesDayOfMonth, weekdayOf, weekdaysNamed } from '../../../src/lib/sources/dates.ts';

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

describe('weekdays are computed, never typed', () => {
  test.each([
    ['2025-11-06', 'Thursday'],
    ['2025-11-07', 'Friday'],
    ['2025-11-11', 'Tuesday'],
    ['2024-02-29', 'Thursday'],
    ['2000-01-01', 'Saturday'],
  ])('%s was a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  test('an impossible date is refused rather than rolled over', () => {
    expect(() => weekdayOf('2025-02-30')).toThrow(/not a calendar date/u);
  });

  test('a calendar note lists each date once, in order', () => {
    expect(describeWeekdays(['2025-11-07', '2025-11-06', '2025-11-07'])).toBe('6 November 2025 was a Thursday; 7 November 2025 was a Friday.');
  });
});

describe('what a text says about dates', () => {
  test('weekday names are found as whole words', () => {
    expect(weekdaysNamed('concluded in stalemate on Tuesday, as on Tuesday before; Sundays are not')).toEqual(['Tuesday']);
  });

  test.each([
    ['held in Istanbul on November 6 and 7', true],
    ['held in Istanbul on Nov. 7', true],
    ['on 6 November', true],
    ['NationPress 12/11/2025', true],
    ['concluded in stalemate on Tuesday', false],
    ['70,000 to 80,000 of their citizens', false],
    ['since August 2021', false],
  ])('%j gives a day of a month: %s', (text, expected) => {
    expect(namesDayOfMonth(text)).toBe(expected);
  });
});
