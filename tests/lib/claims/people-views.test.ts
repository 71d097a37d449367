import { expect, test } from 'vitest';
import { allQuotes, buildClaimViews, type ArticleInfo, type PersonInfo } from '../../../src/lib/claims/claim-views.ts';
import { buildPeopleViews, describeSide } from '../../../src/lib/claims/people-views.ts';

const articles: ArticleInfo[] = [
  {
    slug: 'wire',
    outlet: 'Wire',
    headline: 'H',
    href: '/articles/wire/',
    date: 'None printed',
    paragraphs: [
      { id: 'p-one', text: 'The spokesman blamed the other side, according to local media reports.' },
      { id: 'p-two', text: 'The minister said talks failed, as reported by Delta Agency.' },
      { id: 'p-three', text: 'The minister also said talks could resume.' },
    ],
  },
];

const people: PersonInfo[] = [
  { id: 'spokesman', name: 'Spokesman', kind: 'person', side: 'taliban', roles: [] },
  { id: 'minister', name: 'Minister', kind: 'person', side: 'taliban', roles: [] },
  { id: 'local-media', name: 'Local media reports', kind: 'media', side: 'neither', roles: [] },
  { id: 'agency', name: 'Delta Agency', kind: 'media', side: 'neither', roles: [] },
  { id: 'unused-agency', name: 'Echo Agency', kind: 'media', side: 'neither', roles: [] },
];

const quotes = allQuotes(
  buildClaimViews({
    claims: [
      {
        id: 'blame',
        title: 'Blame',
        statement: 'Who is to blame.',
        topic: 't',
        positions: {
          pakistan: 'not stated',
          taliban: {
            summary: [
              { quotes: ['wire-spokesman-blamed'], says: 'blames the other side.' },
              { quotes: ['wire-minister-failed'], says: 'says talks failed.' },
              { quotes: ['wire-minister-resume'], says: 'says talks could resume.' },
            ],
            quotes: [
              { id: 'wire-spokesman-blamed', article: 'wire', speaker: 'spokesman', attribution: 'reported', text: 'blamed the other side, according to local media reports', relay: [{ via: 'local-media', text: 'according to local media reports' }] },
              { id: 'wire-minister-failed', article: 'wire', speaker: 'minister', attribution: 'reported', text: 'talks failed, as reported by Delta Agency', relay: [{ via: 'agency', text: 'as reported by Delta Agency' }] },
              { id: 'wire-minister-resume', article: 'wire', speaker: 'minister', attribution: 'reported', text: 'talks could resume' },
            ],
          },
        },
      },
    ],
    articles,
    people,
    topics: [{ id: 't', title: 'T', order: 1 }],
  }),
);

const views = buildPeopleViews(people, quotes);
const view = (id: string) => views.find((person) => person.id === id);

test('a speaker is cited for their own quotes, relayed or not; a medium for none', () => {
  expect(view('minister')?.quotes.map((quote) => quote.id)).toEqual(['wire-minister-failed', 'wire-minister-resume']);
  expect(view('agency')?.quotes).toEqual([]);
});

test('a medium lists the quotes it relayed, and only those', () => {
  expect(view('agency')?.relayed.map((quote) => quote.id)).toEqual(['wire-minister-failed']);
  expect(view('local-media')?.relayed.map((quote) => quote.id)).toEqual(['wire-spokesman-blamed']);
  expect(view('unused-agency')?.relayed).toEqual([]);
  expect(view('minister')?.relayed).toEqual([]);
});

test('people are listed by name, with their kind and side in words', () => {
  expect(views.map((person) => person.name)).toEqual(['Delta Agency', 'Echo Agency', 'Local media reports', 'Minister', 'Spokesman']);
  expect(view('agency')).toMatchObject({ kindLabel: 'A medium that relays others’ words', sideLabel: 'Speaks for neither side' });
  expect([describeSide('pakistan'), describeSide('taliban'), describeSide('neither')]).toEqual(['Speaks for Pakistan’s government', 'Speaks for Afghanistan’s Taliban government', 'Speaks for neither side']);
});
