import { describe, expect, test } from 'vitest';
import { parseReadDate, type ReadDate } from '../../../src/lib/timeline/calendar.ts';
import { anchorDate, checkReading, describeReading, type ArticleDates, type ReadingInput } from '../../../src/lib/timeline/reading.ts';

/** The five articles' date facts, as their frontmatter and the provenance notes give them. */
const HTN: ArticleDates = { printed: 'November 10, 2025', printedIso: '2025-11-10', dateline: 'none printed', provenanceNote: 'November 10, 2025' };
const NUKTA: ArticleDates = { printed: 'none printed', dateline: 'none printed', provenanceNote: 'none printed; reports a statement made "Sunday" (Nov 9, 2025)' };
const SAT: ArticleDates = { printed: 'Saturday, 08 November 2025', printedIso: '2025-11-08', dateline: 'ISLAMABAD/KABUL' };
const DAWAT: ArticleDates = { printed: 'none printed', dateline: 'ISTANBUL', provenanceNote: 'none printed' };
const NATIONPRESS: ArticleDates = { printed: '12/11/2025', dateline: 'Kabul, Nov 11', provenanceNote: 'dateline Kabul, Nov 11; page date 12/11/2025' };

const read = (text: string): ReadDate => parseReadDate(text) ?? { precision: 'unknown' };
const reading = (wording: string, date: string, readBy: ReadingInput['readBy'], anchor?: ReadingInput['anchor']): ReadingInput => ({ wording, date: read(date), readBy, anchor });

describe('the dates each article gives to count from', () => {
  test.each([
    ['printed date', HTN, { dates: ['2025-11-10'] }],
    ['dateline', NATIONPRESS, { dates: ['2025-11-11'] }],
    ['provenance notes', NUKTA, { dates: ['2025-11-09'] }],
    ['printed date', NUKTA, { problem: "the article's printed date is none printed" }],
    ['printed date', NATIONPRESS, { problem: `the article's printed date is "12/11/2025", which is not a full date written unambiguously` }],
    ['dateline', DAWAT, { problem: `the article's dateline is "ISTANBUL", which gives no day of a month` }],
    ['provenance notes', DAWAT, { problem: 'the provenance notes give no full date for the article ("none printed")' }],
  ] as const)('%s of %j', (source, article, expected) => {
    expect(anchorDate(source, article)).toEqual(expected);
  });
});

describe('readings the articles give are accepted', () => {
  test.each<[string, ReadingInput, ArticleDates]>([
    ['HTN World: "stated on Sunday"', reading('stated on Sunday', '2025-11-09', 'weekday counted back', { from: 'printed date', date: '2025-11-10' }), HTN],
    ['Nukta: "said Sunday"', reading('said Sunday', '2025-11-09', 'weekday counted back', { from: 'provenance notes', date: '2025-11-09' }), NUKTA],
    ['Nukta: "on Nov. 7"', reading('on Nov. 7', '2025-11-07', 'date in the wording', { from: 'provenance notes', date: '2025-11-09' }), NUKTA],
    ['SAT: "on November 6 and 7"', reading('on November 6 and 7', '2025-11-06/2025-11-07', 'date in the wording', { from: 'printed date', date: '2025-11-08' }), SAT],
    ['NationPress: "On Monday"', reading('On Monday', '2025-11-10', 'weekday counted back', { from: 'dateline', date: '2025-11-11' }), NATIONPRESS],
    ['Dawat: "on Tuesday", with nothing to count from', reading('on Tuesday', 'none', 'weekday without anchor'), DAWAT],
    ['HTN World: "in March 2025"', reading('in March 2025', '2025-03', 'date in the wording'), HTN],
    ['no wording at all', reading('none', 'none', 'no date wording'), HTN],
    ['a length of time', reading('two days', 'none', 'length of time'), SAT],
  ])('%s', (_name, input, article) => {
    expect(checkReading(input, article)).toEqual([]);
  });
});

