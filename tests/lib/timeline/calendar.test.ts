import { describe, expect, test } from 'vitest';
import {
  datelineMonthDay,
  describeReadDate,
  describeReadWeekdays,
  fullDatesIn,
  overlaps,
  parseReadDate,
  parseStatedDate,
  resolveStatedDate,
  weekdayOnOrBefore,
  yearPrinted,
  type Weekday,
} from '../../../src/lib/timeline/calendar.ts';

describe('the date forms Parallax writes for a reading', () => {
  test.each([
    ['2025-11-09', { precision: 'day', start: '2025-11-09', end: '2025-11-09' }],
    ['2025-11-06/2025-11-07', { precision: 'days', start: '2025-11-06', end: '2025-11-07' }],
    ['2025-03', { precision: 'month', start: '2025-03-01', end: '2025-03-31' }],
    ['2024-02', { precision: 'month', start: '2024-02-01', end: '2024-02-29' }],
    ['2024', { precision: 'year', start: '2024-01-01', end: '2024-12-31' }],
    ['none', { precision: 'unknown' }],
  ])('%s reads as %j', (text, expected) => {
    expect(parseReadDate(text)).toEqual(expected);
  });

  test.each(['2025-11-31', '2025-02-29', '2025-13', '2025-11-07/2025-11-06', '2025-11-07/2025-11-07', '2025-11-06/2025-11-07/2025-11-08', 'Nov. 7', 'last month', ''])(
    '%j is refused',
    (text) => {
      expect(parseReadDate(text)).toBeUndefined();
    },
  );

  test.each([
    ['2025-11-09', '9 November 2025'],
    ['2025-11-06/2025-11-07', '6 and 7 November 2025'],
    ['2025-11-06/2025-11-09', '6–9 November 2025'],
    ['2025-10-30/2025-11-02', '30 October 2025 to 2 November 2025'],
    ['2025-03', 'March 2025'],
    ['2024', '2024'],
    ['none', 'No date'],
  ])('%s is shown as %j', (text, shown) => {
    const read = parseReadDate(text);
    expect(read).toBeDefined();
    if (read) expect(describeReadDate(read)).toBe(shown);
  });
});

describe('weekdays are counted back from the page date, by code', () => {
  test.each<[Weekday, string, string]>([
    // Nukta's "said Sunday" against HTN World's printed date, a Monday.
    ['Sunday', '2025-11-10', '2025-11-09'],
    // "on Saturday" on a page dated that Saturday is that day itself.
    ['Saturday', '2025-11-08', '2025-11-08'],
    // NationPress, dateline Nov 11 (a Tuesday): "On Monday" and "on Tuesday".
    ['Monday', '2025-11-11', '2025-11-10'],
    ['Tuesday', '2025-11-11', '2025-11-11'],
    // Back across a month and a year.
    ['Friday', '2025-11-02', '2025-10-31'],
    ['Wednesday', '2026-01-01', '2025-12-31'],
  ])('the latest %s on or before %s is %s', (weekday, anchor, expected) => {
    expect(weekdayOnOrBefore(weekday, anchor)).toBe(expected);
  });

  test('the weekdays of a reading are computed, and coarser readings have none', () => {
    expect(describeReadWeekdays({ precision: 'day', start: '2025-11-07', end: '2025-11-07' })).toBe('a Friday');
    expect(describeReadWeekdays({ precision: 'days', start: '2025-11-06', end: '2025-11-07' })).toBe('a Thursday and a Friday');
    expect(describeReadWeekdays({ precision: 'month', start: '2025-03-01', end: '2025-03-31' })).toBeUndefined();
    expect(describeReadWeekdays({ precision: 'unknown' })).toBeUndefined();
  });
});

