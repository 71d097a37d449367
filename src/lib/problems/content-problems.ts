/** Problems found in content, and how they are reported to editors. */

/** One problem: where it is (file, line where known, field) and what is wrong. */
export interface ContentProblem {
  /** Path from the project root, with forward slashes, e.g. `content/articles/nukta.md`. */
  file: string;
  /** 1-based line in that file, where the problem can be pinned to one. */
  line?: number | undefined;
  /** The field path, e.g. `date.iso` or `positions.taliban.quotes[1].text`; `body` for the Markdown text. */
  field: string;
  message: string;
  /**
   * True for a line that is no problem of its own but says what could not be checked because of
   * one (a quote into an article that failed its checks): listed after its file's problems, and not
   * counted among them.
   */
  note?: boolean | undefined;
}

/** Formats a field path the way editors write it: `omitted[3].text`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** Orders problems by file, then line, then field, so reports are stable and easy to scan. */
function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      Number(a.note ?? false) - Number(b.note ?? false) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}

/**
 * A report naming every problem, one per line in the `file:line: field: message` form that editors
 * and their tools already understand, grouped by file.
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((problem) => problem.file));
  const counted = sorted.filter((problem) => problem.note !== true);
  const inFiles = new Set(counted.map((problem) => problem.file)).size;
  const heading = `Content check failed: ${counted.length} ${counted.length === 1 ? 'problem' : 'problems'} in ${inFiles} ${inFiles === 1 ? 'file' : 'files'}.`;
  const groups = [...files].map((file) =>
    sorted
      .filter((problem) => problem.file === file)
      .map(({ line, field, message }) => `${file}${line === undefined ? '' : `:${line}`}: ${field}: ${message}`)
      .join('\n'),
  );
  return [heading, ...groups].join('\n\n');
}

/** Text quoted in a report: whitespace collapsed, cut to `max` characters with "…", in quotation marks. */
export function quoteInReport(text: string, max = 80): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return JSON.stringify(line.length > max ? `${line.slice(0, max - 3)}…` : line);
}

/** Describes a value an editor wrote, briefly, for "found …" hints. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `the text ${quoteInReport(value, 60)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (value instanceof Date) return `the date ${Number.isNaN(value.valueOf()) ? 'Invalid' : value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'a list';
  // YAML's !!binary, !!set and !!omap tags make these; none is a group of fields an editor wrote.
  if (value instanceof Uint8Array) return 'binary data, written with !!binary';
  if (value instanceof Set) return 'a set, written with !!set';
  if (value instanceof Map) return 'an ordered map, written with !!omap';
  return 'a group of fields';
}
