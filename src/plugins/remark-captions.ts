import type { Root, Text } from 'mdast';
import type { Node } from 'unist';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface CaptionOptions {
  /** Class on the generated `<figure>`, for styling. Default: `photo-caption`. */
  className?: string;
}

/** The exact Markdown source a node was parsed from. */
function sourceOf(node: Node, file: VFile): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) file.fail('Cannot restore a directive without source positions', node);
  return String(file.value).slice(start, end);
}

/**
 * Turns a `:::caption` block into `<figure><figcaption>…</figcaption></figure>`.
 *
 * The copies keep the photo captions of the originals but not the photos, so a caption is marked as
 * a caption rather than passed off as a paragraph of the article. Needs `remark-directive` before it.
 *
 * Articles are verbatim text, and remark-directive reads any `:word` as a directive: "10:30" would
 * lose its ":30". So inline (`:x`) and leaf (`::x`) directives are put back as the literal text they
 * were written as, and any block directive other than `:::caption` is an error.
 */
export function remarkCaptions({ className = 'photo-caption' }: CaptionOptions = {}) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if ((node.type === 'textDirective' || node.type === 'leafDirective') && parent && index !== undefined) {
        const literal: Text = { type: 'text', value: sourceOf(node, file) };
        parent.children[index] = node.type === 'textDirective' ? literal : { type: 'paragraph', children: [literal] };
        return [SKIP, index + 1];
      }
      if (node.type !== 'containerDirective') return undefined;
      if (node.name !== 'caption') {
        file.fail(`Unknown block ":::${node.name}": the only block directive is ":::caption"`, node);
      }
      if (parent === undefined || index === undefined) return undefined;
      node.data = { hName: 'figcaption' };
      const figure: ContainerDirective = {
        type: 'containerDirective',
        name: 'figure',
        data: { hName: 'figure', hProperties: { className: [className] } },
        children: [node],
      };
      parent.children[index] = figure;
      return [SKIP, index + 1];
    });
  };
}
