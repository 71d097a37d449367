import { expect, test } from 'vitest';
import { describeQuoteCount, hasQuotePage, personHref } from '../../../src/lib/claims/people-views.ts';

const quotes = (n: number) => Array.from({ length: n }, () => ({}) as never);

test.each([
  [1, 0, '1 quote'],
  [36, 0, '36 quotes'],
  [0, 1, 'Relays 1 quote'],
  [0, 3, 'Relays 3 quotes'],
  [2, 3, '2 quotes; relays 3 quotes'],
])('%d quotes of their own and %d relayed: %j, on a page of their own', (own, relayed, label) => {
  const person = { quotes: quotes(own), relayed: quotes(relayed) };
  expect(describeQuoteCount(person)).toBe(label);
  expect(hasQuotePage(person)).toBe(true);
});

test('a voice with no quote, own or relayed, has no page of quotes', () => {
  expect(hasQuotePage({ quotes: [], relayed: [] })).toBe(false);
});

test('a speaker’s page is under /people/, by their id', () => {
  expect(personHref('amir-khan-muttaqi')).toBe('/people/amir-khan-muttaqi/');
});
