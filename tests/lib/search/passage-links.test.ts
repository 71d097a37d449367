import { expect, test } from 'vitest';
import { createParagraphIdAllocator } from '../../../src/lib/anchors/anchors.ts';
import { createSearcher } from '../../../src/lib/search/create-searcher.ts';
import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index.ts';
import { expandPassageHref, shortenPassageHref } from '../../../src/lib/search/passage-links.ts';

const OPENING = 'During the talks, the Pakistani side’s delegation “insisted” on its demands.';

test('an anchor made from the paragraph’s own first words is left for the browser to make again', () => {
  const id = createParagraphIdAllocator().next(OPENING);
  expect(id).toBe('p-during-the-talks-the-pakistani-sides');
  const short = shortenPassageHref(`/articles/dawat/#${id}`, OPENING);
  expect(short).toBe('/articles/dawat/#');
  expect(expandPassageHref(short, OPENING)).toBe(`/articles/dawat/#${id}`);
});

test('any other anchor stays written out: a repeated opening (-2), a hand-written id, a page without one', () => {
  const allocator = createParagraphIdAllocator();
  allocator.next(OPENING);
  const second = `/articles/dawat/#${allocator.next(OPENING)}`;
  expect(second.endsWith('-2')).toBe(true);
  for (const href of [second, '/articles/dawat/#p-editors-id', '/articles/dawat/']) {
    expect(shortenPassageHref(href, OPENING)).toBe(href);
    expect(expandPassageHref(href, OPENING)).toBe(href);
  }
});

test('search results carry the full links, from a whole index and from a split one', async () => {
  const allocator = createParagraphIdAllocator();
  const documents: SearchDocument[] = [OPENING, OPENING, 'Kabul said the talks failed.'].map((text) => ({
    kind: 'passage',
    title: 'Dawat',
    text,
    href: `/articles/dawat/#${allocator.next(text)}`,
    meta: 'Dawat Media Center',
    fields: [{ text, weight: 2 }],
  }));
  for (const inlineLimit of [Infinity, 0]) {
    const files = JSON.parse(JSON.stringify(buildSearchIndex(documents, [], { inlineLimit }))) as ReturnType<typeof buildSearchIndex>;
    const stored = [...(files.manifest.inline?.documents ?? []), ...Object.values(files.documents)].map((data) => data[3]);
    expect(stored).toEqual(['/articles/dawat/#', '/articles/dawat/#p-during-the-talks-the-pakistani-sides-2', '/articles/dawat/#']);
    const searcher = createSearcher(files.manifest, async (file) => {
      const [folder, key] = file.split('/') as [string, string];
      return folder === 'terms' ? files.shards[key] : files.documents[Number(key)];
    });
    const hrefs = (await searcher.search('talks')).groups.flatMap((group) => group.hits.map((hit) => hit.href));
    expect(hrefs.sort()).toEqual(documents.map((document) => document.href).sort());
  }
});
