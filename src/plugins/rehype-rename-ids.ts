import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface RenameIdsOptions {
  /** Old id to new id; all are applied at once, so `a → b` and `b → c` never chain. */
  renamed: ReadonlyMap<string, string>;
}

/**
 * Gives elements their new ids, and in-page links (`href="#…"`, the ¶ links) their new targets,
 * after paragraph ids were allocated again around retired ones (src/lib/anchors/retired-ids.ts).
 */
export function rehypeRenameIds({ renamed }: RenameIdsOptions) {
  return (tree: Root) => {
    if (renamed.size === 0) return;
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && renamed.has(id)) node.properties['id'] = renamed.get(id);
      const href = node.properties['href'];
      if (typeof href === 'string' && href.startsWith('#') && renamed.has(href.slice(1))) node.properties['href'] = `#${renamed.get(href.slice(1))}`;
    });
  };
}
