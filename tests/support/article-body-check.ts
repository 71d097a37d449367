/**
 * What an article body on a built page may hold: exactly what the site's own Markdown pipeline,
 * plugins and components produce, and text only from the capture. Every node is checked against
 * this allow-list, so nothing else (an element, an attribute, a comment, a stray word) can hide in
 * a tag that a list of selectors would not look at.
 *
 * The page's DOM is read into plain `BodyNode`s (see `readBodyScript`), and checked here, in Node,
 * where the check itself can be tested with planted faults.
 */

/** A DOM node, as plain data. */
export type BodyNode =
  | { type: 'element'; tag: string; attributes: Record<string, string>; children: BodyNode[] }
  | { type: 'text'; text: string }
  | { type: 'other'; nodeType: number; text: string };

/**
 * Reads the children of the element matching `selector` into `BodyNode`s. Runs in the page, so it
 * is written as a self-contained function.
 */
export function readBodyScript(selector: string): BodyNode[] {
  const read = (node: Node): BodyNode => {
    if (node.nodeType === Node.TEXT_NODE) return { type: 'text', text: node.textContent ?? '' };
    if (node.nodeType !== Node.ELEMENT_NODE) return { type: 'other', nodeType: node.nodeType, text: node.textContent ?? '' };
    const element = node as Element;
    return {
      type: 'element',
      tag: element.localName,
      attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
      children: [...element.childNodes].map(read),
    };
  };
  const root = document.querySelector(selector);
  if (root === null) throw new Error(`No ${selector} on the page`);
  return [...root.childNodes].map(read);
}

type Element_ = Extract<BodyNode, { type: 'element' }>;

/** What a capture line looks like once the copy's list bullet and surrounding space are gone. */
function normalizeLine(line: string): string {
  return line.trim().replace(/^•\s*/u, '');
}

