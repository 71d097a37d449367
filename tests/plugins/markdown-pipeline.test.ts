/**
 * The site's Markdown pipeline (src/markdown-pipeline.ts) as Astro runs it: raw HTML written in a
 * copy never reaches the page, even if it got past the content check.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import { MARKDOWN_SYNTAX } from '../../src/lib/sources/body-structure.ts';
import { markdownPipeline } from '../../src/markdown-pipeline.ts';

const render = async (markdown: string) => (await (await createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight: false })).render(markdown)).code;

test('drops raw HTML blocks, inline tags and comments', async () => {
  const html = await render(
    [
      'First.',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://example.com/"></iframe>',
      '<form action="https://example.com/"><button>Send</button></form>',
      '<div>Pakistan conceded every point, the Taliban said.</div>',
      '<!-- Pakistan conceded every point. -->',
      'Second <b onclick="alert(1)">bold</b>.',
    ].join('\n\n'),
  );
  expect(html).toBe(
    [
      '<p id="p-first">First. <a class="pilcrow" href="#p-first" aria-label="Link to this paragraph">¶</a></p>',
      '<p id="p-second-bold">Second bold. <a class="pilcrow" href="#p-second-bold" aria-label="Link to this paragraph">¶</a></p>',
    ].join('\n'),
  );
});

test('renders what the copying rules produce as before', async () => {
  expect(await render(':::caption\nA caption.\n:::\n\n## Section\n\n- Item.\n\nNationPress\\\n12/11/2025')).toBe(
    [
      '<figure class="photo-caption"><figcaption><p id="p-a-caption">A caption. <a class="pilcrow" href="#p-a-caption" aria-label="Link to this paragraph">¶</a></p></figcaption></figure>',
      '<h2 id="section">Section</h2>',
      '<ul>',
      '<li id="p-item">Item. <a class="pilcrow" href="#p-item" aria-label="Link to this paragraph">¶</a></li>',
      '</ul>',
      '<p id="p-nationpress-12-11-2025">NationPress<br>',
      '12/11/2025 <a class="pilcrow" href="#p-nationpress-12-11-2025" aria-label="Link to this paragraph">¶</a></p>',
    ].join('\n'),
  );
});

test('reads Markdown with the same syntax extensions as the content check', () => {
  expect(markdownPipeline.remarkPlugins.slice(0, MARKDOWN_SYNTAX.length)).toEqual(MARKDOWN_SYNTAX);
});
