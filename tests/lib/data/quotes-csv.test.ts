import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { buildClaimsExport, placedQuotes } from '../../../src/lib/data/claims-export.ts';
import { buildQuotesCsv, QUOTE_COLUMNS } from '../../../src/lib/data/quotes-csv.ts';
import { fixtureInput } from '../../support/export-fixture.ts';

const data = buildClaimsExport(fixtureInput());
const csv = buildQuotesCsv(data);
const records = parse(csv, { columns: true, relax_column_count: false }) as Record<string, string>[];
const byId = new Map(records.map((record) => [record['quote_id'], record]));

test('starts with a header row of the documented column names, in order', () => {
  expect(csv.slice(0, csv.indexOf('\r\n')).split(',')).toEqual(QUOTE_COLUMNS.map((column) => column.name));
  expect(QUOTE_COLUMNS.map((column) => column.name)).toEqual([
    'quote_id',
    'quote_url',
    'claim_id',
    'claim_title',
    'topic_id',
    'part',
    'side',
    'text',
    'attribution',
    'speaker_id',
    'speaker_name',
    'relay_ids',
    'relay_names',
    'relay_words',
    'article_id',
    'outlet',
    'headline',
    'paragraph_id',
    'paragraph_url',
    'original_url',
    'note',
  ]);
});

test('has one row per quote, in the order of claims.json', () => {
  expect(records.map((record) => record['quote_id'])).toEqual(placedQuotes(data).map((placed) => placed.quote.id));
});

test('ends every record, the last included, with CRLF, and has no bare line end outside quoted cells', () => {
  expect(csv.endsWith('\r\n')).toBe(true);
  const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/gu, '');
  expect(outsideQuotes.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  expect(outsideQuotes.split('\r\n')).toHaveLength(records.length + 2);
});

test('quotes a cell with a comma, quotation marks and a line break, doubling the marks, and reads back exactly', () => {
  expect(csv).toContain('"""the problem, as ever, is old"".\nHe said it"');
  expect(byId.get('beta-minister-old')?.['text']).toBe('"the problem, as ever, is old".\nHe said it');
});

test('flattens a quote into its claim, part, side, speaker, relays, article and paragraph', () => {
  expect(byId.get('beta-minister-talks-failed')).toEqual({
    quote_id: 'beta-minister-talks-failed',
    quote_url: 'https://parallax.example.org/claims/where-attacks-come-from/#beta-minister-talks-failed',
    claim_id: 'where-attacks-come-from',
    claim_title: 'Where attacks come from',
    topic_id: 'first',
    part: 'quotes',
    side: 'taliban',
    text: 'talks failed, as reported by Delta Agency',
    attribution: 'reported',
    speaker_id: 'minister',
    speaker_name: 'The Minister',
    relay_ids: 'agency',
    relay_names: 'Delta Agency',
    relay_words: 'as reported by Delta Agency',
    article_id: 'beta',
    outlet: 'Beta Times',
    headline: 'Beta Times headline',
    paragraph_id: 'p-beta-relay',
    paragraph_url: 'https://parallax.example.org/articles/beta/#p-beta-relay',
    original_url: '',
    note: 'A neutral note on the source.',
  });
});

test('leaves side empty for framing and names the part of an account', () => {
  expect([byId.get('beta-editorial-must-talk')?.['part'], byId.get('beta-editorial-must-talk')?.['side']]).toEqual(['framing', '']);
  expect([byId.get('alpha-officials-minister-denies')?.['part'], byId.get('alpha-officials-minister-denies')?.['side']]).toEqual(['accounts', 'taliban']);
});

test('puts several relays in one cell, a line each, nearest the speaker first', () => {
  const input = fixtureInput();
  const quote = input.claims[1]?.positions[1]?.quotes[1];
  const agency = input.people.find((person) => person.id === 'agency');
  if (!quote || !agency) throw new Error('fixture changed');
  quote.relays = [agency, { ...agency, id: 'wire', name: 'Wire, Inc.' }];
  quote.relayWords = ['as reported by Delta Agency', 'via "Wire"'];
  const [record] = (parse(buildQuotesCsv(buildClaimsExport(input)), { columns: true }) as Record<string, string>[]).filter((row) => row['quote_id'] === 'beta-minister-talks-failed');
  expect([record?.['relay_ids'], record?.['relay_names'], record?.['relay_words']]).toEqual(['agency\nwire', 'Delta Agency\nWire, Inc.', 'as reported by Delta Agency\nvia "Wire"']);
});
