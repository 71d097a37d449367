/**
 * Reading content files the way the content validator needs them: the values, and the line of every
 * field, so that a problem is reported at the line an editor has to change.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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
  let document: ReturnType<typeof parseDocument>;
  try {
    // logLevel: a complex key that must become text is reported by the schema, not warned about on the console.
    document = parseDocument(text, { lineCounter, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    return { ok: false, errors: [{ line: firstLine, message: `is not valid YAML: ${errorText(error)}` }] };
  }
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

  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // `yaml` refuses aliases (`*name`) that expand too far (an "alias bomb"), and only here.
    const aliases = error instanceof ReferenceError && /alias/iu.test(error.message);
    return {
      ok: false,
      errors: [
        {
          line: firstLine,
          message: aliases
            ? `is not valid YAML: its aliases (*name) expand to too much data (${errorText(error)}); write the values out instead`
            : `is not valid YAML: ${errorText(error)}`,
        },
      ],
    };
  }
  return { ok: true, data, lineOf };
}

/** The first line of an error's message. */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
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

/**
 * The visible files of a folder, sorted; none if the folder does not exist. A folder (or anything
 * else) whose name matches `expected`, such as a folder named `x.yaml`, is listed too, so that
 * reading it reports it instead of skipping it without a word; other folders are left alone.
 */
export async function listFiles(directory: string, expected?: RegExp): Promise<string[]> {
  try {
    return (await readdir(directory, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.') && (entry.isFile() || expected?.test(entry.name) === true))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    if (code === 'ENOTDIR') throw new ContentReadError(directory, 'is a file, but it must be a folder of content files');
    throw error;
  }
}

/** A content path that cannot be read as the validator expects; `path` is as given to the reader. */
export class ContentReadError extends Error {
  override name = 'ContentReadError';
  readonly path: string;
  constructor(target: string, message: string) {
    super(message);
    this.path = target;
  }
}

/** The largest content file the validator reads, in bytes: twenty times the largest one today. */
export const MAX_FILE_BYTES = 256 * 1024;

export type ContentFileResult = { ok: true; text: string } | { ok: false; missing: true } | { ok: false; missing: false; error: SourceError };

/**
 * Reads a content file as UTF-8 text. Refuses, with a message an editor can act on, a folder where
 * a file belongs, a file larger than `MAX_FILE_BYTES`, binary data and bytes that are not UTF-8;
 * a file that does not exist is reported as missing, for the caller to word.
 */
export async function readContentFile(root: string, file: string): Promise<ContentFileResult> {
  const fail = (message: string, line?: number): ContentFileResult => ({ ok: false, missing: false, error: { line, message } });
  const target = path.join(root, file);
  let size: number;
  try {
    const stats = await stat(target);
    if (stats.isDirectory()) return fail('is a folder, but it must be a file: move what it holds elsewhere, or remove it');
    if (!stats.isFile()) return fail('is not a plain file: it must be a text file');
    size = stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, missing: true };
    return fail(`cannot be read: ${errorText(error)}`);
  }
  if (size > MAX_FILE_BYTES) {
    return fail(`is ${formatBytes(size)}, but a content file must be at most ${formatBytes(MAX_FILE_BYTES)}: it is probably not the file meant, or holds far too much text`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch (error) {
    return fail(`cannot be read: ${errorText(error)}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('is binary data, not text (it holds a NUL byte): it must be a UTF-8 text file', lineAt(bytes, nul));
  const text = bytes.toString('utf8');
  const invalid = firstInvalidUtf8(bytes, text);
  if (invalid !== undefined) {
    return fail('is not UTF-8 text: this line holds bytes that are not UTF-8 (the file was probably saved in another encoding); save it as UTF-8', lineAt(bytes, invalid));
  }
  return { ok: true, text };
}

/** The offset of the first byte that is not valid UTF-8, if any: where the decoded text, encoded again, first differs. */
function firstInvalidUtf8(bytes: Buffer, decoded: string): number | undefined {
  const again = Buffer.from(decoded, 'utf8');
  if (again.equals(bytes)) return undefined;
  const length = Math.min(bytes.length, again.length);
  for (let at = 0; at < length; at += 1) if (bytes[at] !== again[at]) return at;
  return length;
}

/** The 1-based line of a byte offset. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(10); at !== -1 && at < offset; at = bytes.indexOf(10, at + 1)) line += 1;
  return line;
}

/** A size in KB or MB, the way a file manager shows it. */
function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Joins a content folder and a file name into the project-relative path used in reports. */
export function contentFile(folder: string, name: string): string {
  return path.posix.join(folder, name);
}
