import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { buildClaimsExport, placedQuotes, serializeClaimsExport } from '../../../src/lib/data/claims-export.ts';
import { claimsExportJsonSchema, claimsExportSchema, CLAIMS_EXPORT_FORMAT_VERSION, type ClaimsExport, type ExportQuote } from '../../../src/schemas/claims-export.ts';
import { FIXTURE_SITE, fixtureInput } from '../../support/export-fixture.ts';

const exported = () => buildClaimsExport(fixtureInput());

function claimOf(data: ClaimsExport, id: string) {
  const claim = data.claims.find((candidate) => candidate.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
}

function quoteOf(data: ClaimsExport, id: string): ExportQuote {
  const found = placedQuotes(data).find((placed) => placed.quote.id === id);
  if (!found) throw new Error(`no quote ${id}`);
  return found.quote;
}

describe('buildClaimsExport', () => {
  test('names its format version, the site and the page that documents it', () => {
    const data = exported();
    expect(data.formatVersion).toBe(CLAIMS_EXPORT_FORMAT_VERSION);
    expect(data.site).toBe(FIXTURE_SITE);
    expect(data.documentation).toBe(`${FIXTURE_SITE}/data/`);
    expect(data.rights).toMatch(/belong to the outlets/u);
  });

  test('lists claims by topic order, whatever order they come in', () => {
    expect(exported().claims.map((claim) => [claim.id, claim.topic.id])).toEqual([
      ['where-attacks-come-from', 'first'],
      ['a-claim-of-one-side', 'later'],
    ]);
  });

  test('gives each quote its words, speaker, article, paragraph and permanent addresses built from the site address', () => {
    expect(quoteOf(exported(), 'alpha-officials-80')).toEqual({
      id: 'alpha-officials-80',
      url: `${FIXTURE_SITE}/claims/where-attacks-come-from/#alpha-officials-80`,
      text: '80% of attacks came from across the border',
      attribution: 'unnamed',
      speaker: { id: 'officials', name: 'Officials' },
      relays: [],
      article: { id: 'alpha', outlet: 'Alpha News', headline: 'Alpha News headline' },
      paragraph: { id: 'p-alpha', url: `${FIXTURE_SITE}/articles/alpha/#p-alpha` },
      originalUrl: 'https://alpha.example/story#:~:text=80%25%20of%20attacks%20came%20from%20across%20the%20border',
      note: null,
    });
  });

  test('keeps a relay with the article’s own words, and the note; null where the original address is unknown', () => {
    const quote = quoteOf(exported(), 'beta-minister-talks-failed');
    expect(quote.relays).toEqual([{ id: 'agency', name: 'Delta Agency', words: 'as reported by Delta Agency' }]);
    expect(quote.note).toBe('A neutral note on the source.');
    expect(quote.originalUrl).toBeNull();
  });

  test('keeps the words exactly, quotation marks and line break included', () => {
    expect(quoteOf(exported(), 'beta-minister-old').text).toBe('"the problem, as ever, is old".\nHe said it');
  });

  test('puts each side’s own quotes, the accounts and the framing in their own parts, framing in article order', () => {
    const claim = claimOf(exported(), 'where-attacks-come-from');
    expect(claim.positions.pakistan.quotes.map((quote) => quote.id)).toEqual(['alpha-officials-80']);
    expect(claim.positions.taliban.quotes.map((quote) => quote.id)).toEqual(['beta-minister-old', 'beta-minister-talks-failed']);
    expect(claim.framing.map((quote) => quote.id)).toEqual(['alpha-analysts-hard-to-watch', 'beta-editorial-must-talk']);
    expect(claim.positions.taliban.summary).toEqual([
      { says: 'says the problem is old.', quotes: ['beta-minister-old'] },
      { says: 'says the talks failed.', quotes: ['beta-minister-talks-failed'] },
    ]);
    expect(claim.related).toEqual(['a-claim-of-one-side']);
  });

  test('shows a side with no position as not stated, with empty lists, and a side with accounts only as not stated too', () => {
    const claim = claimOf(exported(), 'a-claim-of-one-side');
    expect(claim.positions.pakistan).toEqual({ stated: false, summary: [], quotes: [], accounts: [] });
    expect(claim.positions.taliban.stated).toBe(false);
    expect(claim.positions.taliban.accounts.map((quote) => [quote.id, quote.speaker.id])).toEqual([['alpha-officials-minister-denies', 'officials']]);
    expect(claim.framing).toEqual([]);
  });

  test('gives the articles’ provenance, with null where the article prints or knows nothing', () => {
    const [alpha, beta] = exported().articles;
    expect(alpha).toEqual({
      id: 'alpha',
      url: `${FIXTURE_SITE}/articles/alpha/`,
      outlet: 'Alpha News',
      outletNote: 'wire copy, Delta',
      headline: 'Alpha News headline',
      author: { name: 'A. Writer', role: 'Editor' },
      date: { printed: 'Monday, 10 November 2025', iso: '2025-11-10' },
      originalUrl: 'https://alpha.example/story',
      capture: { url: `${FIXTURE_SITE}/captures/000_alpha.txt`, sha256: 'a'.repeat(64) },
    });
    expect(beta).toMatchObject({ outletNote: null, author: null, date: { printed: null, iso: null }, originalUrl: null });
  });

  test('lists people by name with their kind, side and roles', () => {
    expect(exported().people.map((person) => person.id)).toEqual(['analysts', 'beta-editorial', 'agency', 'officials', 'minister']);
    expect(exported().people.find((person) => person.id === 'minister')).toEqual({
      id: 'minister',
      name: 'The Minister',
      kind: 'person',
      side: 'taliban',
      roles: [{ text: 'the minister', article: 'beta' }],
    });
  });

  test('is the same to the byte when built twice, and names no date', () => {
    const text = serializeClaimsExport(exported());
    expect(serializeClaimsExport(exported())).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/20\d\d-\d\d-\d\dT/u);
  });

  test('refuses a relay without its words rather than publish a gap', () => {
    const input = fixtureInput();
    const claim = input.claims[1];
    const quote = claim?.positions[1]?.quotes[1];
    if (!quote) throw new Error('fixture changed');
    quote.relayWords = [];
    expect(() => buildClaimsExport(input)).toThrow('quote "beta-minister-talks-failed": relay "agency" has no words');
  });

  test('lists every quote once in placedQuotes, with its part and side', () => {
    expect(placedQuotes(exported()).map(({ claim, part, side, quote }) => [claim.id, part, side, quote.id])).toEqual([
      ['where-attacks-come-from', 'quotes', 'pakistan', 'alpha-officials-80'],
      ['where-attacks-come-from', 'quotes', 'taliban', 'beta-minister-old'],
      ['where-attacks-come-from', 'quotes', 'taliban', 'beta-minister-talks-failed'],
      ['where-attacks-come-from', 'framing', null, 'alpha-analysts-hard-to-watch'],
      ['where-attacks-come-from', 'framing', null, 'beta-editorial-must-talk'],
      ['a-claim-of-one-side', 'accounts', 'taliban', 'alpha-officials-minister-denies'],
    ]);
  });
});

