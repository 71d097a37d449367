/**
 * The schema.org vocabulary, offline: the types and their properties (inherited ones included) as
 * schema-dts ships them in node_modules/schema-dts/dist/schema.d.ts, read with the TypeScript compiler.
 * schema-dts 2.1 has the types the claim pages use, `Claim` with `appearance` and `Quotation` with
 * `spokenByCharacter` among them, though they were new or pending in schema.org.
 *
 * `findVocabularyProblems` walks JSON-LD and names every node type schema.org does not define and
 * every property its type does not have.
 */
import { createRequire } from 'node:module';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const declarations = require.resolve('schema-dts/dist/schema.d.ts');

let cache: { checker: ts.TypeChecker; leaves: Map<string, ts.Node> } | undefined;

function load() {
  if (cache) return cache;
  const program = ts.createProgram([declarations], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const source = program.getSourceFile(declarations);
  if (!source) throw new Error(`cannot read ${declarations}`);
  const leaves = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text.endsWith('Leaf')) {
      leaves.set(statement.name.text.slice(0, -'Leaf'.length), statement.name);
    }
  }
  cache = { checker: program.getTypeChecker(), leaves };
  return cache;
}

const propertyCache = new Map<string, ReadonlySet<string> | undefined>();

/** The properties of a schema.org type, or undefined when schema.org has no such type. */
export function propertiesOf(type: string): ReadonlySet<string> | undefined {
  if (propertyCache.has(type)) return propertyCache.get(type);
  const { checker, leaves } = load();
  const leaf = leaves.get(type);
  const properties = leaf === undefined ? undefined : new Set(checker.getTypeAtLocation(leaf).getProperties().map((property) => property.getName()));
  propertyCache.set(type, properties);
  return properties;
}

/** Every unknown type and every property a node's type lacks, as "path: problem". */
export function findVocabularyProblems(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => findVocabularyProblems(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  const problems: string[] = [];
  const type = node['@type'];
  if (type !== undefined) {
    const properties = typeof type === 'string' ? propertiesOf(type) : undefined;
    if (properties === undefined) problems.push(`${path}: ${JSON.stringify(type)} is not a schema.org type`);
    else {
      for (const key of Object.keys(node)) {
        if (!key.startsWith('@') && !properties.has(key)) problems.push(`${path}: ${type} has no property "${key}"`);
      }
    }
  }
  for (const [key, child] of Object.entries(node)) problems.push(...findVocabularyProblems(child, `${path}.${key}`));
  return problems;
}
