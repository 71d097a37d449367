/** Collecting problems while the validator walks the content. */
import path from 'node:path';
import type { z } from 'astro/zod';
import { formatFieldPath, type ContentProblem } from '../lib/problems/content-problems.ts';
import { describeIssues, type SchemaIssue } from '../lib/problems/schema-issues.ts';
import { idSchema } from '../schemas/common.ts';
import { contentFile, ContentReadError, isPlainObject, listFiles, parseYamlSource, readContentFile, type ParsedYaml } from './sources.ts';

export class ProblemList {
  readonly problems: ContentProblem[] = [];

  add(file: string, field: string, message: string, line?: number): void {
    this.problems.push({ file, line, field, message });
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
 * are not valid ids, two files with the same id (`x.yaml` and `x.yml`), and unreadable YAML.
 */
export async function readDataFiles(root: string, folder: string, noun: string, problems: ProblemList): Promise<DataFile[]> {
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
      continue;
    }
    const yaml = parseYamlSource(source.text);
    if (!yaml.ok) {
      for (const error of yaml.errors) problems.add(file, 'file', error.message, error.line);
      continue;
    }
    if (!isPlainObject(yaml.data)) {
      problems.add(file, 'file', 'is empty or not a list of "field: value" lines', 1);
      continue;
    }
    files.push({ id, file, yaml, data: yaml.data });
  }
  return files;
}
