/**
 * Turns zod's validation issues into messages an editor can act on (Starlight's error-map idea):
 * the field path, what it must be, and what was found. Works on the issue shape alone, so it needs
 * no zod import.
 */
import { describeValue, formatFieldPath } from './content-problems.ts';

/** The parts of a zod issue this module reads. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  /** For `invalid_type`: the type expected, e.g. `object`. */
  expected?: string;
  keys?: readonly string[];
  /** For `invalid_union`: the issues of each alternative. */
  errors?: readonly (readonly SchemaIssue[])[];
}

export interface FieldMessage {
  path: PropertyKey[];
  field: string;
  message: string;
}

function withFound(message: string, input: unknown): string {
  return `${message} (found ${describeValue(input)})`;
}

const TYPE_MISMATCH = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

/** True when the issue rejects the value as a whole (wrong type), rather than something inside it. */
function rejectsWholeValue(issue: SchemaIssue): boolean {
  return issue.path.length === 0 && TYPE_MISMATCH.has(issue.code);
}

/** The one alternative of a union whose shape the value has: its problems are the ones to report. */
function closestAlternative(issue: SchemaIssue): readonly SchemaIssue[] | undefined {
  const candidates = (issue.errors ?? []).filter(
    (alternative) => alternative.length > 0 && !alternative.some(rejectsWholeValue),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** What a type is called in a message, where the schema gives no message of its own. */
const TYPE_NAMES: Record<string, string> = { object: 'a group of fields', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };

/** The schema's own message for a wrong type; zod's default ("Invalid input: expected object, …") said plainly. */
function plainTypeMessage(issue: SchemaIssue): string {
  const name = issue.expected === undefined ? undefined : TYPE_NAMES[issue.expected];
  return issue.message.startsWith('Invalid input') && name !== undefined ? `must be ${name}` : issue.message;
}

/** One message per problem, with field paths relative to the document root. */
export function describeIssues(issues: readonly SchemaIssue[], prefix: readonly PropertyKey[] = []): FieldMessage[] {
  return issues.flatMap((issue): FieldMessage[] => {
    const path = [...prefix, ...issue.path];
    const at = (message: string, at: PropertyKey[] = path) => ({ path: at, field: formatFieldPath(at), message });
    switch (issue.code) {
      case 'unrecognized_keys':
        return (issue.keys ?? []).map((key) =>
          at('is not a known field here: check its spelling, or see README.md for the fields this file takes', [...path, key]),
        );
      case 'invalid_union': {
        const alternative = closestAlternative(issue);
        if (alternative && issue.input !== null && typeof issue.input === 'object') {
          return describeIssues(alternative, path);
        }
        return [at(withFound(issue.message, issue.input))];
      }
      case 'invalid_type':
        return [at(issue.input === undefined ? 'is required but missing' : withFound(plainTypeMessage(issue), issue.input))];
      case 'invalid_value':
      case 'invalid_format':
        return [at(withFound(issue.message, issue.input))];
      case 'too_small':
      case 'too_big':
        // The message says the bound ("at least one"); the value itself adds nothing.
        return [at(issue.message)];
      case 'custom':
        // A refinement of a whole group sees the group as its input: naming that would not help.
        return [at(typeof issue.input === 'object' && !(issue.input instanceof Date) ? issue.message : withFound(issue.message, issue.input))];
      default:
        return [at(issue.input === undefined ? issue.message : withFound(issue.message, issue.input))];
    }
  });
}
