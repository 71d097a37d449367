import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { adviseFromLinks, describeLostAnchors, formatAliasEntries } from '../../../src/lib/anchors/alias-advice.ts';
import { aliasSchema } from '../../../src/schemas/alias.ts';

test('suggested entries are written as content/aliases.yaml takes them: a flat list, moved for fragments', () => {
  const text = formatAliasEntries(
    [
      { from: '/claims/old/', change: 'renamed', to: '/claims/new/' },
      { from: '/claims/old/#q', change: 'moved', to: '/claims/other/#q' },
      { from: '/claims/gone/', change: 'withdrawn', note: 'Both sides denied it.', quotes: [{ id: 'q', article: 'a', text: 'the “goodwill”: of\nboth' }] },
    ],
    '2026-11-23',
  );
  expect(text).toBe(
    [
      '- from: /claims/old/',
      '  change: renamed',
      '  to: /claims/new/',
      '  date: 2026-11-23',
      '- from: /claims/old/#q',
      '  change: moved',
      '  to: /claims/other/#q',
      '  date: 2026-11-23',
      '- from: /claims/gone/',
      '  change: withdrawn',
      '  date: 2026-11-23',
      '  note: Both sides denied it.',
      '  quotes:',
      '    - id: q',
      '      article: a',
      '      text: "the “goodwill”: of\\nboth"',
    ].join('\n'),
  );
  const entries = parse(text) as unknown[];
  expect(entries.map((entry) => aliasSchema.safeParse(entry).success)).toEqual([true, true, true]);
  expect((entries[2] as { quotes: { text: string }[] }).quotes[0]?.text).toBe('the “goodwill”: of\nboth');
});

test('a note left for the editor to write fails the check until written', () => {
  const text = formatAliasEntries([{ from: '/claims/gone/', change: 'withdrawn', note: '' }], '2026-11-23');
  expect(text).toBe('- from: /claims/gone/\n  change: withdrawn\n  date: 2026-11-23\n  note: ""  # say why, in a sentence the tombstone page shows');
  expect(aliasSchema.safeParse((parse(text) as unknown[])[0]).success).toBe(false);
});

test('from the links alone: a claim page with placeholders, its quotes with it, paragraphs moved, the rest not aliasable', () => {
  const advice = adviseFromLinks(['/claims/old/', '/claims/old/#q', '/claims/kept/#r', '/articles/a/#p-first-words', '/articles/a/', '/method/#errors']);
  expect(advice.unaliasable).toEqual(['/articles/a/', '/method/#errors']);
  expect(advice.entries.map(({ from, change, to }) => [from, change, to])).toEqual([
    ['/claims/old/', 'renamed', '/claims/<new id>/'],
    ['/claims/kept/#r', 'moved', '/claims/<claim>/#<quote id that now holds these words>'],
    ['/articles/a/#p-first-words', 'moved', '/articles/a/#<id of the paragraph that now holds these words>'],
  ]);
  // A placeholder is never accepted as it stands.
  expect(aliasSchema.safeParse({ from: '/claims/old/', change: 'renamed', to: '/claims/<new id>/', date: '2026-11-23' }).success).toBe(false);
});

test('the lost-link message names each link, then the entries to paste, then what no alias keeps', () => {
  const lost = ['/claims/old/', '/method/#errors'];
  expect(describeLostAnchors(lost, { entries: [{ from: '/claims/old/', change: 'renamed', to: '/claims/new/' }], unaliasable: ['/method/#errors'] }, '2026-11-23')).toBe(
    [
      'The build no longer publishes 2 registered anchors; links to them would break:',
      '  /claims/old/',
      '  /method/#errors',
      'Keep them working: add this entry to content/aliases.yaml (a list; if the file holds only [], replace the [] with it):',
      '',
      '- from: /claims/old/',
      '  change: renamed',
      '  to: /claims/new/',
      '  date: 2026-11-23',
      '',
      'No alias can keep these: only claims, quotes and article paragraphs can move. Put back what published them:',
      '  /method/#errors',
    ].join('\n'),
  );
});
