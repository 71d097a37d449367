/**
 * The one Markdown pipeline: Astro renders the articles with it (astro.config.mjs) and the content
 * validator renders them with it again, so both see the same paragraphs, ids and text.
 */
import remarkDirective from 'remark-directive';
import { remarkCaptions } from './plugins/remark-captions.ts';
import { rehypeParagraphIds } from './plugins/rehype-paragraph-ids.ts';
import { rehypeParagraphLinks } from './plugins/rehype-paragraph-links.ts';

export const markdownPipeline = {
  // The copies are verbatim: no curly quotes or dashes made from straight ones (smartypants), no
  // autolinks or strikethrough read into the text (GFM).
  smartypants: false,
  gfm: false,
  remarkPlugins: [remarkDirective, remarkCaptions],
  rehypePlugins: [rehypeParagraphIds, rehypeParagraphLinks],
};
