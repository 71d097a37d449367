import { rehype } from 'rehype';
import { expect, test } from 'vitest';
import { rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids.ts';
import { rehypeParagraphLinks } from '../../src/plugins/rehype-paragraph-links.ts';

const render = async (html: string, options = {}) =>
  String(
    await rehype().data('settings', { fragment: true }).use(rehypeParagraphIds).use(rehypeParagraphLinks, options).process(html),
  );

test('appends a labelled ¶ link to the paragraph itself', async () => {
  expect(await render('<p>Reuters</p>')).toBe(
    '<p id="p-reuters">Reuters <a class="pilcrow" href="#p-reuters" aria-label="Link to this paragraph">¶</a></p>',
  );
});

test('links list items too', async () => {
  expect(await render('<ul><li>One</li></ul>')).toBe(
    '<ul><li id="p-one">One <a class="pilcrow" href="#p-one" aria-label="Link to this paragraph">¶</a></li></ul>',
  );
});

test('skips paragraphs without an id', async () => {
  const html = '<p>No id</p>';
  expect(String(await rehype().data('settings', { fragment: true }).use(rehypeParagraphLinks).process(html))).toBe(html);
});

test('takes label, symbol and class as options', async () => {
  expect(await render('<p>Reuters</p>', { label: 'Permalink', symbol: '#', className: 'anchor' })).toBe(
    '<p id="p-reuters">Reuters <a class="anchor" href="#p-reuters" aria-label="Permalink">#</a></p>',
  );
});
