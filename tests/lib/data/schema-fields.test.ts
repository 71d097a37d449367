import { expect, test } from 'vitest';
import { describeSchemaFields, type SchemaNode } from '../../../src/lib/data/schema-fields.ts';
import { claimsExportJsonSchema } from '../../../src/schemas/claims-export.ts';

const schema: SchemaNode = {
  title: 'Example',
  description: 'An example file.',
  type: 'object',
  properties: {
    version: { type: 'number', const: 1, description: 'The version.' },
    items: { type: 'array', items: { $ref: '#/$defs/item' }, description: 'The items.' },
  },
  $defs: {
    item: {
      title: 'Item',
      description: 'One item.',
      type: 'object',
      properties: {
        id: { type: 'string', pattern: '^[a-z]+$', description: 'Its id.' },
        link: { anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }], description: 'Its address, or null.' },
        kind: { type: 'string', enum: ['a', 'b'], description: 'Its kind.' },
        parts: {
          type: 'array',
          description: 'Its parts.',
          items: { type: 'object', properties: { words: { type: 'string', description: 'The words.' }, done: { type: 'boolean', description: 'Whether done.' } } },
        },
        owner: { type: 'object', description: 'Its owner.', properties: { name: { type: 'string', description: 'The name.' } } },
      },
    },
  },
};

test('gives a table for the file, then one per definition, each field with its type in words', () => {
  expect(describeSchemaFields(schema)).toEqual([
    {
      id: 'file',
      title: 'Example',
      description: 'An example file.',
      fields: [
        { path: 'version', type: 'always 1', description: 'The version.' },
        { path: 'items', type: 'list of Item (see below)', description: 'The items.' },
      ],
    },
    {
      id: 'item',
      title: 'Item',
      description: 'One item.',
      fields: [
        { path: 'id', type: 'id', description: 'Its id.' },
        { path: 'link', type: 'URL, or null', description: 'Its address, or null.' },
        { path: 'kind', type: 'one of "a", "b"', description: 'Its kind.' },
        { path: 'parts', type: 'list of object', description: 'Its parts.' },
        { path: 'parts[].words', type: 'text', description: 'The words.' },
        { path: 'parts[].done', type: 'true or false', description: 'Whether done.' },
        { path: 'owner', type: 'object', description: 'Its owner.' },
        { path: 'owner.name', type: 'text', description: 'The name.' },
      ],
    },
  ]);
});

test('documents every field of the claims export, quote fields under the quote', () => {
  const tables = describeSchemaFields(claimsExportJsonSchema('https://x.example/data/claims.schema.json') as SchemaNode);
  expect(tables.map((table) => table.id)).toEqual(['file', 'claim', 'position', 'quote', 'article', 'person']);
  const quote = tables.find((table) => table.id === 'quote');
  expect(quote?.fields.map((field) => field.path)).toEqual([
    'id',
    'url',
    'text',
    'attribution',
    'speaker',
    'speaker.id',
    'speaker.name',
    'relays',
    'relays[].id',
    'relays[].name',
    'relays[].words',
    'article',
    'article.id',
    'article.outlet',
    'article.headline',
    'paragraph',
    'paragraph.id',
    'paragraph.url',
    'originalUrl',
    'note',
  ]);
  expect(tables.flatMap((table) => table.fields).filter((field) => field.description === '')).toEqual([]);
  expect(tables.find((table) => table.id === 'claim')?.fields.find((field) => field.path === 'positions.pakistan')).toEqual({
    path: 'positions.pakistan',
    type: 'Position (see below)',
    description: 'One side’s column: only that side’s own voice, and apart from it others’ accounts of it.',
  });
});
