import { describe, expect, test } from 'vitest';
import { diffClaim } from '../../../src/lib/corrections/claim-diff.ts';
import { snapshotOf, type ClaimContent, type SnapshotQuote } from '../../../src/lib/corrections/claim-snapshot.ts';

const quote = (id: string, text: string, extra: Partial<SnapshotQuote> = {}): SnapshotQuote => ({ id, article: 'htn', speaker: 'officials', attribution: 'reported', text, ...extra });

function claim(edit: (content: ClaimContent) => void = () => {}): ClaimContent {
  const content: ClaimContent = {
    title: 'Where attacks are planned',
    statement: 'Whether attacks are planned abroad.',
    topic: 'militancy',
    positions: {
      pakistan: {
        summary: [
          { quotes: ['p-one'], says: 'says the attacks are planned abroad.' },
          { quotes: ['p-two', 'p-three'], says: 'says the camps are there.' },
        ],
        quotes: [quote('p-one', 'The attacks are planned abroad.'), quote('p-two', 'Camps exist.'), quote('p-three', 'They train there.')],
        accounts: [],
      },
      taliban: 'not stated',
    },
    framing: [quote('f-one', 'Analysts disagree.', { speaker: 'analysts' })],
  };
  edit(content);
  return content;
}

const published = snapshotOf(claim(), '2026-12-01');
const diff = (edit: (content: ClaimContent) => void) => diffClaim('c', published, snapshotOf(claim(edit), '2026-12-01'));
const pakistan = (content: ClaimContent) => content.positions.pakistan as Exclude<ClaimContent['positions']['pakistan'], 'not stated'> & { summary: { quotes: string[]; says: string }[]; quotes: SnapshotQuote[]; accounts: SnapshotQuote[] };

describe('diffClaim', () => {
  test('finds nothing in a claim that says what it said, even rewrapped', () => {
    expect(diff(() => {})).toEqual([]);
    expect(diff((content) => (pakistan(content).summary[0] = { quotes: ['p-one'], says: 'says the attacks   are planned\nabroad.' }))).toEqual([]);
  });

  test('names a reworded summary by its field, with both wordings', () => {
    expect(diff((content) => (pakistan(content).summary[1] = { quotes: ['p-two', 'p-three'], says: 'says training camps are there.' }))).toEqual([
      { claim: 'c', kind: 'summary reworded', field: 'positions.pakistan.summary[1].says', before: 'says the camps are there.', after: 'says training camps are there.' },
    ]);
  });

  test('follows summary items by their quotes, so an item added before others changes only itself', () => {
    const differences = diff((content) => {
      pakistan(content).summary.unshift({ quotes: ['p-new'], says: 'says more.' });
      pakistan(content).quotes.unshift(quote('p-new', 'More.'));
    });
    expect(differences).toEqual([
      { claim: 'c', kind: 'summary added', field: 'positions.pakistan.summary[0]', after: 'says more.' },
      { claim: 'c', kind: 'quote added', field: 'positions.pakistan.quotes[0]', quote: 'p-new', after: 'More.' },
    ]);
  });

  test('reports a quote removed with its words, and the summary item that no longer sums it up', () => {
    const differences = diff((content) => {
      pakistan(content).quotes.splice(2, 1);
      (pakistan(content).summary[1] as { quotes: string[] }).quotes = ['p-two'];
    });
    expect(differences).toEqual([
      { claim: 'c', kind: 'summary quotes changed', field: 'positions.pakistan.summary[1].quotes', before: 'p-two, p-three', after: 'p-two' },
      { claim: 'c', kind: 'quote removed', field: 'positions.pakistan.quotes[2]', quote: 'p-three', before: 'They train there.' },
    ]);
  });

  test('reports a quote moved to another part of the page, a note and an attribution change', () => {
    const differences = diff((content) => {
      const [moved] = pakistan(content).quotes.splice(0, 1);
      pakistan(content).accounts.push({ ...(moved as SnapshotQuote), note: 'The sentence is cut off.' });
      pakistan(content).summary.shift();
      (content.framing as SnapshotQuote[])[0] = quote('f-one', 'Analysts disagree.', { speaker: 'traders' });
    });
    expect(differences).toEqual([
      { claim: 'c', kind: 'summary removed', field: 'positions.pakistan.summary[0]', before: 'says the attacks are planned abroad.' },
      { claim: 'c', kind: 'quote moved', field: 'positions.pakistan.accounts[0]', quote: 'p-one', before: 'positions.pakistan.quotes', after: 'positions.pakistan.accounts' },
      { claim: 'c', kind: 'note added', field: 'positions.pakistan.accounts[0].note', quote: 'p-one', before: undefined, after: 'The sentence is cut off.' },
      { claim: 'c', kind: 'attribution corrected', field: 'framing[0].speaker', quote: 'f-one', before: 'analysts', after: 'traders' },
    ]);
  });

  test("tells a quote's new words apart from every correctable change", () => {
    expect(diff((content) => (pakistan(content).quotes[1] = quote('p-two', 'Camps exist there.')))).toEqual([
      { claim: 'c', kind: 'quote reworded', field: 'positions.pakistan.quotes[1].text', quote: 'p-two', before: 'Camps exist.', after: 'Camps exist there.' },
    ]);
  });

  test('reports the title, statement and topic', () => {
    const kinds = diff((content) => {
      content.title = 'Where attacks are prepared';
      content.statement = 'Whether attacks are prepared abroad.';
      content.topic = 'security';
    }).map((difference) => [difference.kind, difference.field]);
    expect(kinds).toEqual([
      ['title reworded', 'title'],
      ['statement reworded', 'statement'],
      ['topic changed', 'topic'],
    ]);
  });

  test('a position that becomes "not stated" loses its summary items and quotes', () => {
    const kinds = diff((content) => (content.positions.pakistan = 'not stated')).map((difference) => difference.kind);
    expect(kinds).toEqual(['summary removed', 'summary removed', 'quote removed', 'quote removed', 'quote removed']);
  });
});
