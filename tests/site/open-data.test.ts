/**
 * The open-data files as built into dist/: claims.json valid against the schema published beside it
 * (by a standard JSON Schema validator, not by the zod schema it was made from), every quote's words
 * in the capture of its article, quotes.csv read back by a CSV parser into the same values, every
 * address in the files leading to a built page and to an element holding the words, and the Data
 * page giving each file's real size.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { DATA_FILES } from '../../src/lib/data/data-files.ts';
import { normalizeLine } from '../../src/lib/sources/fidelity.ts';
import { collapseWhitespace, splitLines } from '../../src/lib/text.ts';
import type { ClaimsExport, ExportQuote } from '../../src/schemas/claims-export.ts';
import { readContentFacts } from '../support/claim-data.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const dist = path.join(PROJECT_ROOT, 'dist');
const read = (sitePath: string) => readFileSync(path.join(dist, sitePath), 'utf8');
const data = JSON.parse(read('/data/claims.json')) as ClaimsExport;
const schema = JSON.parse(read('/data/claims.schema.json')) as Record<string, unknown>;

interface Placed {
  claim: ClaimsExport['claims'][number];
  part: string;
  side: string;
  quote: ExportQuote;
}

/** Every quote of the file with where it stands, walked here from the JSON itself. */
const quotes: Placed[] = data.claims.flatMap((claim) => [
  ...(['pakistan', 'taliban'] as const).flatMap((side) => claim.positions[side].quotes.map((quote) => ({ claim, part: 'quotes', side, quote }))),
  ...(['pakistan', 'taliban'] as const).flatMap((side) => claim.positions[side].accounts.map((quote) => ({ claim, part: 'accounts', side, quote }))),
  ...claim.framing.map((quote) => ({ claim, part: 'framing', side: '', quote })),
]);

