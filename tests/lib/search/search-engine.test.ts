import { describe, expect, test } from 'vitest';
import { createSearcher } from '../../../src/lib/search/create-searcher.ts';
import { buildSearchIndex, type SearchDocument, type SearchManifest } from '../../../src/lib/search/search-index.ts';
import { shardTerms, stemWord } from '../../../src/lib/search/search-text.ts';

const doc = (kind: SearchDocument['kind'], title: string, text: string, href: string): SearchDocument => ({
  kind,
  title,
  text,
  href,
  meta: '',
  fields: [
    { text: title, weight: 5 },
    { text, weight: 2 },
  ],
});

const documents = [
  doc('claim', 'Where TTP attacks are planned', 'Whether attacks by the Tehrik-e-Taliban Pakistan are planned in Afghanistan.', '/claims/ttp/'),
  doc('quote', 'Muttaqi', 'TTP has been active in Pakistan for 25 years, and 70,000 to 80,000 people were killed.', '/claims/old/#q1'),
  doc('passage', 'Nukta', 'Authorities blame the Tehreek-e-Taliban Pakistan for attacks, mediated by Turkey.', '/articles/nukta/#p-1'),
  doc('passage', 'SAT', 'He thanked Turkiye and Qatar for hosting the talks in Istanbul.', '/articles/sat/#p-2'),
  doc('person', 'Zabihullah Mujahid', 'the Taliban’s spokesperson', '/people/#mujahid'),
];
const glossary = [
  { id: 'ttp', variants: ['Tehrik-e-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'TTP', 'Tehreek-i-Taliban'] },
  { id: 'turkey', variants: ['Turkey', 'Turkiye', 'Türkiye'] },
  { id: 'mujahid', variants: ['Zabihullah Mujahid', 'Zabihullah', 'Zabiullah'] },
];
// Split even though it is tiny, to test fetching shards and results; the whole form is tested below.
const index = buildSearchIndex(documents, glossary, { inlineLimit: 0 });
/** Serves the index files from memory, as the site serves them (through JSON). */
const files = JSON.parse(JSON.stringify(index)) as typeof index;
const searcher = createSearcher(files.manifest, async (file) => {
  const [folder, name = ''] = file.split('/');
  return folder === 'terms' ? files.shards[name] : files.documents[Number(name)];
});
const hrefs = async (query: string) => (await searcher.search(query)).groups.flatMap((group) => group.hits.map((hit) => hit.href));

describe('finds the same documents whichever form is typed', () => {
  test.each([
    ['TTP', ['/claims/ttp/', '/claims/old/#q1', '/articles/nukta/#p-1']],
    ['Tehreek-i-Taliban', ['/claims/ttp/', '/claims/old/#q1', '/articles/nukta/#p-1']],
    ['Türkiye', ['/articles/nukta/#p-1', '/articles/sat/#p-2']],
    ['turkey', ['/articles/nukta/#p-1', '/articles/sat/#p-2']],
    ['Zabiullah', ['/people/#mujahid']],
    ['Zabiulla', ['/people/#mujahid']],
    ['70000', ['/claims/old/#q1']],
    ['70 000', ['/claims/old/#q1']],
    ['twenty-five years', ['/claims/old/#q1']],
    ['Istambul', ['/articles/sat/#p-2']],
    ['Mutaqi', ['/claims/old/#q1']],
  ])('%j', async (query, expected) => {
    expect((await hrefs(query)).sort()).toEqual([...expected].sort());
  });
});

test('documents with every word come first; the rest follow as partial matches, labelled', async () => {
  const result = await searcher.search('Turkey Qatar');
  const passages = result.groups.find((group) => group.kind === 'passage');
  expect(passages?.hits.map((hit) => [hit.href, hit.complete, hit.matches])).toEqual([
    ['/articles/sat/#p-2', true, ['Turkey', 'Qatar']],
    ['/articles/nukta/#p-1', false, ['Turkey']],
  ]);
  expect([result.total, result.complete]).toEqual([2, 1]);
});

test('when no document has every word, the best partial matches are still found', async () => {
  const result = await searcher.search('Muttaqi Turkey Qatar');
  expect(result.complete).toBe(0);
  expect(result.groups.flatMap((group) => group.hits.map((hit) => hit.href))).toEqual(['/claims/old/#q1', '/articles/sat/#p-2', '/articles/nukta/#p-1']);
});

test('a query whose words occur nowhere finds nothing, and offers no correction', async () => {
  for (const query of ['qwertyuiop', 'sdafadsfasdf', 'xkcdqzv plmokn']) {
    const result = await searcher.search(query);
    expect([query, result.total, result.suggestion]).toEqual([query, 0, undefined]);
  }
});

test('a misspelt word is matched and a corrected query offered, in the reader\'s own words otherwise', async () => {
  const result = await searcher.search('Istambul talks');
  expect(result.groups.flatMap((group) => group.hits.map((hit) => hit.href))).toEqual(['/articles/sat/#p-2']);
  expect(result.suggestion).toBe('Istanbul talks');
  expect((await searcher.search('istambul')).suggestion).toBe('istanbul');
  expect((await searcher.search('Istanbul talks')).suggestion).toBeUndefined();
});

test('word forms meet: "kill", "killing" and "killed"', async () => {
  for (const query of ['kill', 'killing', 'killed']) expect(await hrefs(query)).toEqual(['/claims/old/#q1']);
});

test('question words do not sink a question', async () => {
  expect(await hrefs('who thanked Qatar?')).toEqual(['/articles/sat/#p-2']);
  expect((await searcher.search('how many were killed')).complete).toBe(1);
});

test('numbers as readers write them', async () => {
  for (const query of ['70k', '80K', 'seventy thousand', '70 thousand', '70-80 thousand']) expect([query, await hrefs(query)]).toEqual([query, ['/claims/old/#q1']]);
});

test('the last word matches as a prefix, so results follow typing', async () => {
  expect(await hrefs('spokes')).toEqual(['/people/#mujahid']);
});

test('results come grouped in the fixed order: claims, quotes, passages, people, names', async () => {
  expect((await searcher.search('TTP')).groups.map((group) => group.kind)).toEqual(['claim', 'quote', 'passage']);
});

test('a title match ranks above a text match', async () => {
  const passages = (await searcher.search('Pakistan')).groups.find((group) => group.kind === 'passage');
  expect(passages?.hits.map((hit) => hit.href)).toEqual(['/articles/nukta/#p-1']);
  const claims = (await searcher.search('planned')).groups[0];
  expect(claims?.hits[0]?.href).toBe('/claims/ttp/');
});

test('fetches only the shards of the query and the results it shows, once', async () => {
  const requested: string[] = [];
  const fresh = createSearcher(files.manifest, async (file) => {
    requested.push(file);
    const [folder, name = ''] = file.split('/');
    return folder === 'terms' ? files.shards[name] : files.documents[Number(name)];
  });
  await fresh.search('qatar');
  expect(requested.sort()).toEqual(['docs/3', 'terms/glossary', 'terms/q']);
  requested.length = 0;
  await fresh.search('qatar');
  expect(requested).toEqual([]);
});

test('splits the index by first character, with a manifest to say which shards exist', () => {
  expect(Object.keys(index.shards)).toEqual(index.manifest.shards);
  expect(index.manifest.shards).toEqual(expect.arrayContaining(['glossary', 't', 'z', '7']));
  const t = index.shards['t'];
  expect(shardTerms(t?.words ?? [], t?.terms ?? []).every((term) => term.startsWith('t'))).toBe(true);
  // One start per kind; a kind with no documents (no figure, no event, no correction here) starts where the next would, or at the end.
  expect(index.manifest.kindStarts).toEqual([0, 1, 1, 2, 4, 5, 5, 5]);
});

test.each([
  ['', []],
  ['   ', []],
  ['?!…—', []],
  ['the of and', []],
])('a query with nothing to search (%j) finds nothing and says so', async (query, words) => {
  const result = await searcher.search(query);
  expect(result.words).toEqual(words);
  expect(result.total).toBe(0);
});

test('a very long query is cut, not choked on', async () => {
  const result = await searcher.search(`Turkey ${'x'.repeat(10_000)}`);
  expect(result.words).toEqual(['Turkey', 'x'.repeat(193)]);
  expect([result.total, result.complete]).toEqual([2, 0]);
});

test('markup in a query is only text', async () => {
  const result = await searcher.search('<img src=x onerror=alert(1)>');
  expect(result.words).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
});

test('highlights the words that matched, in any of their forms', async () => {
  const { matched } = await searcher.search('Türkiye 70000');
  expect(searcher.highlight('hosted by Turkey, 70,000 killed', matched)).toEqual([
    { text: 'hosted by ', marked: false },
    { text: 'Turkey', marked: true },
    { text: ', ', marked: false },
    { text: '70,000', marked: true },
    { text: ' killed', marked: false },
  ]);
});

test('the index is the same for the same input', () => {
  expect(JSON.stringify(buildSearchIndex(documents, glossary, { inlineLimit: 0 }))).toBe(JSON.stringify(index));
});

test('a small index ships whole in the manifest, and searching it fetches nothing', async () => {
  const whole = buildSearchIndex(documents, glossary);
  expect(whole.shards).toEqual({});
  expect(whole.documents).toEqual([]);
  const requested: string[] = [];
  const inline = createSearcher(JSON.parse(JSON.stringify(whole.manifest)), async (file) => {
    requested.push(file);
    return undefined;
  });
  expect((await inline.search('Türkiye')).groups.flatMap((group) => group.hits.map((hit) => hit.href)).sort()).toEqual(['/articles/nukta/#p-1', '/articles/sat/#p-2']);
  expect(requested).toEqual([]);
});

test("a shard shipped whole lists only the terms that are no word's stem, and the searcher derives the rest, in the postings' order", () => {
  const whole = buildSearchIndex(documents, glossary).manifest.inline?.shards ?? {};
  expect(Object.keys(whole)).toEqual(index.manifest.shards);
  for (const [key, shard] of Object.entries(whole)) {
    const stems = new Set(shard.words.map(stemWord));
    expect(shard.terms.filter((term) => stems.has(term)), key).toEqual([]);
    expect(shard.postings, key).toHaveLength(shardTerms(shard.words, shard.terms).length);
  }
  // Canonical names are the terms no word stems to.
  expect(whole['glossary']?.terms).toEqual(['=mujahid', '=ttp', '=turkey']);
  expect(whole['k']?.terms).toEqual([]);
});

test('a split shard lists every term, one per posting list, so that loading it stems nothing', () => {
  const whole = buildSearchIndex(documents, glossary).manifest.inline?.shards ?? {};
  for (const [key, shard] of Object.entries(index.shards)) {
    expect(shard.terms, key).toEqual(shardTerms(shard.words, whole[key]?.terms ?? []));
    expect(shard.terms, key).toHaveLength(shard.postings.length);
  }
  expect(index.shards['k']?.terms).toEqual(['kill']);
});

test('a word whose stem is no term is not an exact match: its empty posting list finds nothing', async () => {
  // Hand-made: "walls" is a word as written, but no document has the term "wall".
  const manifest: SearchManifest = {
    version: 6,
    docCount: 1,
    lengths: [2],
    kindStarts: [0, 1, 1, 1, 1, 1, 1, 1],
    shards: ['w'],
    glossary: [],
    aliases: [],
    inline: { shards: { w: { terms: ['wxyz'], postings: [[], [0, 2]], words: ['walls'] } }, documents: [[0, 'Wxyz', 'wxyz', '/claims/w/', '']] },
  };
  expect(shardTerms(['walls'], ['wxyz'])).toEqual(['wall', 'wxyz']);
  const searcher = createSearcher(manifest, () => Promise.reject(new Error('ships whole')));
  expect((await searcher.search('wxyz')).groups.flatMap((group) => group.hits.map((hit) => hit.href))).toEqual(['/claims/w/']);
  expect((await searcher.search('wall')).total).toBe(0);
});

test('an index that ships whole ranks exactly as the split one', async () => {
  const inline = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(documents, glossary).manifest)) as SearchManifest, () => Promise.reject(new Error('ships whole')));
  for (const query of ['Taliban attacks', 'Turkey talks', 'killed 80k', 'planned']) {
    await Promise.all([inline.prepare(query), searcher.prepare(query)]);
    expect(inline.rank(query).groups, query).toEqual(searcher.rank(query).groups);
  }
});

test('ranking is synchronous once prepared, and resolving fetches only the results', async () => {
  const requested: string[] = [];
  const split = createSearcher(files.manifest, async (file) => {
    requested.push(file);
    const [folder, name = ''] = file.split('/');
    return folder === 'terms' ? files.shards[name] : files.documents[Number(name)];
  });
  await split.prepare('muttaqi');
  expect(requested.sort()).toEqual(['terms/glossary', 'terms/m']);
  const ranking = split.rank('muttaqi');
  expect(ranking.groups.map((group) => [group.kind, group.docs.map(([doc]) => doc)])).toEqual([['quote', [1]]]);
  requested.length = 0;
  await split.resolve(ranking);
  expect(requested).toEqual(['docs/1']);
});