describe('readings the article does not give are refused, saying which field and why', () => {
  test.each<[string, ReadingInput, ArticleDates, { field: string; message: string }[]]>([
    [
      'a weekday counted back to the wrong day',
      reading('stated on Sunday', '2025-11-10', 'weekday counted back', { from: 'printed date', date: '2025-11-10' }),
      HTN,
      [{ field: 'date', message: 'is 2025-11-10, but the Sunday on or before 10 November 2025 is 2025-11-09 (9 November 2025)' }],
    ],
    [
      'a printed date the article lacks',
      reading('on Tuesday', '2025-11-11', 'weekday counted back', { from: 'printed date', date: '2025-11-11' }),
      DAWAT,
      [{ field: 'anchor.from', message: `is "printed date", but the article's printed date is none printed: count from a date the article gives` }],
    ],
    [
      'a printed date other than the one printed',
      reading('said on Saturday', '2025-11-08', 'weekday counted back', { from: 'printed date', date: '2025-11-09' }),
      SAT,
      [{ field: 'anchor.date', message: "is 2025-11-09, but the article's printed date gives 2025-11-08" }],
    ],
    [
      'a day and month without a year or a date to take it from',
      reading('on Nov. 7', '2025-11-07', 'date in the wording'),
      NUKTA,
      [
        {
          field: 'anchor.from',
          message: 'is required: the wording gives no year, so the reading needs a date of the article to take it from (printed date, dateline or provenance notes)',
        },
      ],
    ],
    [
      'a weekday "without anchor" where the article has one',
      reading('said on Saturday', 'none', 'weekday without anchor'),
      SAT,
      [{ field: 'readBy', message: `is "weekday without anchor", but the article's printed date gives a date: count the weekday back from it ("weekday counted back")` }],
    ],
    [
      'a date counted from the page when the wording gives its year',
      reading('in March 2025', '2025-03', 'date in the wording', { from: 'printed date', date: '2025-11-10' }),
      HTN,
      [{ field: 'anchor.from', message: 'must be left out: the wording gives the year itself, so nothing is counted from a date of the article' }],
    ],
    [
      'a wording with no weekday read as one',
      reading('recent', '2025-11-09', 'weekday counted back', { from: 'printed date', date: '2025-11-10' }),
      HTN,
      [{ field: 'wording', message: 'names no weekday, so it cannot be read by "weekday counted back"' }],
    ],
    [
      'a wording written where "no date wording" says there is none',
      reading('recent', 'none', 'no date wording'),
      HTN,
      [{ field: 'wording', message: 'is "recent", but readBy is "no date wording": write wording: none, or say how the wording is read' }],
    ],
  ])('%s', (_name, input, article, expected) => {
    expect(checkReading(input, article)).toEqual(expected);
  });
});

test('how a reading was made is said in words, naming what the article prints', () => {
  expect(describeReading(reading('stated on Sunday', '2025-11-09', 'weekday counted back', { from: 'printed date', date: '2025-11-10' }), HTN)).toBe(
    "The wording names Sunday: read as the latest Sunday on or before the article's printed date, “November 10, 2025” (10 November 2025).",
  );
  expect(describeReading(reading('On Monday', '2025-11-10', 'weekday counted back', { from: 'dateline', date: '2025-11-11' }), NATIONPRESS)).toBe(
    'The wording names Monday: read as the latest Monday on or before the dateline, “Kabul, Nov 11”, with the year of the printed date “12/11/2025” (11 November 2025).',
  );
  expect(
    describeReading(reading('on Nov. 7', '2025-11-07', 'date in the wording', { from: 'provenance notes', date: '2025-11-09' }), { ...NUKTA, provenanceNote: undefined }),
  ).toBe('The wording gives no year: read as the latest such date on or before the date the provenance notes of the captures give for the article, 9 November 2025.');
  expect(describeReading(reading('in March 2025', '2025-03', 'date in the wording'), HTN)).toBe('The wording gives the date in full.');
  expect(describeReading(reading('on Tuesday', 'none', 'weekday without anchor'), DAWAT)).toMatch(/^The wording names a weekday, but the article prints no date/u);
});
