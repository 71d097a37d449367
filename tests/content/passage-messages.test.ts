/**
 * The "closest passage" message for a quote that is not in its article: it shows where the quote
 * differs from the passage, naming the characters, so a changed digit or a straight quotation mark
 * for a curly one can be seen.
 */
import { expect, test } from 'vitest';
import type { ArticleIndex, CheckedArticle } from '../../src/validation/articles.ts';
import { locatePassage } from '../../src/validation/passages.ts';

const paragraphs = [
  { id: 'p-muttaqi', text: 'Muttaqi said, “TTP has been active in Pakistan for 25 years,” and added more.' },
  { id: 'p-other', text: 'Pakistan’s security challenges predate the Taliban’s return.' },
];
const articles: ArticleIndex = {
  ids: new Set(['htn']),
  checked: new Map([['htn', { id: 'htn', paragraphs } as unknown as CheckedArticle]]),
};
const problemFor = (quote: string) => locatePassage(articles, 'htn', quote)?.problem;
const PREFIX = 'is not in article "htn": quotes must be copied exactly, only whitespace may differ; the closest passage is in';

test('a changed digit', () => {
  expect(problemFor('TTP has been active in Pakistan for 20 years')).toBe(
    `${PREFIX} #p-muttaqi: "“TTP has been active in Pakistan for 25 years,”", which differs from the quote at character 38: 5 U+0035 in the article, 0 U+0030 in the quote ("… been active in Pakistan for 25 years" in the article, "… been active in Pakistan for 20 years" in the quote)`,
  );
});

test('a straight apostrophe for a curly one', () => {
  expect(problemFor("Pakistan's security challenges predate")).toBe(
    `${PREFIX} #p-other: "Pakistan’s security challenges predate the", which differs from the quote at character 9: ’ U+2019 in the article, ' U+0027 in the quote ("Pakistan’s security challenges predate" in the article, "Pakistan's security challenges predate" in the quote)`,
  );
});

test('a zero-width space is named', () => {
  expect(problemFor('security chal\u200blenges predate')).toBe(
    `${PREFIX} #p-other: "Pakistan’s security challenges predate", which differs from the quote at character 14: nothing in the article, zero-width space U+200B in the quote ("security challenges predate" in the article, "security chal[U+200B]lenges predate" in the quote)`,
  );
});

test('a paraphrase gets the closest passage but no character-level difference', () => {
  expect(problemFor('The TTP has operated in Pakistan for a quarter of a century')).toMatch(/^is not in article "htn": .* the closest passage is in #p-muttaqi: "[^"]*"$/u);
});
