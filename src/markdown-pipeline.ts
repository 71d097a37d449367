/**
 * The one Markdown pipeline: Astro renders the articles with it (astro.config.mjs) and the content
 * validator renders them with it again, so both see the same paragraphs, ids and text.
 */
import { MARKDOWN_SYNTAX } from './lib/sources/body-structure.ts';
import { remarkCaptions } from './plugins/remark-captions.ts';
import { rehypeParagraphIds } from './plugins/rehype-paragraph-ids.ts';
import { rehypeParagraphLinks } from './plugins/rehype-paragraph-links.ts';

export const markdownPipeline = {
  // The copies are verbatim: no curly quotes or dashes made from straight ones (smartypants), no
  // autolinks or strikethrough read into the text (GFM).
  smartypants: false,
  gfm: false,
  // The syntax the content check reads bodies with (src/lib/sources/body-structure.ts), then captions.
  remarkPlugins: [...MARKDOWN_SYNTAX, remarkCaptions],
  // Defence in depth behind the content check, which refuses raw HTML in a copy: Astro turns on
  // remark-rehype's `allowDangerousHtml`, and turning it off again drops every HTML block, inline
  // tag and comment from the page, so no markup written in Markdown can reach a reader.
  remarkRehype: { allowDangerousHtml: false },
  rehypePlugins: [rehypeParagraphIds, rehypeParagraphLinks],
};
