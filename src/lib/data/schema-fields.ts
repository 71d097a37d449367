/**
 * The field list of a JSON Schema as a reader wants it on the Data page: one table for the file and
 * one for each shared definition (a claim, a position, a quote …), each field with its path, its
 * type in words and its description. Read from the published schema, so the page documents exactly
 * the fields the schema defines.
 */

/** The part of a JSON Schema node this reads. */
export interface SchemaNode {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
}

export interface FieldRow {
  /** The field's path within its table, e.g. `speaker.name` or `relays[].words`. */
  path: string;
  type: string;
  description: string;
}

export interface FieldTable {
  /** The definition's key (`quote`), or `file` for the top level. */
  id: string;
  title: string;
  description: string;
  fields: FieldRow[];
}

const defName = (ref: string) => ref.replace(/^#\/\$defs\//u, '');

function typeName(node: SchemaNode, defs: Record<string, SchemaNode>): string {
  if (node.$ref !== undefined) {
    const name = defName(node.$ref);
    return `${defs[name]?.title ?? name} (see below)`;
  }
  if (node.anyOf) {
    const [value, ...rest] = node.anyOf.filter((option) => option.type !== 'null');
    const nullable = node.anyOf.some((option) => option.type === 'null');
    const base = value && rest.length === 0 ? typeName(value, defs) : 'value';
    return nullable ? `${base}, or null` : base;
  }
  if (node.const !== undefined) return `always ${JSON.stringify(node.const)}`;
  if (node.enum) return `one of ${node.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (node.type === 'array') return node.items ? `list of ${typeName(node.items, defs)}` : 'list';
  if (node.type === 'object') return 'object';
  if (node.type === 'boolean') return 'true or false';
  if (node.type === 'string') {
    if (node.format === 'uri') return 'URL';
    if (node.format === 'date') return 'date (YYYY-MM-DD)';
    if (node.pattern !== undefined) return 'id';
    return 'text';
  }
  return String(node.type ?? 'value');
}

/** The node's own description, or else that of its nullable value or of the definition it refers to. */
function descriptionOf(node: SchemaNode, defs: Record<string, SchemaNode>): string {
  const referred = node.$ref === undefined ? undefined : defs[defName(node.$ref)];
  return node.description ?? node.anyOf?.find((option) => option.description !== undefined)?.description ?? referred?.description ?? '';
}

function rowsOf(properties: Record<string, SchemaNode>, defs: Record<string, SchemaNode>, prefix: string): FieldRow[] {
  return Object.entries(properties).flatMap(([name, node]) => {
    const path = `${prefix}${name}`;
    const row = { path, type: typeName(node, defs), description: descriptionOf(node, defs) };
    const inner = node.type === 'array' ? node.items : node;
    // Objects defined in place are listed field by field under their parent; shared ones get a table.
    if (inner?.properties && inner.$ref === undefined) return [row, ...rowsOf(inner.properties, defs, node.type === 'array' ? `${path}[].` : `${path}.`)];
    return [row];
  });
}

/** The tables of a schema: the file's own fields first, then each definition in the schema's order. */
export function describeSchemaFields(schema: SchemaNode): FieldTable[] {
  const defs = schema.$defs ?? {};
  return [
    { id: 'file', title: schema.title ?? 'The file', description: schema.description ?? '', fields: rowsOf(schema.properties ?? {}, defs, '') },
    ...Object.entries(defs).map(([id, def]) => ({ id, title: def.title ?? id, description: def.description ?? '', fields: rowsOf(def.properties ?? {}, defs, '') })),
  ];
}
