import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { remarkCaptions } from '../../src/plugins/remark-captions.ts';

const render = async (markdown: string, options = {}) =>
  String(
    await unified().use(remarkParse).use(remarkDirective).use(remarkCaptions, options).use(remarkRehype).use(rehypeStringify).process(markdown),
  );

test('turns a caption block into a figure with a figcaption', async () => {
  expect(await render(':::caption\nA minister speaks. [IC: AFP]\n\nReuters\n:::')).toBe(
    '<figure class="photo-caption"><figcaption><p>A minister speaks. [IC: AFP]</p><p>Reuters</p></figcaption></figure>',
  );
});

test('leaves ordinary paragraphs alone', async () => {
  expect(await render('Islamabad cites costs: refugees, security.')).toBe('<p>Islamabad cites costs: refugees, security.</p>');
});

test('takes the figure class as an option', async () => {
  expect(await render(':::caption\nText\n:::', { className: 'cap' })).toBe(
    '<figure class="cap"><figcaption><p>Text</p></figcaption></figure>',
  );
});

test('keeps text that looks like an inline directive exactly as written', async () => {
  expect(await render('Said at 10:30 in Kabul:today, ratio 3:1{x} [a]:b[c]')).toBe(
    '<p>Said at 10:30 in Kabul:today, ratio 3:1{x} [a]:b[c]</p>',
  );
});

test('keeps a line that looks like a leaf directive as a paragraph of text', async () => {
  expect(await render('First.\n\n::note[x]')).toBe('<p>First.</p>\n<p>::note[x]</p>');
});

test('fails on an unknown block directive', async () => {
  await expect(render(':::note\nText\n:::')).rejects.toThrow('Unknown block ":::note": the only block directive is ":::caption"');
});

test('reports the line of an unknown block directive', async () => {
  await expect(render('First.\n\n:::note\nText\n:::')).rejects.toMatchObject({ line: 3 });
});