describe('dates as the articles word them', () => {
  test.each([
    ['on Nov. 7', { kind: 'days', month: 11, first: 7, last: 7, year: undefined }],
    ['on November 6 and 7', { kind: 'days', month: 11, first: 6, last: 7, year: undefined }],
    ['October 19, 2025', { kind: 'days', month: 10, first: 19, last: 19, year: 2025 }],
    ['on April 19, 2025', { kind: 'days', month: 4, first: 19, last: 19, year: 2025 }],
    ['Saturday, 08 November 2025', { kind: 'days', month: 11, first: 8, last: 8, year: 2025 }],
    ['in March 2025', { kind: 'month', month: 3, year: 2025 }],
    ['February 2025', { kind: 'month', month: 2, year: 2025 }],
    ['in 2024', { kind: 'year', year: 2024 }],
    ['the 2020 Doha Agreement', { kind: 'year', year: 2020 }],
  ])('%j gives %j', (wording, date) => {
    expect(parseStatedDate(wording)).toEqual({ date });
  });

  test.each([
    ['last month', 'gives no date: no day of a month, month with its year, or year'],
    ['said Sunday', 'gives no date: no day of a month, month with its year, or year'],
    ['between Nov. 7 and November 9', 'gives more than one date'],
    ['in 2015 and 2021', 'gives more than one year'],
    ['on November 7 and 6', 'gives a run of days that ends before it starts'],
  ])('%j: %s', (wording, problem) => {
    expect(parseStatedDate(wording)).toEqual({ problem });
  });

  test.each([
    // "Nov. 7" in Nukta, whose provenance notes date it 9 November 2025.
    ['on Nov. 7', '2025-11-09', { precision: 'day', start: '2025-11-07', end: '2025-11-07' }],
    // "November 6 and 7" on a page of 8 November 2025.
    ['on November 6 and 7', '2025-11-08', { precision: 'days', start: '2025-11-06', end: '2025-11-07' }],
    // Across the turn of the year: the latest 7 November on or before 3 January 2026.
    ['on Nov. 7', '2026-01-03', { precision: 'day', start: '2025-11-07', end: '2025-11-07' }],
    // A day and month after the page's own belong to the year before.
    ['on Nov. 7', '2025-11-05', { precision: 'day', start: '2024-11-07', end: '2024-11-07' }],
    // A year in the wording wins over the anchor.
    ['October 19, 2025', '2030-01-01', { precision: 'day', start: '2025-10-19', end: '2025-10-19' }],
  ])('%j counted from %s reads %j', (wording, anchor, expected) => {
    const stated = parseStatedDate(wording).date;
    expect(stated).toBeDefined();
    if (stated) expect(resolveStatedDate(stated, anchor)).toEqual(expected);
  });

  test('a day without a year and without a date to count from reads nothing, nor does a day that does not exist', () => {
    expect(resolveStatedDate({ kind: 'days', month: 11, first: 7, last: 7, year: undefined }, undefined)).toBeUndefined();
    expect(resolveStatedDate({ kind: 'days', month: 2, first: 30, last: 30, year: 2025 }, undefined)).toBeUndefined();
  });
});

describe('the dates an article gives to count from', () => {
  test('a dateline gives its month and day, a printed date its year', () => {
    expect(datelineMonthDay('Kabul, Nov 11')).toEqual({ month: 11, day: 11 });
    expect(datelineMonthDay('ISTANBUL')).toBeUndefined();
    expect(datelineMonthDay('none printed')).toBeUndefined();
    expect(yearPrinted('12/11/2025')).toBe(2025);
    expect(yearPrinted('Saturday, 08 November 2025')).toBe(2025);
    expect(yearPrinted('none printed')).toBeUndefined();
  });

  test('the provenance notes give full dates only', () => {
    expect(fullDatesIn('none printed; reports a statement made "Sunday" (Nov 9, 2025)')).toEqual(['2025-11-09']);
    expect(fullDatesIn('dateline Kabul, Nov 11; page date 12/11/2025')).toEqual([]);
    expect(fullDatesIn('Saturday, 08 November 2025 (page date)')).toEqual(['2025-11-08']);
  });
});

test('readings overlap when they share a day, and a month holds its days', () => {
  const read = (text: string) => parseReadDate(text) ?? { precision: 'unknown' as const };
  expect(overlaps(read('2025-11-07'), read('2025-11-06/2025-11-07'))).toBe(true);
  expect(overlaps(read('2021-08'), read('2021'))).toBe(true);
  expect(overlaps(read('2025-11-05'), read('2025-11-06/2025-11-07'))).toBe(false);
  expect(overlaps(read('none'), read('2021'))).toBe(false);
});
