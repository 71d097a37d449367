import { expect, test } from 'vitest';
import { buildCorrectionViews } from '../../../src/lib/corrections/correction-views.ts';
import { buildCorrectionDocuments } from '../../../src/lib/search/correction-documents.ts';
import { createSearcher } from '../../../src/lib/search/create-searcher.ts';
import { buildSearchIndex, type SearchDocument } from '../../../src/lib/search/search-index.ts';

const corrections = buildCorrectionViews(
  [
    {
      number: 1,
      date: '2026-12-02',
      claim: 'where-ttp-attacks-are-planned',
      why: 'The summary left out the monitoring reports the officials cite.',
      changes: [{ kind: 'summary reworded', field: 'positions.pakistan.summary[0].says', before: 'say most attacks come from Afghan soil.', after: 'say most attacks come from Afghan territory, citing monitoring reports.' }],
    },
    {
      number: 2,
      date: '2026-12-05',
      claim: 'who-walked-out',
      why: 'The quote stood in the wrong column.',
      changes: [{ kind: 'quote moved', field: 'framing[0]', quote: 'nukta-walkout', before: 'positions.taliban.accounts', after: 'framing' }],
    },
  ],
  new Map([
    ['where-ttp-attacks-are-planned', 'Where TTP attacks are planned'],
    ['who-walked-out', 'Who left the talks'],
  ]),
);
const documents = buildCorrectionDocuments(corrections);

const claim: SearchDocument = {
  kind: 'claim',
  title: 'Where TTP attacks are planned',
  text: 'Whether attacks are planned in Afghanistan.',
  href: '/claims/where-ttp-attacks-are-planned/',
  meta: '',
  fields: [{ text: 'Where TTP attacks are planned', weight: 5 }],
};
const searcher = createSearcher(buildSearchIndex([claim, ...documents], []).manifest, () => Promise.reject(new Error('the index ships whole')));
const found = async (query: string) =>
  (await searcher.search(query)).groups.flatMap((group) => group.hits.map((hit) => `${group.kind} ${hit.href}`));

test('a correction is a document linked to its entry, titled by its number and claim, showing why and what changed', () => {
  expect(documents.map(({ kind, title, text, href, meta }) => ({ kind, title, text, href, meta }))).toEqual([
    { kind: 'correction', title: 'Correction 2: Who left the talks', text: 'The quote stood in the wrong column.', href: '/corrections/#correction-2', meta: '5 December 2026: Quote moved' },
    {
      kind: 'correction',
      title: 'Correction 1: Where TTP attacks are planned',
      text: 'The summary left out the monitoring reports the officials cite.',
      href: '/corrections/#correction-1',
      meta: '2 December 2026: Summary reworded',
    },
  ]);
});

test('is found by its claim, by what changed, by why, and by the words it took out, after the claim itself', async () => {
  expect(await found('TTP attacks planned')).toEqual(['claim /claims/where-ttp-attacks-are-planned/', 'correction /corrections/#correction-1']);
  expect(await found('quote moved')).toEqual(['correction /corrections/#correction-2']);
  expect(await found('wrong column')).toEqual(['correction /corrections/#correction-2']);
  // "Afghan soil" is in the published summary no longer; the correction that removed it keeps it findable.
  expect(await found('Afghan soil')).toEqual(['correction /corrections/#correction-1']);
});

test('an empty log adds nothing to the index', () => {
  expect(buildCorrectionDocuments([])).toEqual([]);
});
