/** Ranking: BM25 over weighted fields, phrase and proximity, exact above fuzzy, compounds, and what a hit carries. */
import { describe, expect, test } from 'vitest';
import { createSearcher } from '../../../src/lib/search/create-searcher.ts';
import { smallestWindow } from '../../../src/lib/search/search-engine.ts';
import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index.ts';

const passage = (href: string, text: string, quotedIn?: SearchDocument['quotedIn']): SearchDocument => ({
  kind: 'passage',
  title: 'Article',
  text,
  href,
  meta: '',
  fields: [{ text, weight: 2 }],
  quotedIn,
});

function searcherOf(documents: SearchDocument[]) {
  const { manifest } = buildSearchIndex(documents, []);
  return createSearcher(JSON.parse(JSON.stringify(manifest)), async () => undefined);
}
const order = async (searcher: ReturnType<typeof searcherOf>, query: string) => (await searcher.search(query)).groups.flatMap((group) => group.hits.map((hit) => hit.href));

test('a rare word counts for more than a common one', async () => {
  const searcher = searcherOf([
    passage('#common', 'Talks talks talks in Istanbul.'),
    passage('#rare', 'Talks on the fence.'),
    passage('#a', 'Talks resumed.'),
    passage('#b', 'Talks ended.'),
  ]);
  expect(await order(searcher, 'talks fence')).toEqual(['#rare', '#common', '#a', '#b']);
});

test('the words as a phrase rank above the same words apart', async () => {
  const searcher = searcherOf([
    passage('#apart', 'Will the talks resume? There is no sign yet, and ill feeling grows.'),
    passage('#phrase', 'There is no ill will toward the people, and the talks may resume.'),
  ]);
  expect(await order(searcher, 'no ill will')).toEqual(['#phrase', '#apart']);
});

test('words close together rank above words far apart', async () => {
  const filler = 'other words count here '.repeat(10);
  const searcher = searcherOf([passage('#far', `Monitoring was asked for ${filler} by the mediators.`), passage('#near', `The mediators asked for monitoring ${filler}.`)]);
  expect(await order(searcher, 'mediators monitoring')).toEqual(['#near', '#far']);
});

test('a title counts for more than a passage', async () => {
  const documents: SearchDocument[] = [
    passage('#passage', 'Refugees were discussed.'),
    { kind: 'passage', title: 'Refugees', text: 'Discussed at length.', href: '#title', meta: '', fields: [{ text: 'Refugees', weight: 5 }, { text: 'Discussed at length.', weight: 2 }] },
  ];
  expect(await order(searcherOf(documents), 'refugees')).toEqual(['#title', '#passage']);
});

test('an exact word ranks above a fuzzy neighbour', async () => {
  const searcher = searcherOf([passage('#tarar', 'Tarar spoke.'), passage('#tahrar', 'Tahrar square.')]);
  const result = await searcher.search('Tarar');
  expect(result.groups[0]?.hits.map((hit) => hit.href)).toEqual(['#tarar']);
  expect(result.suggestion).toBeUndefined();
});

describe('compounds meet however they are written', () => {
  const searcher = searcherOf([passage('#hyphen', 'A cease-fire was agreed.'), passage('#solid', 'The ceasefire held.'), passage('#fire', 'The fire spread.')]);
  test.each([['ceasefire'], ['cease-fire'], ['cease fire'], ['ceasefires']])('%j', async (query) => {
    expect((await order(searcher, query)).sort()).toEqual(['#hyphen', '#solid']);
  });
});

test('an article passage carries the claims that quote it', async () => {
  const searcher = searcherOf([passage('#p', 'The fence is contested.', [{ title: 'Border fence', href: '/claims/fence/#q' }])]);
  const [hit] = (await searcher.search('fence')).groups[0]?.hits ?? [];
  expect(hit?.quotedIn).toEqual([{ title: 'Border fence', href: '/claims/fence/#q' }]);
});

test.each([
  [[[1], [2]], 2],
  [[[1, 9], [4, 20], [10]], 7],
  [[[0, 50], [49]], 2],
  [[[5]], 1],
])('smallestWindow(%j) = %d', (lists, expected) => {
  expect(smallestWindow(lists)).toBe(expected);
});
