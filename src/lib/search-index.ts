/**
 * Builds the search index at build time: an inverted index from normalised terms to documents, plus
 * a fuse.js index over the vocabulary for the fuzzy part. Scanning every paragraph with fuse.js on
 * every keystroke costs time in proportion to the corpus (and its default location/distance misses
 * words far into a field); looking words up in an inverted index does not, and fuse.js then only
 * has to tolerate misspellings among the distinct words.
 */
import Fuse from 'fuse.js/basic';
import { SEARCH_KINDS, STOPWORDS, tokenize, variantTerms, type GlossaryVariants, type SearchKind } from './search-text.ts';

/** One thing a reader can find, with the text shown for it and the fields searched, each weighted. */
export interface SearchDocument {
  kind: SearchKind;
  title: string;
  text: string;
  href: string;
  meta: string;
  fields: readonly { text: string; weight: number }[];
}

/** The serialised index, written to /search-index.json. Compact arrays rather than objects: it is downloaded. */
export interface SearchIndexData {
  version: 1;
  /** [kind index, title, text, href, meta] */
  docs: [number, string, string, string, string][];
  /** Every indexed term, sorted (for prefix lookups); canonical glossary tokens start with "=". */
  terms: string[];
  /** Per term: [doc gap, weight, doc gap, weight, …], doc numbers delta-encoded. */
  postings: number[][];
  /** Glossary names: canonical token and its variants as normalised token sequences. */
  glossary: [string, string[][]][];
  /** Single-word variants (including readers' spellings) → canonical token, for prefix and fuzzy lookups. */
  aliases: [string, string][];
  /** fuse.js indexes of the searchable words, one per first character (see search-engine.ts). */
  fuse: Record<string, unknown>;
}

/** The glossary in the form normalisation needs. */
export function glossaryVariants(entries: readonly { id: string; variants: readonly string[] }[]): GlossaryVariants[] {
  return entries.map(({ id, variants }) => ({ canonical: `=${id}`, variants: variants.map(variantTerms).filter((terms) => terms.length > 0) }));
}

/** Builds the index of `documents`; deterministic for the same input. */
export function buildSearchIndex(documents: readonly SearchDocument[], entries: readonly { id: string; variants: readonly string[] }[]): SearchIndexData {
  const glossary = glossaryVariants(entries);
  const weights = new Map<string, Map<number, number>>();
  documents.forEach((document, doc) => {
    for (const field of document.fields) {
      for (const { term } of tokenize(field.text, glossary, 'index')) {
        if (STOPWORDS.has(term)) continue;
        const perDoc = weights.get(term) ?? new Map<number, number>();
        perDoc.set(doc, (perDoc.get(doc) ?? 0) + field.weight);
        weights.set(term, perDoc);
      }
    }
  });

  const terms = [...weights.keys()].sort();
  const postings = terms.map((term) => {
    let previous = 0;
    return [...(weights.get(term) as Map<number, number>)].flatMap(([doc, weight]) => {
      const gap = doc - previous;
      previous = doc;
      return [gap, weight];
    });
  });

  const aliases = new Map<string, string>();
  for (const { canonical, variants } of glossary) {
    for (const variant of variants) if (variant.length === 1 && weights.has(canonical)) aliases.set(variant[0] as string, canonical);
  }

  const words = [...new Set([...terms.filter((term) => !term.startsWith('=')), ...aliases.keys()])].sort();
  const buckets = new Map<string, string[]>();
  for (const word of words) buckets.set(word.charAt(0), [...(buckets.get(word.charAt(0)) ?? []), word]);
  const fuse: Record<string, unknown> = {};
  for (const [first, list] of buckets) fuse[first] = Fuse.createIndex([], list).toJSON();

  return {
    version: 1,
    docs: documents.map((document) => [SEARCH_KINDS.indexOf(document.kind), document.title, document.text, document.href, document.meta]),
    terms,
    postings,
    glossary: glossary.map(({ canonical, variants }) => [canonical, variants]),
    aliases: [...aliases].sort(([a], [b]) => a.localeCompare(b)),
    fuse,
  };
}
