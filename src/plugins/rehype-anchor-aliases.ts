import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface AnchorAliasOptions {
  /** Old ids and the ids of the elements that now hold their words. */
  aliases: readonly { fromId: string; toId: string }[];
  /** Class of the alias anchors. Default: `anchor-alias`. */
  className?: string;
}

/**
 * Keeps old fragment links working after a paragraph's id changed (its first words were corrected):
 * the old id becomes an empty anchor at the start of the element that now holds the words, so a
 * link to the old fragment still lands on them.
 */
export function rehypeAnchorAliases({ aliases, className = 'anchor-alias' }: AnchorAliasOptions) {
  return (tree: Root) => {
    const byTarget = new Map<string, string[]>();
    for (const { fromId, toId } of aliases) byTarget.set(toId, [...(byTarget.get(toId) ?? []), fromId]);
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      const olds = typeof id === 'string' ? byTarget.get(id) : undefined;
      if (!olds) return;
      node.children.unshift(...olds.map((old) => ({ type: 'element' as const, tagName: 'span', properties: { id: old, className: [className] }, children: [] })));
    });
  };
}
