/**
 * The official CSL-JSON schemas (tests/support/csl/, with their provenance), compiled once with ajv in
 * strict mode (union types allowed: the schemas use them). A failure lists each error as
 * "path: message", so it says what is wrong where.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from './project-copy.ts';

const schemaDir = path.join(PROJECT_ROOT, 'tests', 'support', 'csl');
const readSchema = (file: string) => JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as { $id: string };

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const dataSchema = readSchema('csl-data.json');
const citationSchema = readSchema('csl-citation.json');
ajv.addSchema(dataSchema).addSchema(citationSchema);

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'invalid'}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
}

/** Errors of a CSL-JSON data file (an array of items) against csl-data.json; none when valid. */
export function cslDataErrors(value: unknown): string[] {
  return errorsOf(ajv.getSchema(dataSchema.$id) as ValidateFunction, value);
}

/** Errors of a CSL citation object (with its citation items) against csl-citation.json; none when valid. */
export function cslCitationErrors(value: unknown): string[] {
  return errorsOf(ajv.getSchema(citationSchema.$id) as ValidateFunction, value);
}