const PARAGRAPH_ID = /^p-[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** The elements each element may hold, by a name: a tag, or a tag and its one class. */
const CHILDREN: Record<string, readonly string[]> = {
  root: ['p', 'h2', 'h3', 'ul', 'figure.photo-caption', 'div.cited-in'],
  'figure.photo-caption': ['figcaption'],
  figcaption: ['p', 'div.cited-in'],
  ul: ['li'],
  p: ['br', 'mark.cited', 'span.anchor-alias', 'a.pilcrow'],
  // A list item may hold its "Quoted in" line: a <div> cannot follow it inside the <ul>.
  li: ['br', 'mark.cited', 'span.anchor-alias', 'a.pilcrow', 'div.cited-in'],
  h2: [],
  h3: [],
  'mark.cited': [],
  'a.pilcrow': [],
  'span.anchor-alias': [],
  'div.cited-in': ['span.cited-in-label', 'a'],
  'span.cited-in-label': [],
  a: [],
  br: [],
};

/** Elements whose text is the article's: it must be lines of the capture. */
const TEXT_BLOCKS = new Set(['p', 'li', 'h2', 'h3']);
/** Elements that hold text of their own that is not the article's (checked by `checkAttributes`). */
const OWN_TEXT = new Set(['a.pilcrow', 'span.cited-in-label', 'a']);

function nameOf(element: Element_): string {
  const className = element.attributes['class'];
  return className === undefined ? element.tag : `${element.tag}.${className}`;
}

function describe(element: Element_): string {
  const attributes = Object.entries(element.attributes).map(([name, value]) => ` ${name}="${value}"`);
  return `<${element.tag}${attributes.join('')}>`;
}

function textOf(node: BodyNode): string {
  if (node.type !== 'element') return node.text;
  return node.children.map(textOf).join('');
}

/** Checks an element's attributes against what its plugin writes; returns the problems. */
function checkAttributes(element: Element_, parentId: string | undefined): string[] {
  const { attributes } = element;
  const name = nameOf(element);
  const expect = (wanted: Record<string, (value: string) => boolean>): string[] => {
    const problems = Object.keys(attributes)
      .filter((attribute) => attribute !== 'class' && !(attribute in wanted))
      .map((attribute) => `${describe(element)}: attribute ${attribute} is not one the site writes here`);
    for (const [attribute, isValid] of Object.entries(wanted)) {
      const value = attributes[attribute];
      if (value === undefined || !isValid(value)) problems.push(`${describe(element)}: attribute ${attribute} is missing or not what the site writes`);
    }
    return problems;
  };
  switch (name) {
    case 'p':
    case 'li':
      return expect({ id: (id) => PARAGRAPH_ID.test(id) });
    case 'h2':
    case 'h3':
      return expect({ id: (id) => HEADING_ID.test(id) });
    case 'a.pilcrow': {
      const problems = expect({ href: (href) => parentId !== undefined && href === `#${parentId}`, 'aria-label': (label) => label === 'Link to this paragraph' });
      if (textOf(element) !== '¶') problems.push(`${describe(element)}: a paragraph link's text is "¶"`);
      return problems;
    }
    case 'span.anchor-alias':
      return [...expect({ id: (id) => PARAGRAPH_ID.test(id) }), ...(element.children.length > 0 ? [`${describe(element)}: an anchor alias is empty`] : [])];
    case 'a':
      // "Quoted in" links: to a claim page of this site, by its path.
      return [
        ...expect({ href: (href) => /^\/claims\/[a-z0-9-]+\/#[a-z0-9-]+$/u.test(href) }),
        ...(textOf(element).trim().length === 0 ? [`${describe(element)}: a "Quoted in" link names its claim`] : []),
      ];
    case 'span.cited-in-label':
      return [...expect({}), ...(textOf(element) === 'Quoted in: ' ? [] : [`${describe(element)}: the label reads "Quoted in: "`])];
    default:
      return expect({});
  }
}

/**
 * Every way the body differs from what the site produces from a capture, as readable lines; none
 * when the body holds only the site's own elements and the capture's lines.
 */
export function findForeignContent(body: readonly BodyNode[], captureText: string): string[] {
  const captureLines = new Set(captureText.split(/\r?\n/u).map(normalizeLine));
  const problems: string[] = [];

  /** The article's text of a block: its lines, without the site's own links, with `<br>` as a break. */
  const blockLines = (element: Element_): string[] => {
    const collect = (node: BodyNode): string => {
      if (node.type !== 'element') return node.type === 'text' ? node.text : '';
      if (node.tag === 'br') return '\n';
      if (nameOf(node) === 'a.pilcrow' || nameOf(node) === 'div.cited-in') return '';
      return node.children.map(collect).join('');
    };
    return element.children.map(collect).join('').split('\n');
  };

  const visit = (nodes: readonly BodyNode[], parent: string, parentId: string | undefined, path: string) => {
    const allowed = CHILDREN[parent] ?? [];
    for (const node of nodes) {
      if (node.type === 'other') {
        problems.push(`${path}: ${node.nodeType === 8 ? `an HTML comment <!--${node.text}-->` : `a node of type ${node.nodeType}`}`);
        continue;
      }
      if (node.type === 'text') {
        // Text belongs in a block; between blocks there is only the whitespace of the markup.
        if (!TEXT_BLOCKS.has(parent) && !OWN_TEXT.has(parent) && parent !== 'mark.cited' && !(parent === 'div.cited-in' && node.text === '; ') && node.text.trim().length > 0) {
          problems.push(`${path}: text outside a paragraph, heading or list item: ${JSON.stringify(node.text.trim())}`);
        }
        continue;
      }
      const name = nameOf(node);
      const here = `${path} > ${describe(node)}`;
      if (!allowed.includes(name)) {
        problems.push(`${here}: not an element the site produces here`);
        continue;
      }
      problems.push(...checkAttributes(node, parentId).map((problem) => `${path} > ${problem}`));
      if (TEXT_BLOCKS.has(node.tag)) {
        const lines = blockLines(node).map(normalizeLine);
        if (lines.every((line) => line.length === 0)) problems.push(`${here}: is empty`);
        for (const line of lines) if (line.length > 0 && !captureLines.has(line)) problems.push(`${here}: text not in the capture: ${JSON.stringify(line)}`);
      }
      visit(node.children, name, node.attributes['id'] ?? parentId, here);
    }
  };
  visit(body, 'root', undefined, 'article body');
  return problems;
}
