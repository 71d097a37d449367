/**
 * The Markdown of an article copy, checked as structure: a copy may hold only what the copying rules
 * in README.md produce from a capture (paragraphs, `##`/`###` headings, `- ` list items, `\` line
 * breaks and `:::caption` blocks of paragraphs), in the capture's order. Anything else (raw HTML, a
 * comment, code, a link, an image, emphasis, a quote block, a directive …) is reported at its own
 * line, in words, because the text checks cannot see it: an HTML block or a code block publishes
 * words that no paragraph holds, and a link or emphasis changes the page without changing its text.
 *
 * The body is parsed as the site's pipeline parses it (remark-parse with remark-directive, no GFM),
 * so what is checked here is what Astro renders.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { quoteInReport } from '../problems/content-problems.ts';
import { describeCharacter } from '../problems/text-difference.ts';
import { normalizeLine } from './fidelity.ts';

/**
 * The syntax extensions of the site's Markdown: the pipeline (src/markdown-pipeline.ts) and this
 * check both read Markdown with exactly these, so they agree on what a body contains.
 */
export const MARKDOWN_SYNTAX = [remarkDirective];

/** One line of text of a block as the page shows it, and the 1-based line it is written on. */
export interface BodyLine {
  text: string;
  line: number;
}

/** A block of the copy that holds text of the capture, in reading order. */
export interface BodyBlock {
  kind: 'paragraph' | 'heading' | 'list item' | 'caption paragraph';
  /** 1-based line where the block starts. */
  line: number;
  /** The block's text, lines joined by "\n", as rendered. */
  text: string;
  lines: BodyLine[];
}

/** A construct the copying rules do not produce, at its 1-based line. */
export interface StructureProblem {
  line: number;
  message: string;
}

export interface BodyStructure {
  blocks: BodyBlock[];
  problems: StructureProblem[];
}

const parser = unified().use(remarkParse).use(MARKDOWN_SYNTAX);

/** Parses Markdown the way the site's pipeline does. */
export function parseBody(markdown: string): Root {
  return parser.parse(markdown);
}

const ALLOWED =
  'a copy holds only the capture’s text as paragraphs, "##"/"###" headings, "- " list items, "\\" line breaks and ":::caption" blocks';

/** The Markdown source of a node, for quoting in a report. */
function sourceOf(node: Nodes, body: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}

/** The 1-based line a node starts on, in the Markdown that was parsed. */
function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** A short extract of a construct's source, for a report. */
function extract(node: Nodes, body: string): string {
  return quoteInReport(sourceOf(node, body), 60);
}

