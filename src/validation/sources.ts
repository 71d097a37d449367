/**
 * Reading content files the way the content validator needs them: the values, and the line of every
 * field, so that a problem is reported at the line an editor has to change.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** The same fence rule as Astro's own frontmatter reader: `---` first, then YAML, then `---`. */
const FRONTMATTER = /^(\uFEFF?(?:\s*\n)?---\r?\n)([\s\S]*?\r?\n)?---(?:\r?\n|$)/u;

export interface SourceError {
  line?: number | undefined;
  message: string;
}

/** Parsed YAML with a way back from a field path to its line in the file. */
export interface ParsedYaml {
  ok: true;
  data: unknown;
  /** 1-based file line of the value at `path`, or of its nearest written parent; undefined at the root. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type YamlResult = ParsedYaml | { ok: false; errors: SourceError[] };

/** Where a Markdown file's parts are: known even when its frontmatter is not valid YAML. */
export interface MarkdownParts {
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** 1-based file line of the first line of the frontmatter's YAML. */
  yamlLine: number;
}

export type ParsedMarkdown = ({ ok: false; errors: SourceError[] } & Partial<MarkdownParts>) | (ParsedYaml & MarkdownParts);

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Parses YAML 1.2 (dates stay text); `firstLine` is the file line the YAML starts on. */
export function parseYamlSource(text: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        line: fileLine(error.pos[0]),
        message: `is not valid YAML: ${error.message.split('\n')[0] ?? error.message}`,
      })),
    };
  }

  const lineOf = (fieldPath: readonly PropertyKey[]): number | undefined => {
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const key of fieldPath) {
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

  return { ok: true, data: document.toJS() as unknown, lineOf };
}

/** Splits a Markdown file into frontmatter (parsed as by `parseYamlSource`) and body. */
export function parseMarkdownFile(source: string): ParsedMarkdown {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          message: 'missing or not closed: the file must start with a line "---", then the fields, then another line "---"',
        },
      ],
    };
  }
  const [whole, opening = '', yamlText = ''] = match;
  const yamlLine = countLines(opening) + 1;
  const parts: MarkdownParts = {
    body: source.slice(match.index + whole.length),
    bodyLine: countLines(source.slice(0, match.index + whole.length)) + 1,
    yamlLine,
  };
  const parsed = parseYamlSource(yamlText, yamlLine);
  return { ...parsed, ...parts };
}

/** True for a value that is a set of fields (not a list, text or date). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The visible files of a folder, sorted; none if the folder does not exist. */
export async function listFiles(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Joins a content folder and a file name into the project-relative path used in reports. */
export function contentFile(folder: string, name: string): string {
  return path.posix.join(folder, name);
}
