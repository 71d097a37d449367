/**
 * On the built pages: every quote on a claim page links to the paragraph of our copy that holds its
 * exact words, and the article page marks that passage and links back to the claim.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { builtPagePaths } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const parsed = new Map<string, Root>();

function pageTree(pagePath: string): Root {
  let tree = parsed.get(pagePath);
  if (!tree) {
    tree = rehype().parse(readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8'));
    parsed.set(pagePath, tree);
  }
  return tree;
}

function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}

function textOf(node: Element | Root, skip: (element: Element) => boolean = () => false): string {
  let text = '';
  visit(node, (child, _index, parent) => {
    if (parent && parent.type === 'element' && skip(parent)) return 'skip';
    if (child.type === 'element' && skip(child)) return 'skip';
    if (child.type === 'text') text += child.value;
    return undefined;
  });
  return text.replace(/\s+/gu, ' ').trim();
}

/** A cited paragraph and the "Quoted in" line that follows it (inside it, for a list item). */
function paragraphAndAfter(articlePath: string, paragraphId: string): Root {
  const tree = pageTree(articlePath);
  const nodes: Element[] = [];
  visit(tree, 'element', (node, index, parent) => {
    if (node.properties['id'] !== paragraphId || !parent || index === undefined) return undefined;
    nodes.push(node);
    const next = parent.children[index + 1];
    if (next?.type === 'element' && hasClass(next, 'cited-in')) nodes.push(next);
    return 'skip';
  });
  return { type: 'root', children: nodes };
}

const hasClass = (element: Element, name: string) => Array.isArray(element.properties['className']) && element.properties['className'].includes(name);
const claimPages = (await builtPagePaths()).filter((pagePath) => /^\/claims\/[a-z0-9-]+\/$/u.test(pagePath));

test.each(claimPages)('every quote on %s is found in the paragraph it links to, and marked there', (claimPath) => {
  const quotes = elements(pageTree(claimPath), (element) => element.tagName === 'figure' && hasClass(element, 'quote'));
  const checked = quotes.map((figure) => {
    const blockquote = elements(figure, (element) => element.tagName === 'blockquote')[0];
    const link = elements(figure, (element) => element.tagName === 'a' && textOf(element).startsWith('Read in context'))[0];
    const href = String(link?.properties['href'] ?? '');
    const [articlePath = '', paragraphId = ''] = href.split('#');
    const paragraph = elements(pageTree(articlePath), (element) => element.properties['id'] === paragraphId)[0];
    if (!blockquote || !paragraph) throw new Error(`${claimPath}#${String(figure.properties['id'])}: no quote or no paragraph at ${href}`);
    const quoteText = textOf(blockquote);
    const marked = elements(paragraph, (element) => element.tagName === 'mark').map((mark) => textOf(mark)).join(' ');
    // One "Quoted in" link per claim and paragraph, to the first of its quotes there.
    const backLinks = elements(paragraphAndAfter(articlePath, paragraphId), (element) => element.tagName === 'a' && String(element.properties['href']).startsWith(`${claimPath}#`));
    return {
      inParagraph: textOf(paragraph, (element) => hasClass(element, 'pilcrow')).includes(quoteText),
      marked: marked.length > 0,
      linksBack: backLinks.length === 1,
      id: String(figure.properties['id']),
    };
  });
  expect(quotes.length).toBeGreaterThan(0);
  expect(checked.filter((result) => !(result.inParagraph && result.marked && result.linksBack))).toEqual([]);
});
