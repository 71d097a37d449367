/** The claims quoting a passage: referred to by document number in an index that ships whole, written out in a split one, shown the same. */
import { expect, test } from 'vitest';
import { createSearcher } from '../../../src/lib/search/create-searcher.ts';
import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index.ts';

const documents: SearchDocument[] = [
  { kind: 'claim', title: 'Border fence', text: 'Whether the fence stays.', href: '/claims/fence/', meta: 'Borders', fields: [{ text: 'Border fence', weight: 5 }] },
  { kind: 'quote', title: 'Muttaqi', text: 'The fence is contested.', href: '/claims/fence/#q', meta: 'Direct quote, Nukta', fields: [{ text: 'The fence is contested.', weight: 2 }] },
  {
    kind: 'passage',
    title: 'Article',
    text: 'He said the fence is contested.',
    href: '/articles/a/#p-1',
    meta: 'Nukta',
    fields: [{ text: 'He said the fence is contested.', weight: 2 }],
    quotedIn: [
      { title: 'Border fence', href: '/claims/fence/#q' },
      // A claim the index does not hold stays written out.
      { title: 'Not indexed', href: '/claims/elsewhere/#r' },
    ],
  },
];
const expected = [
  { title: 'Border fence', href: '/claims/fence/#q' },
  { title: 'Not indexed', href: '/claims/elsewhere/#r' },
];

/** A searcher over the index as the site serves it (through JSON), and the files it fetched. */
function served(inlineLimit?: number) {
  const files = JSON.parse(JSON.stringify(buildSearchIndex(documents, [], inlineLimit === undefined ? {} : { inlineLimit }))) as ReturnType<typeof buildSearchIndex>;
  const fetched: string[] = [];
  const searcher = createSearcher(files.manifest, async (file) => {
    fetched.push(file);
    const [folder, name = ''] = file.split('/');
    return folder === 'terms' ? files.shards[name] : files.documents[Number(name)];
  });
  return { files, fetched, searcher };
}

const passageHit = async (searcher: ReturnType<typeof served>['searcher']) =>
  (await searcher.search('contested')).groups.find((group) => group.kind === 'passage')?.hits[0];

test('in an index that ships whole, a passage names its claims by the numbers of the claim and quote documents', async () => {
  const { files, fetched, searcher } = served();
  expect(files.manifest.inline?.documents[2]?.[5]).toEqual([
    [0, 1],
    ['Not indexed', '/claims/elsewhere/#r'],
  ]);
  expect((await passageHit(searcher))?.quotedIn).toEqual(expected);
  expect(fetched).toEqual([]);
});

test('in a split index, each result file writes its claims out, so that one result is one request', async () => {
  const { files, fetched, searcher } = served(0);
  expect(files.documents[2]?.[5]).toEqual([
    ['Border fence', '/claims/fence/#q'],
    ['Not indexed', '/claims/elsewhere/#r'],
  ]);
  expect((await passageHit(searcher))?.quotedIn).toEqual(expected);
  // The quote and the passage, which match; not the claim, which does not, to name it.
  expect(fetched.filter((file) => file.startsWith('docs/')).sort()).toEqual(['docs/1', 'docs/2']);
});
