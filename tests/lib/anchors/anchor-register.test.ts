import { expect, test } from 'vitest';
import {
  carriesWords,
  compareWithRegister,
  entriesMissingFrom,
  formatRegister,
  hashWords,
  parseRegister,
  publishedAnchors,
  readRegisterLines,
} from '../../../src/lib/anchors/anchor-register.ts';

test('a page publishes its URL and every id on it but the page chrome', () => {
  expect(publishedAnchors([{ path: '/claims/a/', ids: ['main-content', 'q-2', 'site-search', 'q-1', 'side-taliban', 'q-1-title'] }, { path: '/', ids: [] }])).toEqual([
    '/',
    '/claims/a/',
    '/claims/a/#q-1',
    '/claims/a/#q-2',
  ]);
});

test('the register file round-trips, sorted and without duplicates, comments ignored', () => {
  const text = formatRegister(['/b/', '/a/#x', '/a/', '/b/']);
  expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual(['/a/', '/a/#x', '/b/', '']);
  expect(parseRegister(text)).toEqual(['/a/', '/a/#x', '/b/']);
});

test('sorting does not depend on locale: by code point', () => {
  expect(parseRegister(formatRegister(['/a/#Zed', '/a/#alpha', '/a/#_x']))).toEqual(['/a/#Zed', '/a/#_x', '/a/#alpha']);
});

test('finds what a build lost and what it added', () => {
  expect(compareWithRegister(['/a/', '/a/#old', '/b/'], ['/a/', '/a/#new', '/b/'])).toEqual({ lost: ['/a/#old'], unregistered: ['/a/#new'] });
});

test('a quote or paragraph is registered with the hash of its words, whitespace collapsed', () => {
  expect(hashWords('Pakistan said  it\nexpected ')).toBe(hashWords('Pakistan said it expected'));
  expect(hashWords('Pakistan said it expected')).toMatch(/^[0-9a-f]{8}$/u);
  expect(hashWords('Pakistan said it expected')).not.toBe(hashWords('Pakistan said it expects'));
  const text = formatRegister([{ anchor: '/articles/a/#p-x', words: '0123abcd' }, '/articles/a/', { anchor: '/claims/c/#q', words: 'ffffffff' }]);
  expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual(['/articles/a/', '/articles/a/#p-x 0123abcd', '/claims/c/#q ffffffff', '']);
  expect(readRegisterLines(text).entries.map(({ anchor, words }) => [anchor, words])).toEqual([
    ['/articles/a/', undefined],
    ['/articles/a/#p-x', '0123abcd'],
    ['/claims/c/#q', 'ffffffff'],
  ]);
});

test('words recorded once are never rewritten', () => {
  expect(parseRegister(formatRegister([{ anchor: '/claims/c/#q', words: '11111111' }, { anchor: '/claims/c/#q', words: '22222222' }]))).toEqual(['/claims/c/#q']);
  expect(formatRegister([{ anchor: '/claims/c/#q', words: '11111111' }, { anchor: '/claims/c/#q', words: '22222222' }])).toContain('/claims/c/#q 11111111\n');
  expect(formatRegister(['/claims/c/#q', { anchor: '/claims/c/#q', words: '22222222' }])).toContain('/claims/c/#q 22222222\n');
});

test('only quotes and paragraphs carry words', () => {
  expect(['/articles/a/#p-x', '/claims/c/#q', '/articles/a/#heading', '/claims/c/', '/glossary/#turkey'].map(carriesWords)).toEqual([true, true, false, false, false]);
});

test('a bad register line is named with its line and what is wrong', () => {
  const { entries, errors } = readRegisterLines('# comment\n/a/\nnot-a-path\n/claims/c/#q 12\n/glossary/#x 0123abcd\n');
  expect(entries.map((entry) => [entry.anchor, entry.line])).toEqual([['/a/', 2]]);
  expect(errors).toEqual([
    { line: 3, message: 'must be a site path, then for a quote or paragraph its words hash (found "not-a-path")' },
    { line: 4, message: 'the words hash of /claims/c/#q must be 8 hex digits (found "12")' },
    { line: 5, message: '/glossary/#x lands on no words of its own: only a quote or paragraph has a words hash' },
  ]);
});

test('an earlier register line is kept by the same anchor with the same words, or by its anchor where it had no words yet', () => {
  const earlier = [{ anchor: '/a/' }, { anchor: '/claims/c/#q' }, { anchor: '/claims/c/#r', words: '11111111' }, { anchor: '/claims/c/#s', words: '11111111' }, { anchor: '/gone/' }];
  const later = [{ anchor: '/a/' }, { anchor: '/claims/c/#q', words: '22222222' }, { anchor: '/claims/c/#r', words: '11111111' }, { anchor: '/claims/c/#s', words: '33333333' }];
  expect(entriesMissingFrom(earlier, later)).toEqual([{ anchor: '/claims/c/#s', words: '11111111' }, { anchor: '/gone/' }]);
});
