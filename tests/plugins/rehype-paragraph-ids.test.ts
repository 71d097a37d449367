import { rehype } from 'rehype';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { blockText, rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids.ts';

async function render(html: string, options = {}) {
  const file = new VFile(html);
  const output = String(await rehype().data('settings', { fragment: true }).use(rehypeParagraphIds, options).process(file));
  return { output, paragraphs: file.data.astro?.frontmatter?.['paragraphs'] };
}

describe('rehypeParagraphIds', () => {
  test('gives each paragraph an id made from its first words', async () => {
    const { output } = await render('<p>Pakistan said Sunday that recent talks failed.</p><p>Reuters</p>');
    expect(output).toBe('<p id="p-pakistan-said-sunday-that-recent-talks">Pakistan said Sunday that recent talks failed.</p><p id="p-reuters">Reuters</p>');
  });

  test('anchors list items, and a loose item once rather than its inner paragraph', async () => {
    const { output } = await render('<ul><li>Tight item</li><li><p>Loose item</p></li></ul>');
    expect(output).toBe('<ul><li id="p-tight-item">Tight item</li><li id="p-loose-item"><p>Loose item</p></li></ul>');
  });

  test('keeps an id written by hand and does not reuse it', async () => {
    const { output } = await render('<p id="p-reuters">Photo credit</p><p>Reuters</p>');
    expect(output).toBe('<p id="p-reuters">Photo credit</p><p id="p-reuters-2">Reuters</p>');
  });

  test('leaves headings and other elements alone', async () => {
    const { output } = await render('<h2>Rising threat</h2><blockquote>Quoted</blockquote>');
    expect(output).toBe('<h2>Rising threat</h2><blockquote>Quoted</blockquote>');
  });

  test('publishes the anchored paragraphs with their text, a line break as a newline', async () => {
    const { paragraphs } = await render('<p>NationPress<br>12/11/2025</p><p>“Quoted” <em>words</em></p>');
    expect(paragraphs).toEqual([
      { id: 'p-nationpress-12-11-2025', text: 'NationPress\n12/11/2025' },
      { id: 'p-quoted-words', text: '“Quoted” words' },
    ]);
  });

  test('numbers each document afresh', async () => {
    expect((await render('<p>Reuters</p>')).output).toBe('<p id="p-reuters">Reuters</p>');
    expect((await render('<p>Reuters</p>')).output).toBe('<p id="p-reuters">Reuters</p>');
  });

  test('uses the prefix option', async () => {
    expect((await render('<p>Two words</p>', { prefix: 'para-' })).output).toBe('<p id="para-two-words">Two words</p>');
  });
});

test('blockText reads text and line breaks only', () => {
  expect(
    blockText({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'text', value: 'a' },
        { type: 'element', tagName: 'br', properties: {}, children: [] },
        { type: 'comment', value: 'ignored' },
        { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'b' }] },
      ],
    }),
  ).toBe('a\nb');
});
