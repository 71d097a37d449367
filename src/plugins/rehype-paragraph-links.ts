import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { ANCHORED_TAGS } from './rehype-paragraph-ids.ts';

export interface ParagraphLinkOptions {
  /** Accessible name of each link. Default: `Link to this paragraph`. */
  label?: string;
  /** The visible mark. Default: `¶`. */
  symbol?: string;
  /** Class of the generated link, for styling. Default: `pilcrow`. */
  className?: string;
}

/**
 * Appends a visible "¶" link to every anchored paragraph, pointing at the paragraph's own id, so a
 * reader can copy a link to the exact paragraph without JavaScript. Run after `rehypeParagraphIds`.
 */
export function rehypeParagraphLinks({
  label = 'Link to this paragraph',
  symbol = '¶',
  className = 'pilcrow',
}: ParagraphLinkOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (!ANCHORED_TAGS.has(node.tagName)) return undefined;
      const id = node.properties['id'];
      if (typeof id !== 'string') return undefined;
      node.children.push({ type: 'text', value: ' ' }, {
        type: 'element',
        tagName: 'a',
        properties: { className: [className], href: `#${id}`, ariaLabel: label },
        children: [{ type: 'text', value: symbol }],
      });
      return SKIP;
    });
  };
}
