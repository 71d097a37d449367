/**
 * Every file Parallax publishes for reuse, in the order the Data page lists them. The page, the
 * claim pages' data links and the tests read this list, so a file is documented by adding its
 * entry here; each file's own module builds its content.
 */

import { CLAIMS_EXPORT_FORMAT_VERSION } from '../../schemas/claims-export.ts';

/** The page that documents these files. */
export const DATA_PAGE_PATH = '/data/';

export interface DataFile {
  /** The file's permanent path on the site. */
  path: `/data/${string}`;
  /** Its name in a list, e.g. "Claims and quotes (JSON)". */
  title: string;
  /** What it holds and what it is for, in a sentence or two. */
  description: string;
  /** Its media type, as a host should serve it. */
  mediaType: string;
  /** The standard or format it follows, with where it is specified. */
  format: { name: string; href: string };
  /** The version of Parallax's own format, for the files whose fields Parallax defines. */
  formatVersion?: number;
}

export const CLAIMS_JSON: DataFile = {
  path: '/data/claims.json',
  title: 'Claims and quotes (JSON)',
  description:
    'Every claim with both sides’ positions (or that none is stated), the accounts of each side by others, and the third parties’ words; each quote with its exact words, speaker, relays, attribution, article and paragraph, and permanent links.',
  mediaType: 'application/json',
  format: { name: 'JSON (RFC 8259), UTF-8', href: 'https://www.rfc-editor.org/rfc/rfc8259' },
  formatVersion: CLAIMS_EXPORT_FORMAT_VERSION,
};

export const CLAIMS_SCHEMA: DataFile = {
  path: '/data/claims.schema.json',
  title: 'Schema of claims.json (JSON Schema)',
  description: 'The exact shape of claims.json, with a description of every field, to validate the file or generate types from it.',
  mediaType: 'application/schema+json',
  format: { name: 'JSON Schema, draft 2020-12', href: 'https://json-schema.org/draft/2020-12' },
};

export const QUOTES_CSV: DataFile = {
  path: '/data/quotes.csv',
  title: 'Quotes (CSV)',
  description: 'One row per quote, with the same fields as claims.json, flattened into columns, for spreadsheets.',
  mediaType: 'text/csv; charset=utf-8; header=present',
  format: { name: 'CSV (RFC 4180), UTF-8, CRLF line ends, with a header row', href: 'https://www.rfc-editor.org/rfc/rfc4180' },
  formatVersion: CLAIMS_EXPORT_FORMAT_VERSION,
};

export const ANNOTATIONS_JSONLD: DataFile = {
  path: '/data/annotations.jsonld',
  title: 'Quotes as Web Annotations (JSON-LD)',
  description:
    'Each quote as a W3C Web Annotation on the outlet’s original page where its address is known (with the capture as the cached copy), or on the capture otherwise, selected by its exact words with the words before and after them, for annotation tools.',
  mediaType: 'application/ld+json',
  format: { name: 'W3C Web Annotation Data Model, JSON-LD', href: 'https://www.w3.org/TR/annotation-model/' },
};

export const ARTICLES_CSL: DataFile = {
  path: '/data/articles.csl.json',
  title: 'The five articles (CSL-JSON)',
  description: 'The five articles as newspaper-article references, for reference managers such as Zotero: outlet, headline, and the author, date and address only where the article gives them.',
  mediaType: 'application/json',
  format: { name: 'CSL-JSON', href: 'https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html' },
};

export const DATA_FILES: readonly DataFile[] = [CLAIMS_JSON, CLAIMS_SCHEMA, QUOTES_CSV, ANNOTATIONS_JSONLD, ARTICLES_CSL];
