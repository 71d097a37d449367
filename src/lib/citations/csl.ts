/**
 * The articles as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the
 * input format of Zotero, Mendeley, pandoc and citeproc, and citations of a quote as CSL cite items
 * with a paragraph locator. Only what the provenance records goes in: an author only where one is
 * named (as a `literal`, so no guess splits a name into family and given parts), `issued` only where
 * the printed date gives day, month and year (`date.iso`), a URL only where the address is known.
 * The paragraph number counts the article copy's anchored blocks (paragraphs and list items).
 * No `accessed`: the provenance records no capture time.
 */
export const ARTICLES_CSL_PATH = '/data/articles.csl.json';

export interface CslName {
  literal: string;
}

export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** A CSL-JSON item, as far as Parallax fills it. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'container-title': string;
  author?: CslName[];
  issued?: CslDate;
  URL?: string;
  version?: string;
}

export const CSL_CITATION_SCHEMA = 'https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json';

/** A cite item: the item, and the paragraph the cited words are in. */
export interface CslCiteItem {
  id: string;
  locator: string;
  label: 'paragraph';
  itemData: CslItem;
}

/** A CSL citation object (csl-citation.json), as word-processor plugins exchange them. */
export interface CslCitation {
  schema: typeof CSL_CITATION_SCHEMA;
  citationID: string;
  citationItems: [CslCiteItem];
}

/** An article as the site's views carry it (ArticleInfo): gaps are undefined, never filled. */
export interface CslArticleInput {
  slug: string;
  headline: string;
  outlet: string;
  /** The author as printed, where one is named. */
  author?: string | undefined;
  /** The printed date as YYYY-MM-DD, only where it gives day, month and year. */
  dateIso?: string | undefined;
  /** The outlet's own address of the article, where known. */
  originalUrl?: string | undefined;
}

function cslDate(iso: string): CslDate {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined || [year, month, day].some(Number.isNaN)) {
    throw new Error(`"${iso}" is not a date written YYYY-MM-DD`);
  }
  return { 'date-parts': [[year, month, day]] };
}

export function articleCsl(article: CslArticleInput): CslItem {
  return {
    id: article.slug,
    type: 'article-newspaper',
    title: article.headline,
    'container-title': article.outlet,
    ...(article.author === undefined ? {} : { author: [{ literal: article.author }] }),
    ...(article.dateIso === undefined ? {} : { issued: cslDate(article.dateIso) }),
    ...(article.originalUrl === undefined ? {} : { URL: article.originalUrl }),
  };
}

/** The 1-based number of a paragraph among an article's anchored paragraphs (paragraphs and list items), in reading order. */
export function paragraphNumber(paragraphs: readonly { id: string }[], paragraphId: string): number {
  const index = paragraphs.findIndex((paragraph) => paragraph.id === paragraphId);
  if (index === -1) throw new Error(`paragraph "${paragraphId}" is not in the article`);
  return index + 1;
}

/** A citation of a quote (`citationID`, its permanent id) in an article, at its paragraph. */
export function quoteCitation(quoteId: string, article: CslItem, paragraph: number): CslCitation {
  return { schema: CSL_CITATION_SCHEMA, citationID: quoteId, citationItems: [{ id: article.id, locator: String(paragraph), label: 'paragraph', itemData: article }] };
}

/** A claim page of Parallax as a web page, at the version being cited. */
export function claimCsl(claim: { id: string; title: string; url: string; version: string }): CslItem {
  return { id: `parallax-${claim.id}`, type: 'webpage', title: claim.title, 'container-title': 'Parallax', URL: claim.url, version: claim.version };
}

/** CSL-JSON as shown on a page and served: two-space indentation, as reference managers write it. */
export function formatCsl(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
