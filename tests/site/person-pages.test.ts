/**
 * Every speaker's quotes are on their own page, and the people page leads to it: the people page
 * lists everyone with their kind, side and roles, and every quote cited from or through a speaker is
 * on that speaker's page, linked to its place on its claim's page (read from the built HTML).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { readContentFacts } from '../support/claim-data.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const facts = await readContentFacts(PROJECT_ROOT);
const people = [...facts.people.keys()];
const read = (page: string) => readFile(path.join(dist, page, 'index.html'), 'utf8');
/** The links in the `<section aria-labelledby="…">` of a page, in order. */
const linksIn = (html: string, labelledBy: string): string[] => {
  const start = html.indexOf(`<section aria-labelledby="${labelledBy}"`);
  if (start === -1) return [];
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/<a href="([^"]+)"/gu)].map((match) => match[1] as string);
};

test('the content has speakers who speak, media that relay, and voices with no quote', () => {
  expect(people.length).toBeGreaterThanOrEqual(15);
  expect(facts.quotes.some((quote) => quote.relays.length > 0)).toBe(true);
});

test.each(people)('%s: the people page names them, and their page holds every quote cited from or through them', async (id) => {
  const own = facts.quotes.filter((quote) => quote.speaker === id).map((quote) => `/claims/${quote.claim}/#${quote.id}`);
  const relayed = facts.quotes.filter((quote) => quote.relays.includes(id)).map((quote) => `/claims/${quote.claim}/#${quote.id}`);
  const index = await read('people');
  expect(index).toContain(`<section id="${id}"`);
  const entry = index.slice(index.indexOf(`<section id="${id}"`), index.indexOf('</section>', index.indexOf(`<section id="${id}"`)));
  if (own.length === 0 && relayed.length === 0) {
    expect(entry).not.toContain(`href="/people/${id}/"`);
    return;
  }
  expect(entry).toContain(`href="/people/${id}/"`);
  const page = await read(`people/${id}`);
  expect(linksIn(page, 'quotes-title').sort()).toEqual(own.sort());
  expect(linksIn(page, 'relayed-title').sort()).toEqual(relayed.sort());
  expect(page).toContain(`href="/people/#${id}"`);
});
