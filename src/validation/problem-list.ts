/** Collecting problems while the validator walks the content. */
import path from 'node:path';
import type { z } from 'astro/zod';
import { formatFieldPath, type ContentProblem } from '../lib/problems/content-problems.ts';
import { describeIssues, type SchemaIssue } from '../lib/problems/schema-issues.ts';
import { idSchema } from '../schemas/common.ts';
import { contentFile, ContentReadError, isPlainObject, listFiles, parseYamlSource, readContentFile, type ParsedYaml } from './sources.ts';

/** What could not be checked against one file that failed its own checks: for each kind of citation, the files citing it. */
type Unchecked = Map<string, string[]>;

export class ProblemList {
  readonly problems: ContentProblem[] = [];
  readonly #unchecked = new Map<string, Unchecked>();

  add(file: string, field: string, message: string, line?: number): void {
    this.problems.push({ file, line, field, message });
  }

  /** Records a note: no problem of its own, but what could not be checked because of one. */
  addNote(file: string, field: string, message: string): void {
    this.problems.push({ file, field, message, note: true });
  }

  /**
   * Records that a `kind` (a quote, a role, …) in file `by` was not checked against `target`, because
   * `target` failed its own checks; `reportNotChecked` sums these up in one line per target.
   */
  notChecked(target: string, kind: string, by: string): void {
    const kinds = this.#unchecked.get(target) ?? new Map<string, string[]>();
    this.#unchecked.set(target, kinds);
    kinds.set(kind, [...(kinds.get(kind) ?? []), by]);
  }

  /** Adds one line per file that others cite but that failed its own checks, saying what was not checked against it. */
  reportNotChecked(): void {
    for (const [target, kinds] of this.#unchecked) {
      const parts = [...kinds].sort(([, a], [, b]) => b.length - a.length).map(([kind, files]) => {
        const where = [...new Set(files)].sort();
        const more = where.length - 3;
        const shown = more > 0 ? `${where.slice(0, 3).join(', ')} and ${more} more ${more === 1 ? 'file' : 'files'}` : where.join(', ');
        return `${files.length} ${kind}${files.length === 1 ? '' : 's'} (in ${shown})`;
      });
      const list = parts.length === 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
      const total = [...kinds.values()].reduce((sum, files) => sum + files.length, 0);
      this.addNote(target, 'cited by', `${list} ${total === 1 ? 'was' : 'were'} not checked against this file, because it has problems of its own: fix them, and the check will look at these too`);
    }
    this.#unchecked.clear();
  }

  /** A reporter for one file: takes a field path, finds its line, and records the problem. */
  forFile(file: string, lineOf: (fieldPath: readonly PropertyKey[]) => number | undefined = () => undefined) {
    return (fieldPath: readonly PropertyKey[], message: string) =>
      this.add(file, fieldPath.length === 0 ? 'file' : formatFieldPath(fieldPath), message, lineOf(fieldPath));
  }
}

/** Runs a zod schema, reporting every issue at its field and line; returns the data when valid. */
export function parseWithSchema<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  report: (fieldPath: readonly PropertyKey[], message: string) => void,
): z.output<Schema> | undefined {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const { path: fieldPath, message } of describeIssues(result.error.issues as unknown as SchemaIssue[])) report(fieldPath, message);
  return undefined;
}

/**
 * The value when it passes `schema`, reporting nothing. Used on the parts of a file whose schema
 * check failed (and was reported), so that the sound parts still get the checks beyond the schema.
 */
export function salvage<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The entries of a list that pass `schema` each on its own, with their positions; none when `value` is no list. */
export function salvageList<Schema extends z.ZodType>(schema: Schema, value: unknown): { item: z.output<Schema>; at: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown, at) => {
    const item = salvage(schema, entry);
    return item === undefined ? [] : [{ item, at }];
  });
}

/** One YAML data file of a collection folder, read and parsed. */
export interface DataFile {
  id: string;
  file: string;
  yaml: ParsedYaml;
  data: Record<string, unknown>;
}

const YAML_EXTENSION = /\.ya?ml$/u;

/**
 * Reads every YAML file of a collection folder. Reports files the site would skip, file names that
 * are not valid ids, two files with the same id (`x.yaml` and `x.yml`), and unreadable YAML. The
 * files with a valid id that could not be read go into `unreadable` (id → file): they exist, so
 * what names them is not dangling, but nothing more is known of them.
 */
export async function readDataFiles(root: string, folder: string, noun: string, problems: ProblemList, unreadable?: Map<string, string>): Promise<DataFile[]> {
  const files: DataFile[] = [];
  const seen = new Map<string, string>();
  let names: string[];
  try {
    names = await listFiles(path.join(root, folder), YAML_EXTENSION);
  } catch (error) {
    if (!(error instanceof ContentReadError)) throw error;
    problems.add(folder, 'folder', `${error.message}, one ${noun} per .yaml file`);
    return files;
  }
  for (const name of names) {
    const file = contentFile(folder, name);
    if (!YAML_EXTENSION.test(name)) {
      problems.add(file, 'file name', `is not read: ${noun} files must end in .yaml`);
      continue;
    }
    const id = name.replace(YAML_EXTENSION, '');
    if (!idSchema.safeParse(id).success) {
      problems.add(file, 'file name', `"${id}" is not a valid ${noun} id: use lowercase words joined by hyphens, e.g. "talks-failure.yaml"`);
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.add(file, 'file name', `${noun} id "${id}" is already used by ${earlier}: ids must be unique`);
      continue;
    }
    seen.set(id, file);
    const source = await readContentFile(root, file);
    if (!source.ok) {
      // A file listed a moment ago can only be missing now if it was removed meanwhile.
      if (source.missing) problems.add(file, 'file', 'was removed while the check ran: run it again');
      else problems.add(file, 'file', source.error.message, source.error.line);
      unreadable?.set(id, file);
      continue;
    }
    const yaml = parseYamlSource(source.text);
    if (!yaml.ok) {
      for (const error of yaml.errors) problems.add(file, 'file', error.message, error.line);
      unreadable?.set(id, file);
      continue;
    }
    if (!isPlainObject(yaml.data)) {
      problems.add(file, 'file', 'is empty or not a list of "field: value" lines', 1);
      unreadable?.set(id, file);
      continue;
    }
    files.push({ id, file, yaml, data: yaml.data });
  }
  return files;
}