describe('the export schema', () => {
  const schemaUrl = `${FIXTURE_SITE}/data/claims.schema.json`;
  const jsonSchema = claimsExportJsonSchema(schemaUrl);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(jsonSchema);

  test('is JSON Schema draft 2020-12, identified by its address', () => {
    expect(jsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(jsonSchema['$id']).toBe(schemaUrl);
  });

  test('accepts the export, both as zod and as JSON Schema', () => {
    const data = JSON.parse(serializeClaimsExport(exported())) as unknown;
    expect(claimsExportSchema.safeParse(data).success).toBe(true);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each([
    ['a quote without its speaker', (data: ClaimsExport) => void Reflect.deleteProperty(quoteOf(data, 'alpha-officials-80'), 'speaker'), "must have required property 'speaker'"],
    ['a field it does not define', (data: ClaimsExport) => void Object.assign(quoteOf(data, 'alpha-officials-80'), { rating: 'true' }), 'must NOT have additional properties'],
    ['an attribution kind that does not exist', (data: ClaimsExport) => void Object.assign(quoteOf(data, 'alpha-officials-80'), { attribution: 'alleged' }), 'must be equal to one of the allowed values'],
    ['a relative address', (data: ClaimsExport) => void Object.assign(quoteOf(data, 'alpha-officials-80'), { url: '/claims/x/' }), 'must match format "uri"'],
    ['another format version', (data: ClaimsExport) => void Object.assign(data, { formatVersion: 2 }), 'must be equal to constant'],
  ])('rejects %s', (_, spoil, message) => {
    const data = exported();
    spoil(data);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((error) => error.message)).toContain(message);
    expect(claimsExportSchema.safeParse(data).success).toBe(false);
  });

  test('describes every field it defines', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const { properties, items, $defs } = node as { properties?: Record<string, Record<string, unknown>>; items?: unknown; $defs?: Record<string, unknown> };
      for (const [name, property] of Object.entries(properties ?? {})) {
        const described = typeof property['description'] === 'string' || typeof property['$ref'] === 'string';
        if (!described) undescribed.push(`${path}.${name}`);
        walk(property, `${path}.${name}`);
      }
      walk(items, `${path}[]`);
      for (const [name, def] of Object.entries($defs ?? {})) walk(def, `$defs.${name}`);
    };
    walk(jsonSchema, '');
    expect(undescribed).toEqual([]);
  });
});
