import { expect, test } from 'vitest';
import { aliasSchema } from '../../../src/schemas/alias.ts';
import { claimAliasPages } from '../../../src/lib/anchors/alias-views.ts';

const issues = (entry: unknown) => {
  const result = aliasSchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

test('an article page cannot be aliased: nothing would be served there', () => {
  expect(issues({ from: '/articles/old/', change: 'renamed', to: '/articles/new/', date: '2026-11-23' })).toEqual([
    'from: cannot be an article page: articles keep their address for good (never rename or remove an article file); only a paragraph of one can move, as /articles/<id>/#<paragraph> with change: moved',
  ]);
  expect(issues({ from: '/claims/old/', change: 'renamed', to: '/articles/new/', date: '2026-11-23' })).toEqual(['to: must be a claim page (/claims/<id>/)']);
});

test('a merged or withdrawn claim may keep quotes; a renamed one may not, and none twice', () => {
  const quote = { id: 'q', article: 'a', text: 'words' };
  expect(issues({ from: '/claims/old/', change: 'withdrawn', date: '2026-11-23', note: 'Why.', quotes: [quote] })).toEqual([]);
  expect(issues({ from: '/claims/old/', change: 'merged', to: '/claims/new/', date: '2026-11-23', quotes: [quote] })).toEqual([]);
  expect(issues({ from: '/claims/old/', change: 'renamed', to: '/claims/new/', date: '2026-11-23', quotes: [quote] })).toEqual([
    'quotes: is only for a merged or withdrawn claim, whose tombstone keeps these quotes',
  ]);
  expect(issues({ from: '/claims/old/', change: 'withdrawn', date: '2026-11-23', note: 'Why.', quotes: [quote, quote] })).toEqual(['quotes.1.id: "q" is listed twice']);
});

test('a tombstone shows its kept quotes with the paragraph their words are in', () => {
  const articles = [{ slug: 'a', outlet: 'Alpha News', headline: 'Alpha headline', href: '/articles/a/', date: 'None printed', paragraphs: [{ id: 'p-one', text: 'Before. The kept words. After.' }] }];
  const { tombstones } = claimAliasPages([{ from: '/claims/old/', change: 'withdrawn', date: '2026-11-23', note: 'Why.', quotes: [{ id: 'q', article: 'a', text: 'The kept  words.' }] }], [], articles);
  expect(tombstones).toEqual([
    {
      fromId: 'old',
      change: 'withdrawn',
      date: '2026-11-23',
      note: 'Why.',
      successor: undefined,
      quotes: [{ id: 'q', text: 'The kept  words.', outlet: 'Alpha News', headline: 'Alpha headline', paragraphHref: '/articles/a/#p-one' }],
    },
  ]);
});
