/**
 * Reads a Markdown file's frontmatter the way the content validator needs it: the values, and the
 * line of every field, so that a problem can be reported at the line an editor has to change.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** The same fence rule as Astro's own frontmatter reader: `---` first, then YAML, then `---`. */
const FRONTMATTER = /^(\uFEFF?(?:\s*\n)?---\r?\n)([\s\S]*?\r?\n)?---(?:\r?\n|$)/u;

export interface FrontmatterError {
  line?: number | undefined;
  message: string;
}

export type ParsedMarkdown =
  | { ok: false; errors: FrontmatterError[] }
  | {
      ok: true;
      data: unknown;
      body: string;
      /** 1-based file line where the body starts. */
      bodyLine: number;
      /** 1-based file line of the value at `path`, or of its nearest written parent; undefined at the root. */
      lineOf(path: readonly PropertyKey[]): number | undefined;
    };

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Splits a Markdown file into frontmatter values (read as YAML 1.2, dates left as text) and body. */
export function parseMarkdownFile(source: string): ParsedMarkdown {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          message:
            'missing or not closed: the file must start with a line "---", then the fields, then another line "---"',
        },
      ],
    };
  }
  const [whole, opening = '', yamlText = ''] = match;
  const yamlStartLine = countLines(opening) + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;

  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        line: fileLine(error.pos[0]),
        message: `is not valid YAML: ${error.message.split('\n')[0] ?? error.message}`,
      })),
    };
  }

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (pair) {
          const keyNode = pair.key as Node;
          if (keyNode.range) line = fileLine(keyNode.range[0]);
          next = pair.value;
        }
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
        const range = (next as Node | undefined)?.range;
        if (range) line = fileLine(range[0]);
      }
      if (next === undefined || next === null) return line;
      node = next;
    }
    return line;
  };

  const body = source.slice(match.index + whole.length);
  return {
    ok: true,
    data: document.toJS() as unknown,
    body,
    bodyLine: countLines(source.slice(0, match.index + whole.length)) + 1,
    lineOf,
  };
}
