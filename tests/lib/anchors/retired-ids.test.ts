import { expect, test } from 'vitest';
import { hashWords } from '../../../src/lib/anchors/anchor-register.ts';
import { planParagraphMoves, retiredIdsOf, retireParagraphIds } from '../../../src/lib/anchors/retired-ids.ts';

const P_OLD = { id: 'p-pakistan-said-it-expected-the-taliban', text: 'Pakistan said it expected the Taliban leadership to restrain militants.' };
const P_NEW = { id: 'p-pakistan-said-it-expected-the-taliban', text: 'Pakistan said it expected the Taliban to keep its promises.' };
const P_OTHER = { id: 'p-reuters', text: 'Reuters' };

test('the ids moved aliases retire, per page: only paragraph fragments', () => {
  const aliases = [
    { from: '/articles/a/#p-old', change: 'moved' },
    { from: '/articles/a/#heading', change: 'moved' },
    { from: '/articles/b/#p-other', change: 'moved' },
    { from: '/claims/c/', change: 'renamed' },
  ];
  expect([...retiredIdsOf(aliases, '/articles/a/')]).toEqual(['p-old']);
});

test('nothing changes while no paragraph holds a retired id', () => {
  expect(retireParagraphIds([P_OLD, P_OTHER], new Set(['p-gone']))).toEqual({ paragraphs: [P_OLD, P_OTHER], renamed: new Map() });
});

test('a retired id is given to no paragraph: those with the same opening take the next free ids', () => {
  // As the pipeline numbers them: the restored paragraph first, the published one second.
  const made = [P_NEW, { ...P_OLD, id: 'p-pakistan-said-it-expected-the-taliban-2' }, P_OTHER];
  const { paragraphs, renamed } = retireParagraphIds(made, new Set(['p-pakistan-said-it-expected-the-taliban']));
  expect(paragraphs.map((paragraph) => paragraph.id)).toEqual(['p-pakistan-said-it-expected-the-taliban-2', 'p-pakistan-said-it-expected-the-taliban-3', 'p-reuters']);
  expect([...renamed]).toEqual([
    ['p-pakistan-said-it-expected-the-taliban', 'p-pakistan-said-it-expected-the-taliban-2'],
    ['p-pakistan-said-it-expected-the-taliban-2', 'p-pakistan-said-it-expected-the-taliban-3'],
  ]);
});

test('plans the alias that puts a shifted link back on its words', () => {
  const made = [P_NEW, { ...P_OLD, id: 'p-pakistan-said-it-expected-the-taliban-2' }];
  const registered = new Map([['p-pakistan-said-it-expected-the-taliban', hashWords(P_OLD.text)]]);
  expect(planParagraphMoves(made, registered, new Set())).toEqual([
    { from: 'p-pakistan-said-it-expected-the-taliban', to: 'p-pakistan-said-it-expected-the-taliban-3', found: 'words' },
  ]);
});

test('a corrected opening: retiring the corrected id puts the next paragraph back on its own id', () => {
  const first = { id: 'p-a-b-c-d-e-f', text: 'A B C D E F first.' };
  const second = { id: 'p-a-b-c-d-e-f-2', text: 'A B C D E F second.' };
  // The first paragraph's opening was corrected, so the second now gets the plain id.
  const made = [{ id: 'p-a-b-c-d-e-g', text: 'A B C D E G first.' }, { ...second, id: 'p-a-b-c-d-e-f' }];
  const registered = new Map([
    [first.id, hashWords(first.text)],
    [second.id, hashWords(second.text)],
  ]);
  expect(planParagraphMoves(made, registered, new Set())).toEqual([{ from: 'p-a-b-c-d-e-f', to: 'p-a-b-c-d-e-g', found: 'new paragraph' }]);
});

test('a paragraph whose words changed: the alias goes to it under its new id', () => {
  const made = [{ id: P_OLD.id, text: 'Pakistan said it expected the Taliban leadership to restrain all militants.' }, P_OTHER];
  const registered = new Map([
    [P_OLD.id, hashWords(P_OLD.text)],
    [P_OTHER.id, hashWords(P_OTHER.text)],
  ]);
  expect(planParagraphMoves(made, registered, new Set())).toEqual([{ from: P_OLD.id, to: `${P_OLD.id}-2`, found: 'new paragraph' }]);
});

test('among several new paragraphs, the one in the changed paragraph\'s place', () => {
  const made = [{ id: 'p-new-one', text: 'New one.' }, { id: P_OLD.id, text: 'Pakistan said it expected the Taliban leadership to restrain all militants.' }];
  const registered = new Map([[P_OLD.id, hashWords(P_OLD.text)]]);
  expect(planParagraphMoves(made, registered, new Set())).toEqual([{ from: P_OLD.id, to: `${P_OLD.id}-2`, found: 'same place' }]);
  const moved = [{ id: 'p-new-one', text: 'New one.' }, { id: 'p-new-two', text: 'New two.' }];
  expect(planParagraphMoves(moved, registered, new Set())).toEqual([{ from: P_OLD.id, to: undefined, found: 'nowhere' }]);
});

test('ids already retired, or still on their words, need nothing', () => {
  const registered = new Map([
    [P_OLD.id, hashWords(P_OLD.text)],
    ['p-retired', 'ffffffff'],
  ]);
  expect(planParagraphMoves([P_OLD], registered, new Set(['p-retired']))).toEqual([]);
});