/** What a construct is, in words, and what to do about it. */
function describeConstruct(node: Nodes, body: string, inline = false): string {
  const source = extract(node, body);
  switch (node.type) {
    case 'html':
      if (/^<!--/u.test(node.value)) return `an HTML comment ${source}: a copy holds only the capture’s text; remove it`;
      return `${inline ? 'inline ' : ''}raw HTML ${source}: a copy holds only the capture’s text, never markup (write "\\<" where the capture itself has a "<")`;
    case 'code':
      if (/^(?:`{3,}|~{3,})/u.test(sourceOf(node, body).trimStart())) return `a fenced code block ${source}: a copy holds only the capture’s text, never code; write each line of the capture as a paragraph`;
      return `an indented code block ${source} (a line indented by four spaces or a tab): remove the indentation`;
    case 'inlineCode':
      return `inline code ${source} (text between backticks): write the capture’s text without them (or "\\\`" for a backtick the capture has)`;
    case 'link':
      return `a link ${source} to ${node.url}: a copy adds no links; keep only the words the capture has`;
    case 'linkReference':
      return `a reference link ${source}: a copy adds no links; keep only the words (or write "\\[" for a bracket the capture has)`;
    case 'image':
      return `an image ${source} from ${node.url}: a copy reproduces no images; a photo’s caption goes in a ":::caption" block`;
    case 'imageReference':
      return `an image ${source}: a copy reproduces no images; a photo’s caption goes in a ":::caption" block`;
    case 'definition':
      return `a link definition ${source}: a copy adds no links; remove it`;
    case 'emphasis':
      return `emphasis ${source} (text between single "*" or "_"): the capture has no formatting; remove the marks (or write "\\*" for an asterisk the capture has)`;
    case 'strong':
      return `strong emphasis ${source} (text between "**" or "__"): the capture has no formatting; remove the marks (or write "\\*" for an asterisk the capture has)`;
    case 'blockquote':
      return `a block quote ${source} (lines starting with ">"): remove the ">" (or write "\\>" where the capture starts a line with it)`;
    case 'thematicBreak':
      return `a thematic break ${source} (a line of "---", "***" or "___"): a copy holds only the capture’s text; remove it (or write "\\---" where the capture has the line)`;
    case 'heading':
      if (!/^#/u.test(sourceOf(node, body))) {
        return `a heading underlined with "=" or "-" ${source}: write a section heading on one line as "## …" (or put a blank line between a paragraph and a line of dashes)`;
      }
      return `a level-${node.depth} heading ${source}: section headings are "## …" and FAQ questions "### …"`;
    case 'list':
      return node.ordered === true
        ? `a numbered list ${source}: bulleted lines ("•") become "- " items (write "1\\." where the capture numbers a line itself)`
        : `a list ${source}: ${ALLOWED}`;
    case 'listItem':
      return `a list item ${source}: ${ALLOWED}`;
    case 'break':
      return `a line break made of trailing spaces: end the line with "\\" instead, so the break can be seen`;
    case 'containerDirective':
      return `a ":::${node.name}" block: the only block is ":::caption"`;
    case 'leafDirective':
      return `a directive ${source} (a line starting with "::"): write "\\:" where the capture has the colons`;
    case 'textDirective':
      return `a directive ${source} (":" before a word): write "\\:" where the capture has the colon`;
    default:
      return `an unexpected Markdown construct (${node.type}) ${source}: ${ALLOWED}`;
  }
}

/** Character references (`&rsquo;`, `&#8217;`) as written, not escaped with "\". */
const CHARACTER_REFERENCE = /(?<!\\)&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;

/** The character a reference stands for, read by the same parser; undefined when it is not one. */
function decodeReference(reference: string): string | undefined {
  const [paragraph] = parseBody(reference).children;
  const [text] = paragraph?.type === 'paragraph' ? paragraph.children : [];
  return text?.type === 'text' && text.value !== reference ? text.value : undefined;
}

/** The text a phrasing node renders as, with a hard break as "\n" (see remark-captions for directives). */
function renderedText(node: PhrasingContent, body: string): string {
  switch (node.type) {
    case 'textDirective':
      return sourceOf(node, body);
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
    case 'image':
    case 'imageReference':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => renderedText(child, body)).join('') : '';
  }
}

class StructureReader {
  readonly blocks: BodyBlock[] = [];
  readonly problems: StructureProblem[] = [];

  private readonly body: string;
  /** Added to a line of the body to give the line of the file. */
  private readonly offset: number;

  constructor(body: string, firstLine: number) {
    this.body = body;
    this.offset = firstLine - 1;
  }

  /** The file line a node starts on. */
  private lineOf(node: Nodes): number {
    return startLine(node) + this.offset;
  }

  private report(node: Nodes, message = describeConstruct(node, this.body), line = this.lineOf(node)): void {
    this.problems.push({ line, message });
  }

  /** Reads the text of a paragraph or heading, reporting every inline construct the rules do not produce. */
  private readPhrasing(parent: Paragraph | Heading, kind: BodyBlock['kind'], allowBreaks: boolean): void {
    const lines: BodyLine[] = [{ text: '', line: this.lineOf(parent) }];
    const current = () => lines[lines.length - 1] as BodyLine;
    for (const child of parent.children) {
      if (child.type === 'text') {
        this.checkCharacterReferences(child);
        child.value.split(/\r\n|\r|\n/u).forEach((piece, index) => {
          if (index > 0) {
            const line = this.lineOf(child) + index;
            this.problems.push({
              line,
              message: `this line goes on from line ${line - 1} without a blank line, so the two run into one ${kind}: put a blank line before it if it is a line of its own in the capture, or end line ${line - 1} with "\\" if the capture breaks the line there`,
            });
            lines.push({ text: '', line });
          }
          current().text += piece;
        });
        continue;
      }
      if (child.type === 'break') {
        if (!allowBreaks) this.report(child, `a line break in a ${kind}: ${ALLOWED}`);
        else if (!sourceOf(child, this.body).startsWith('\\')) this.report(child);
        lines.push({ text: '', line: (child.position?.end.line ?? startLine(child) + 1) + this.offset });
        continue;
      }
      if (!this.isColonInText(child)) this.report(child, describeConstruct(child, this.body, true));
      current().text += renderedText(child, this.body);
    }
    const kept = lines.filter((line) => line.text.trim().length > 0);
    this.blocks.push({ kind, line: this.lineOf(parent), text: lines.map((line) => line.text).join('\n'), lines: kept });
  }

  /**
   * True for a colon inside a word or number ("10:30", "Kabul:today"), which remark-directive reads
   * as a text directive but remark-captions gives back as the text it is. A colon after a space, or
   * with a label or attributes (`:name[…]{…}`), is directive syntax and reported.
   */
  private isColonInText(node: PhrasingContent): boolean {
    if (node.type !== 'textDirective') return false;
    const start = node.position?.start.offset ?? 0;
    return sourceOf(node, this.body) === `:${node.name}` && /[\p{L}\p{N}]/u.test(this.body.charAt(start - 1));
  }

  private checkCharacterReferences(node: Extract<PhrasingContent, { type: 'text' }>): void {
    const source = sourceOf(node, this.body);
    for (const match of source.matchAll(CHARACTER_REFERENCE)) {
      const char = decodeReference(match[0]);
      if (char === undefined) continue;
      const before = source.slice(0, match.index);
      const line = this.lineOf(node) + (before.match(/\n/gu)?.length ?? 0);
      const named = Array.from(char).map(describeCharacter).join(' and ');
      this.problems.push({ line, message: `a character reference "${match[0]}" for ${named}: type the character itself, as the capture has it` });
    }
  }

  /** Reads one block of the body (or of a caption block). */
  private readBlock(node: Nodes, inCaption: boolean): void {
    switch (node.type) {
      case 'paragraph':
        this.readPhrasing(node, inCaption ? 'caption paragraph' : 'paragraph', true);
        return;
      case 'heading':
        if (inCaption || (node.depth !== 2 && node.depth !== 3) || !/^#/u.test(sourceOf(node, this.body))) {
          this.report(node, inCaption ? `a heading inside a caption block ${extract(node, this.body)}: a caption holds only paragraphs` : undefined);
          return;
        }
        this.readPhrasing(node, 'heading', false);
        return;
      case 'list':
        if (inCaption || node.ordered === true) {
          this.report(node, inCaption ? `a list inside a caption block ${extract(node, this.body)}: a caption holds only paragraphs` : undefined);
          return;
        }
        // A blank line between items makes a "loose" list, whose items the page wraps in paragraphs.
        if (node.spread === true) {
          this.report(node, `a list with blank lines between its items ${extract(node, this.body)}: write the "- " items on consecutive lines`);
        }
        for (const item of node.children) this.readListItem(item);
        return;
      case 'containerDirective':
        if (inCaption || node.name !== 'caption') {
          this.report(node, inCaption ? `a block inside a caption block ${extract(node, this.body)}: a caption holds only paragraphs` : undefined);
          return;
        }
        this.readCaption(node);
        return;
      default:
        this.report(node);
    }
  }

  private readListItem(item: Extract<Nodes, { type: 'listItem' }>): void {
    const marker = sourceOf(item, this.body).charAt(0);
    if (marker !== '-') this.report(item, `a list item marked "${marker}" ${extract(item, this.body)}: write list items as "- …"`);
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') this.readPhrasing(first, 'list item', true);
    else if (first !== undefined) this.report(first, `${describeConstruct(first, this.body)} (inside a list item)`);
    else this.report(item, `an empty list item: every "- " item is a line of the capture`);
    for (const extra of rest) {
      const what = extra.type === 'paragraph' ? 'a second paragraph' : extra.type === 'list' ? 'a list' : undefined;
      this.report(
        extra,
        what === undefined ? `${describeConstruct(extra, this.body)} (inside a list item)` : `${what} inside a list item ${extract(extra, this.body)}: a list item is one line of the capture`,
      );
    }
  }

  private readCaption(node: Extract<Nodes, { type: 'containerDirective' }>): void {
    const attributes = Object.keys(node.attributes ?? {});
    if (attributes.length > 0) this.report(node, `a caption block with attributes (${attributes.join(', ')}): write ":::caption" alone on its line`);
    for (const child of node.children) {
      if (child.type === 'paragraph' && child.data?.directiveLabel === true) {
        this.report(child, `a caption block with a label ${extract(child, this.body)}: write ":::caption" alone on its line and the caption below it`);
        continue;
      }
      this.readBlock(child, true);
    }
    if (node.children.length === 0) this.report(node, 'an empty caption block: a caption holds the caption’s lines of the capture');
  }

  read(root: Root): void {
    for (const node of root.children) this.readBlock(node, false);
  }
}

/**
 * Reads an article body: the blocks of text it publishes, and every construct the copying rules do
 * not produce. Lines are 1-based lines of the file, whose line `firstLine` is the body's first.
 */
export function readBodyStructure(body: string, { firstLine = 1 }: { firstLine?: number } = {}): BodyStructure {
  const reader = new StructureReader(body, firstLine);
  reader.read(parseBody(body));
  reader.problems.sort((a, b) => a.line - b.line);
  return { blocks: reader.blocks, problems: reader.problems };
}

/** A line of the copy that is not where the capture has it. */
export interface OrderProblem {
  /** 1-based line of the copy, and the capture line (1-based) its text is. */
  line: number;
  captureLine: number;
  /** The nearest line of the copy, in the capture's order, that it should not pass. */
  neighbour: { line: number; captureLine: number; relation: 'follows' | 'precedes' };
}

/**
 * Checks that the lines of the copy keep the capture's order. Keeps the longest run of lines in the
 * capture's order and reports each other line, naming the line of the capture it wrongly follows or
 * precedes. Lines that are not in the capture at all are the fidelity check's to report.
 */
export function checkBlockOrder(blocks: readonly BodyBlock[], capture: string): OrderProblem[] {
  const positions = new Map<string, number[]>();
  capture.split(/\r?\n/u).forEach((line, index) => {
    const text = normalizeLine(line);
    if (text.length > 0) positions.set(text, [...(positions.get(text) ?? []), index]);
  });
  const lines = blocks.flatMap((block) => block.lines).flatMap((line) => {
    const at = positions.get(normalizeLine(line.text));
    return at === undefined ? [] : [{ ...line, candidates: at }];
  });

  // Longest chain of (copy line, capture position) pairs rising in both, over every candidate position.
  const nodes = lines.flatMap((line, lineIndex) => line.candidates.map((position) => ({ lineIndex, position })));
  const length = nodes.map(() => 1);
  const previous = nodes.map(() => -1);
  nodes.forEach((node, index) => {
    for (let earlier = 0; earlier < index; earlier += 1) {
      const other = nodes[earlier];
      if (other === undefined || other.lineIndex >= node.lineIndex || other.position >= node.position) continue;
      if ((length[earlier] ?? 0) + 1 > (length[index] ?? 0)) {
        length[index] = (length[earlier] ?? 0) + 1;
        previous[index] = earlier;
      }
    }
  });
  let end = -1;
  length.forEach((value, index) => {
    if (end === -1 || value > (length[end] ?? 0)) end = index;
  });
  const kept = new Map<number, number>();
  for (let at = end; at !== -1; at = previous[at] ?? -1) {
    const node = nodes[at];
    if (node) kept.set(node.lineIndex, node.position);
  }

  const problems: OrderProblem[] = [];
  lines.forEach((line, lineIndex) => {
    if (kept.has(lineIndex)) return;
    const position = line.candidates[0] ?? 0;
    const keptLine = (index: number) => {
      const keptPosition = kept.get(index);
      const other = lines[index];
      return keptPosition === undefined || other === undefined ? undefined : { line: other.line, captureLine: keptPosition + 1 };
    };
    let neighbour: OrderProblem['neighbour'] | undefined;
    for (let index = lineIndex - 1; index >= 0 && neighbour === undefined; index -= 1) {
      const other = keptLine(index);
      if (other && other.captureLine > position + 1) neighbour = { ...other, relation: 'follows' };
      else if (other) break;
    }
    for (let index = lineIndex + 1; index < lines.length && neighbour === undefined; index += 1) {
      const other = keptLine(index);
      if (other && other.captureLine < position + 1) neighbour = { ...other, relation: 'precedes' };
      else if (other) break;
    }
    // Otherwise the line is a repetition of a kept one, which the fidelity check reports as such.
    if (neighbour !== undefined) problems.push({ line: line.line, captureLine: position + 1, neighbour });
  });
  return problems;
}
