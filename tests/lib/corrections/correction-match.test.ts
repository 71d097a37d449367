import { describe, expect, test } from 'vitest';
import type { ClaimDifference } from '../../../src/lib/corrections/claim-diff.ts';
import { briefWordDiff, describeDifference, formatCorrectionEntry, hashCorrection, matchCorrections, removedQuoteIds, type RecordedCorrection } from '../../../src/lib/corrections/correction-match.ts';
import { parse } from 'yaml';

const reworded: ClaimDifference = { claim: 'c', kind: 'summary reworded', field: 'positions.pakistan.summary[0].says', before: 'says the talks failed.', after: 'says the talks broke down.' };
const removed: ClaimDifference = { claim: 'c', kind: 'quote removed', field: 'positions.pakistan.quotes[1]', quote: 'q-two', before: 'Two: “quoted” words.' };

const correction = (changes: RecordedCorrection['changes'], claim = 'c'): RecordedCorrection => ({ number: 1, date: '2026-12-02', claim, changes, why: 'Because.' });

describe('matchCorrections', () => {
  test('a change records exactly its difference: claim, kind, field, quote and words', () => {
    const entry = correction([{ kind: 'summary reworded', field: 'positions.pakistan.summary[0].says', before: 'says the talks failed.', after: 'says  the talks\nbroke down.' }]);
    expect(matchCorrections([{ correction: entry, at: 0 }], [reworded, removed])).toEqual({ unrecorded: [removed], unmatched: [] });
  });

  test('an entry for one edit excuses no other: other words, another field or another claim', () => {
    const entries = [
      correction([{ kind: 'summary reworded', field: 'positions.pakistan.summary[0].says', before: 'says the talks failed.', after: 'says the talks collapsed.' }]),
      correction([{ kind: 'summary reworded', field: 'positions.pakistan.summary[1].says', before: 'says the talks failed.', after: 'says the talks broke down.' }]),
      correction([{ kind: 'summary reworded', field: 'positions.pakistan.summary[0].says', before: 'says the talks failed.', after: 'says the talks broke down.' }], 'other-claim'),
    ].map((item, at) => ({ correction: item, at }));
    const { unrecorded, unmatched } = matchCorrections(entries, [reworded]);
    expect(unrecorded).toEqual([reworded]);
    expect(unmatched.map((item) => [item.at, item.nearest])).toEqual([
      [0, reworded],
      [1, undefined],
      [2, undefined],
    ]);
  });

  test('one change records one difference, not two alike', () => {
    const twin = { ...removed, field: 'positions.pakistan.quotes[2]', quote: 'q-three' };
    const entry = correction([{ kind: 'quote removed', field: removed.field, quote: 'q-two', before: removed.before }]);
    expect(matchCorrections([{ correction: entry, at: 0 }], [removed, twin]).unrecorded).toEqual([twin]);
  });
});

describe('briefWordDiff', () => {
  test('marks each changed stretch with a few words around it', () => {
    expect(briefWordDiff('say more than 80% of TTP attacks since August 2021 have been planned and executed from Afghan territory.', 'say that more than 80% of TTP attacks since August 2021 were planned and executed from Afghan territory.')).toBe(
      'say {+that+} more than 80% of TTP attacks since August 2021 [-have been-]{+were+} planned and executed from …',
    );
    expect(briefWordDiff('a b', 'a b c')).toBe('a b {+c+}');
    expect(briefWordDiff('one two three four five six seven eight nine ten eleven', 'one two three four five six seven eight nine ten twelve')).toBe('… seven eight nine ten [-eleven-]{+twelve+}');
  });
});

describe('formatCorrectionEntry', () => {
  test('writes an entry that reads back as the same values, with the reason left for the editor', () => {
    const text = formatCorrectionEntry(4, '2026-12-02', 'c', [reworded, removed]);
    expect(parse(text)).toEqual([
      {
        number: 4,
        date: '2026-12-02',
        claim: 'c',
        changes: [
          { kind: 'summary reworded', field: reworded.field, before: reworded.before, after: reworded.after },
          { kind: 'quote removed', field: removed.field, quote: 'q-two', before: removed.before },
        ],
        why: '<one sentence for readers: why the claim changed>',
      },
    ]);
  });
});

describe('hashCorrection and removedQuoteIds', () => {
  test('a published entry edited in any field hashes differently; rewrapping does not', () => {
    const entry = correction([{ kind: 'quote removed', field: removed.field, quote: 'q-two', before: 'Two words.' }]);
    expect(hashCorrection({ ...entry, why: 'Because. ' })).toBe(hashCorrection(entry));
    expect(hashCorrection({ ...entry, why: 'Because!' })).not.toBe(hashCorrection(entry));
    expect(hashCorrection({ ...entry, date: '2026-12-03' })).not.toBe(hashCorrection(entry));
    expect(removedQuoteIds([entry])).toEqual(new Map([['q-two', { words: 'Two words.', correction: 1, claim: 'c' }]]));
  });

  test('describes each kind of difference in words', () => {
    expect(describeDifference(removed)).toBe('quote removed (quote q-two): it was "Two: “quoted” words."');
    expect(describeDifference(reworded)).toBe('summary reworded: says the talks [-failed.-]{+broke down.+}');
    expect(describeDifference({ claim: 'c', kind: 'quote moved', field: 'framing[0]', quote: 'q', before: 'positions.pakistan.quotes', after: 'framing' })).toBe('quote moved (quote q): from positions.pakistan.quotes to framing');
  });
});
