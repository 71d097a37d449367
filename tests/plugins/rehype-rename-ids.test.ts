import { rehype } from 'rehype';
import { expect, test } from 'vitest';
import { rehypeRenameIds } from '../../src/plugins/rehype-rename-ids.ts';

const render = async (html: string, renamed: Map<string, string>) =>
  String(await rehype().data('settings', { fragment: true }).use(rehypeRenameIds, { renamed }).process(html));

test('renames ids and the in-page links to them, all at once', async () => {
  const renamed = new Map([
    ['p-x', 'p-x-2'],
    ['p-x-2', 'p-x-3'],
  ]);
  expect(await render('<p id="p-x">a <a href="#p-x">¶</a></p><p id="p-x-2">b <a href="#p-x-2">¶</a></p>', renamed)).toBe(
    '<p id="p-x-2">a <a href="#p-x-2">¶</a></p><p id="p-x-3">b <a href="#p-x-3">¶</a></p>',
  );
});

test('leaves other ids and links alone', async () => {
  const html = '<p id="p-y">a <a href="/claims/c/#p-x">x</a></p>';
  expect(await render(html, new Map([['p-x', 'p-x-2']]))).toBe(html);
});