describe('claims.json', () => {
  test('is valid against claims.schema.json (JSON Schema 2020-12, with formats)', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  });

  test('holds every quote of the content, once, in the same claim and part, by the same speaker through the same relays', async () => {
    const facts = await readContentFacts(PROJECT_ROOT);
    const partNames = { side: 'quotes', account: 'accounts', framing: 'framing' } as const;
    const fromContent = facts.quotes
      .map((quote) => [quote.id, quote.claim, partNames[quote.part], quote.side ?? '', quote.article, quote.speaker, quote.relays.join(' '), quote.note ?? null])
      .sort();
    const fromFile = quotes
      .map(({ claim, part, side, quote }) => [quote.id, claim.id, part, side, quote.article.id, quote.speaker.id, quote.relays.map((relay) => relay.id).join(' '), quote.note])
      .sort();
    expect(fromFile).toEqual(fromContent);
    expect(data.claims.map((claim) => claim.id).sort()).toEqual([...facts.claims.keys()].sort());
    expect(new Set(quotes.map(({ quote }) => quote.id)).size).toBe(quotes.length);
  });

  test('gives each speaker and relay the name and side the content gives them', async () => {
    const facts = await readContentFacts(PROJECT_ROOT);
    const wrong = quotes.flatMap(({ quote }) =>
      [quote.speaker, ...quote.relays].filter((person) => facts.people.get(person.id)?.name !== person.name).map((person) => `${quote.id}: ${person.id}`),
    );
    expect(wrong).toEqual([]);
    expect(data.people.map((person) => [person.id, person.side, person.kind]).sort()).toEqual([...facts.people].map(([id, person]) => [id, person.side, person.kind]).sort());
  });

  test('has every quote’s words, and each relay’s, in the capture of its article, whose hash it gives', () => {
    const captures = new Map(
      data.articles.map((article) => {
        const file = path.join(PROJECT_ROOT, 'content/captures', path.basename(new URL(article.capture.url).pathname));
        const bytes = readFileSync(file);
        expect(createHash('sha256').update(bytes).digest('hex'), article.id).toBe(article.capture.sha256);
        // The copy's only leeway: whitespace around a line, a leading bullet, and runs of spaces.
        return [article.id, collapseWhitespace(splitLines(bytes.toString('utf8')).map(normalizeLine).join(' '))];
      }),
    );
    const missing = quotes.flatMap(({ quote }) => {
      const capture = captures.get(quote.article.id) ?? '';
      return [quote.text, ...quote.relays.map((relay) => relay.words)].filter((words) => !capture.includes(collapseWhitespace(words))).map((words) => `${quote.id}: ${words}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('quotes.csv', () => {
  const csv = read('/data/quotes.csv');
  const rows = parse(csv, { columns: true, bom: false }) as Record<string, string>[];

  test('has a row per quote of claims.json, in its order, with the same values', () => {
    const cell = (value: string | null) => value ?? '';
    const expected = quotes.map(({ claim, part, side, quote }) => ({
      quote_id: quote.id,
      quote_url: quote.url,
      claim_id: claim.id,
      claim_title: claim.title,
      topic_id: claim.topic.id,
      part,
      side,
      text: quote.text,
      attribution: quote.attribution,
      speaker_id: quote.speaker.id,
      speaker_name: quote.speaker.name,
      relay_ids: quote.relays.map((relay) => relay.id).join('\n'),
      relay_names: quote.relays.map((relay) => relay.name).join('\n'),
      relay_words: quote.relays.map((relay) => relay.words).join('\n'),
      article_id: quote.article.id,
      outlet: quote.article.outlet,
      headline: quote.article.headline,
      paragraph_id: quote.paragraph.id,
      paragraph_url: quote.paragraph.url,
      original_url: cell(quote.originalUrl),
      note: cell(quote.note),
    }));
    expect(rows).toEqual(expected);
  });

  test('reads back the cells that need quoting: commas, quotation marks, line breaks', () => {
    const texts = rows.flatMap((row) => Object.values(row));
    expect(texts.filter((text) => text.includes(',')).length).toBeGreaterThan(50);
    expect(texts.filter((text) => text.includes('"')).length).toBeGreaterThan(0);
    // Every cell with a special character is quoted in the file, its marks doubled.
    for (const text of texts.filter((value) => /[",\r\n]/u.test(value))) expect(csv).toContain(`"${text.replace(/"/gu, '""')}"`);
  });

  test('is UTF-8 without a byte-order mark, with CRLF line ends only', () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toContain('’');
    expect(csv.replace(/"(?:[^"]|"")*"/gu, '').replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });
});

describe('addresses in the files', () => {
  const elements = new Map<string, Map<string, Element>>();
  /** The elements with an id on the built page at `sitePath`, or undefined when no page is built there. */
  function pageIds(sitePath: string): Map<string, Element> | undefined {
    const file = sitePath.endsWith('/') ? path.join(dist, sitePath, 'index.html') : path.join(dist, sitePath);
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    let ids = elements.get(file);
    if (!ids) {
      const found = new Map<string, Element>();
      if (file.endsWith('.html')) {
        visit(rehype().parse(readFileSync(file, 'utf8')) as Root, 'element', (node) => {
          const id = node.properties['id'];
          if (typeof id === 'string') found.set(id, node);
        });
      }
      ids = found;
      elements.set(file, ids);
    }
    return ids;
  }

  function siteUrls(value: unknown): string[] {
    if (typeof value === 'string') return value.startsWith(`${data.site}/`) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap(siteUrls);
    if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(siteUrls);
    return [];
  }

  test('every address of this site in claims.json and quotes.csv leads to a built page and element', () => {
    const csvCells = (parse(read('/data/quotes.csv'), { columns: false }) as string[][]).flat();
    const urls = [...new Set([...siteUrls(data).filter((url) => url !== data.site), ...siteUrls(csvCells)])];
    const broken = urls.filter((url) => {
      const { pathname, hash } = new URL(url);
      const ids = pageIds(pathname);
      return ids === undefined || (hash !== '' && !ids.has(decodeURIComponent(hash.slice(1))));
    });
    expect(urls.length).toBeGreaterThan(quotes.length);
    expect(broken).toEqual([]);
  });

  test('each quote’s address and paragraph address land on an element holding its words', () => {
    const elsewhere = quotes.flatMap(({ quote }) =>
      [quote.url, quote.paragraph.url].flatMap((url) => {
        const { pathname, hash } = new URL(url);
        const element = pageIds(pathname)?.get(hash.slice(1));
        return element && collapseWhitespace(toString(element)).includes(collapseWhitespace(quote.text)) ? [] : [`${quote.id}: ${url}`];
      }),
    );
    expect(elsewhere).toEqual([]);
  });
});

describe('the Data page', () => {
  const html = read('/data/index.html');
  const tree = rehype().parse(html) as Root;
  const sections = new Map<string, string>();
  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    if (node.tagName === 'section' && typeof id === 'string' && id.startsWith('file-')) sections.set(id, collapseWhitespace(toString(node)));
  });

  test('lists every data file the build writes, and no other', () => {
    const built = DATA_FILES.filter((file) => existsSync(path.join(dist, file.path)));
    expect(built.map((file) => file.path)).toEqual(expect.arrayContaining(['/data/claims.json', '/data/claims.schema.json', '/data/quotes.csv']));
    expect([...sections.values()].length).toBe(built.length);
    for (const file of built) expect([...sections.values()].some((text) => text.includes(`${data.site}${file.path}`)), file.path).toBe(true);
  });

  test('gives the exact size of each file built with it', () => {
    for (const file of ['/data/claims.json', '/data/claims.schema.json', '/data/quotes.csv']) {
      const section = [...sections.values()].find((text) => text.includes(`${data.site}${file}`));
      expect(section, file).toContain(`Size${statSync(path.join(dist, file)).size.toLocaleString('en')} bytes`);
    }
  });

  test('documents every column of quotes.csv and the format version', () => {
    const header = read('/data/quotes.csv').split('\r\n')[0]?.split(',') ?? [];
    const text = toString(tree);
    for (const column of header) expect(text).toContain(column);
    expect(text).toContain(`format version ${data.formatVersion}`);
  });

  test('is linked from every claim page, with the claim’s id', () => {
    for (const claim of data.claims) {
      const page = read(`/claims/${claim.id}/index.html`);
      expect(page).toContain('href="/data/claims.json"');
      expect(page).toContain('href="/data/quotes.csv"');
      expect(page).toMatch(new RegExp(`<code[^>]*>${claim.id}</code>`, 'u'));
    }
  });
});
