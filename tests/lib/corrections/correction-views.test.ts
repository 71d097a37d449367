import { expect, test } from 'vitest';
import { buildCorrectionViews, correctionFeedItems, describePlace } from '../../../src/lib/corrections/correction-views.ts';

const corrections = [
  { number: 1, date: '2026-12-02', claim: 'gone-claim', why: 'The note named the wrong paragraph.', changes: [{ kind: 'note removed', field: 'framing[0].note', quote: 'g', before: 'Cut off.' }] },
  {
    number: 2,
    date: '2026-12-05',
    claim: 'c',
    why: 'The summary misread the tense.',
    changes: [
      { kind: 'summary reworded', field: 'positions.pakistan.summary[0].says', before: 'says the talks failed.', after: 'says the talks have failed.' },
      { kind: 'quote moved', field: 'framing[0]', quote: 'q', before: 'positions.taliban.accounts', after: 'framing' },
    ],
  },
];

test('lists corrections newest first, linked to the claim, the quote and the entry, with the changed words marked', () => {
  const [latest, first] = buildCorrectionViews(corrections, new Map([['c', 'A claim'], ['gone-claim', 'An old claim']]));
  expect(latest?.id).toBe('correction-2');
  expect(latest?.href).toBe('/corrections/#correction-2');
  expect(latest?.dateText).toBe('5 December 2026');
  expect(latest?.claim).toEqual({ id: 'c', title: 'A claim', href: '/claims/c/' });
  expect(latest?.changes[0]?.label).toBe('Summary reworded');
  expect(latest?.changes[0]?.after).toEqual([
    { text: 'says the talks ', differs: false },
    { text: 'have', differs: true },
    { text: ' failed.', differs: false },
  ]);
  expect(latest?.changes[1]).toEqual({ label: 'Quote moved', quote: { id: 'q', href: '/claims/c/#q' }, movedFrom: 'The Taliban: as others describe it', movedTo: 'How the articles frame it' });
  expect(first?.changes[0]).toEqual({ label: 'Note removed', quote: { id: 'g', href: '/claims/gone-claim/#g' }, before: [{ text: 'Cut off.', differs: false }] });
  expect(first?.claim.title).toBe('An old claim');
});

test('the feed has one item per correction, its reason and changes in plain text', () => {
  const [item] = correctionFeedItems(buildCorrectionViews(corrections, new Map()));
  expect(item).toEqual({
    title: 'Correction 2: c',
    link: '/corrections/#correction-2',
    pubDate: new Date('2026-12-05T00:00:00Z'),
    description:
      'The summary misread the tense. Summary reworded. Before: “says the talks failed.” After: “says the talks have failed.”. Quote moved (quote q) from “The Taliban: as others describe it” to “How the articles frame it”.',
  });
  expect(describePlace('positions.pakistan.quotes')).toBe('Pakistan: in its own words');
});
