import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** A quoted passage to mark: offsets into the paragraph's text (as rehypeParagraphIds publishes it). */
export interface CiteMark {
  paragraphId: string;
  start: number;
  end: number;
  /** Where the quote is cited, and under what title. */
  href: string;
  claimTitle: string;
}

export interface CiteMarkOptions {
  citations: readonly CiteMark[];
  /** Class of the paragraph links added by rehypeParagraphLinks, whose text is not the article's. Default: `pilcrow`. */
  skipClass?: string;
}

/** Merges overlapping or touching ranges. */
function mergeRanges(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function hasClass(node: Element, className: string): boolean {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(className);
}

/** Wraps the ranges of an element's text in `<mark>`, walking text in the order rehypeParagraphIds reads it. */
function markRanges(element: Element, ranges: readonly { start: number; end: number }[], skipClass: string): void {
  let offset = 0;
  const visitChildren = (parent: Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') {
        if (child.tagName === 'br') offset += 1;
        else if (!hasClass(child, skipClass)) visitChildren(child);
        return [child];
      }
      if (child.type !== 'text') return [child];
      const start = offset;
      offset += child.value.length;
      const pieces: ElementContent[] = [];
      let cursor = start;
      for (const range of ranges) {
        const from = Math.max(range.start, start);
        const to = Math.min(range.end, offset);
        if (from >= to) continue;
        if (from > cursor) pieces.push({ type: 'text', value: child.value.slice(cursor - start, from - start) });
        pieces.push({
          type: 'element',
          tagName: 'mark',
          properties: { className: ['cited'] },
          children: [{ type: 'text', value: child.value.slice(from - start, to - start) }],
        });
        cursor = to;
      }
      if (pieces.length === 0) return [child];
      if (cursor < offset) pieces.push({ type: 'text', value: child.value.slice(cursor - start) });
      return pieces;
    });
  };
  visitChildren(element);
}

/** The "Quoted in" line placed after a cited paragraph: one link per claim, each once. */
function quotedIn(citations: readonly CiteMark[]): Element {
  const claims = new Map<string, CiteMark>();
  for (const citation of citations) if (!claims.has(citation.claimTitle)) claims.set(citation.claimTitle, citation);
  const links = [...claims.values()].flatMap((citation, index): ElementContent[] => [
    ...(index > 0 ? [{ type: 'text' as const, value: '; ' }] : []),
    { type: 'element', tagName: 'a', properties: { href: citation.href }, children: [{ type: 'text', value: citation.claimTitle }] },
  ]);
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['cited-in'] },
    children: [{ type: 'element', tagName: 'span', properties: { className: ['cited-in-label'] }, children: [{ type: 'text', value: 'Quoted in: ' }] }, ...links],
  };
}

/**
 * Marks the passages of an article that claims quote, and follows each cited paragraph with links to
 * those claims, so a reader of the article sees what is cited and where.
 */
export function rehypeCiteMarks({ citations, skipClass = 'pilcrow' }: CiteMarkOptions) {
  return (tree: Root) => {
    const byParagraph = new Map<string, CiteMark[]>();
    for (const citation of citations) byParagraph.set(citation.paragraphId, [...(byParagraph.get(citation.paragraphId) ?? []), citation]);
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      const cited = typeof id === 'string' ? byParagraph.get(id) : undefined;
      if (!cited || parent === undefined || index === undefined) return undefined;
      markRanges(node, mergeRanges(cited), skipClass);
      // A <div> may not sit inside a <p>, so it follows the paragraph; a list item can hold it.
      if (node.tagName === 'li') node.children.push(quotedIn(cited));
      else parent.children.splice(index + 1, 0, quotedIn(cited));
      return [SKIP, index + 2];
    });
  };
}
