import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createParagraphIdAllocator, PARAGRAPH_ID_PREFIX } from '../lib/anchors/anchors.ts';

/** Elements that receive an anchor: paragraphs, and list items (which hold text without a `<p>`). */
export const ANCHORED_TAGS: ReadonlySet<string> = new Set(['p', 'li']);

/** One anchored block of an article, in reading order. */
export interface AnchoredParagraph {
  id: string;
  /** The block's text as rendered; a line break (`<br>`) is a newline. */
  text: string;
}

export interface ParagraphIdOptions {
  /** Prefix for generated ids, keeps them clear of DOM globals. Default: `p-`. */
  prefix?: string;
}

/** Text content of an element, with `<br>` as a newline (hast-util-to-string drops line breaks). */
export function blockText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map(blockText).join('');
}

/**
 * Gives every paragraph and list item an anchor made from its first words, and publishes the list
 * as `paragraphs` in the Markdown frontmatter data (Astro's `remarkPluginFrontmatter`), so that
 * pages, quote checks and search all see the very ids and text that the page renders.
 */
export function rehypeParagraphIds({ prefix = PARAGRAPH_ID_PREFIX }: ParagraphIdOptions = {}) {
  return (tree: Root, file: VFile) => {
    const ids = createParagraphIdAllocator(prefix); // per document: a shared one would leak between articles
    const paragraphs: AnchoredParagraph[] = [];
    visit(tree, 'element', (node) => {
      if (!ANCHORED_TAGS.has(node.tagName)) return undefined;
      const text = blockText(node);
      const written = node.properties['id'];
      const id = typeof written === 'string' ? ids.reserve(written) : ids.next(text);
      node.properties['id'] = id;
      paragraphs.push({ id, text });
      return SKIP; // a loose list item's inner <p> belongs to the item's anchor
    });
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {})['paragraphs'] = paragraphs;
  };
}
