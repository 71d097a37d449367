/**
 * The open-data files as the build writes them, shared by their endpoints and by the Data page, so
 * that the sizes the page gives are those of the very bytes published. Computed once per build.
 * (The underscore keeps Astro from treating this module as a route.)
 */
import { citeClaim } from '../../lib/anchors/citation.ts';
import { buildClaimsExport, placedQuotes, serializeClaimsExport } from '../../lib/data/claims-export.ts';
import { CLAIMS_JSON, CLAIMS_SCHEMA, DATA_FILES, QUOTES_CSV, type DataFile } from '../../lib/data/data-files.ts';
import { buildQuotesCsv, QUOTE_COLUMNS } from '../../lib/data/quotes-csv.ts';
import { describeSchemaFields, type SchemaNode } from '../../lib/data/schema-fields.ts';
import { claimsExportJsonSchema, type ClaimsExport } from '../../schemas/claims-export.ts';
import { SITE } from '../../site-config.ts';
import { getArticles, getClaims, getPeopleViews, getSiteVersion } from '../../site-data.ts';

/** The JSON Schema of the export, identified by its own address. */
const claimsSchema = claimsExportJsonSchema(new URL(CLAIMS_SCHEMA.path, SITE.url).href);

interface OpenData {
  data: ClaimsExport;
  /** The published text of each file built here, by path. */
  texts: ReadonlyMap<string, string>;
}

let built: Promise<OpenData> | undefined;

async function buildOpenData(): Promise<OpenData> {
  const data = buildClaimsExport({ site: SITE.url, claims: await getClaims(), articles: await getArticles(), people: await getPeopleViews() });
  const texts = new Map([
    [CLAIMS_JSON.path, serializeClaimsExport(data)],
    [CLAIMS_SCHEMA.path, `${JSON.stringify(claimsSchema, null, 2)}\n`],
    [QUOTES_CSV.path, buildQuotesCsv(data)],
  ]);
  return { data, texts };
}

const getOpenData = () => (built ??= buildOpenData());

/** The response that publishes one of the files built here, with its media type. */
export async function openDataResponse(file: DataFile): Promise<Response> {
  const text = (await getOpenData()).texts.get(file.path);
  if (text === undefined) throw new Error(`${file.path} is not built by src/pages/data/_open-data.ts`);
  const type = file.mediaType.includes('charset=') ? file.mediaType : `${file.mediaType}; charset=utf-8`;
  return new Response(text, { headers: { 'Content-Type': type } });
}

/**
 * The endpoints of this folder. The Data page lists a file of DATA_FILES only once its endpoint
 * exists, so it never links to a file the build does not write.
 */
const ENDPOINTS = new Set(Object.keys(import.meta.glob('./*.ts')).map((module) => `/data/${module.slice('./'.length, -'.ts'.length)}`));

/** What the Data page shows: each published file (with its size where it is built here), the fields, the counts. */
export async function getDataPage() {
  const { data, texts } = await getOpenData();
  const absolute = (path: string) => new URL(path, SITE.url).href;
  return {
    files: DATA_FILES.filter((file) => ENDPOINTS.has(file.path)).map((file) => {
      const text = texts.get(file.path);
      return { ...file, url: absolute(file.path), bytes: text === undefined ? undefined : Buffer.byteLength(text, 'utf8') };
    }),
    formatVersion: data.formatVersion,
    counts: { claims: data.claims.length, quotes: placedQuotes(data).length, articles: data.articles.length, people: data.people.length },
    jsonFields: describeSchemaFields(claimsSchema as SchemaNode),
    csvColumns: QUOTE_COLUMNS.map(({ name, description }) => ({ name, description })),
    // A data set is cited like a claim: the site, the title, the permanent address, the version.
    citation: citeClaim({ claimTitle: CLAIMS_JSON.title, url: absolute(CLAIMS_JSON.path), version: await getSiteVersion(), outlets: data.articles.map((article) => article.outlet) }),
  };
}

export type DataPage = Awaited<ReturnType<typeof getDataPage>>;
