import { expect, test } from 'vitest';
import { compareWithRegister, formatRegister, parseRegister, publishedAnchors } from '../../../src/lib/anchors/anchor-register.ts';

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
