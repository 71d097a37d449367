import { rehype } from 'rehype';
import { expect, test } from 'vitest';
import { rehypeAnchorAliases } from '../../src/plugins/rehype-anchor-aliases.ts';

const render = async (html: string, aliases: { fromId: string; toId: string }[]) =>
  String(await rehype().data('settings', { fragment: true }).use(rehypeAnchorAliases, { aliases }).process(html));

test('puts the old id at the start of the element that now holds the words', async () => {
  expect(await render('<p id="p-new-words">Text</p>', [{ fromId: 'p-old-words', toId: 'p-new-words' }])).toBe(
    '<p id="p-new-words"><span id="p-old-words" class="anchor-alias"></span>Text</p>',
  );
});

test('keeps several old ids for one element', async () => {
  expect(await render('<p id="b">x</p>', [{ fromId: 'a1', toId: 'b' }, { fromId: 'a2', toId: 'b' }])).toBe(
    '<p id="b"><span id="a1" class="anchor-alias"></span><span id="a2" class="anchor-alias"></span>x</p>',
  );
});

test('leaves a page without the target alone', async () => {
  expect(await render('<p id="c">x</p>', [{ fromId: 'a', toId: 'b' }])).toBe('<p id="c">x</p>');
});
