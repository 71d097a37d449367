/**
 * Builds the search index at build time: an inverted index from normalised terms to documents, plus
 * fuse.js indexes over the vocabulary for the fuzzy part. Scanning every paragraph with fuse.js on
 * every keystroke costs time in proportion to the corpus (and its default location/distance misses
 * words far into a field); looking words up in an inverted index does not, and fuse.js then only has
 * to tolerate misspellings among the distinct words.
 *
 * The index is split so that a search downloads only what it needs, whatever the size of the corpus:
 * a small manifest, one shard of terms per first character of the query's words, and one small file
 * per result shown.
 */
import Fuse from 'fuse.js/basic';
import { SEARCH_KINDS, STOPWORDS, shardKey, tokenize, variantTerms, type GlossaryVariants, type SearchKind } from './search-text.ts';

/** One thing a reader can find, with the text shown for it and the fields searched, each weighted. */
export interface SearchDocument {
  kind: SearchKind;
  title: string;
  text: string;
  href: string;
  meta: string;
  fields: readonly { text: string; weight: number }[];
}

/** The manifest, fetched first: everything needed to normalise a query and know what else to fetch. */
export interface SearchManifest {
  version: 2;
  docCount: number;
  /** Documents are numbered kind by kind (claims first, names last): where each kind starts. */
  kindStarts: number[];
  /** The keys of the term shards that exist. */
  shards: string[];
  /** Glossary names: canonical token and its variants as normalised token sequences. */
  glossary: [string, string[][]][];
  /** Single-word variants (including readers' spellings) → canonical token, for prefix and fuzzy lookups. */
  aliases: [string, string][];
  /** A small index comes whole, here: one request is faster than many, and costs no more. */
  inline?: { shards: Record<string, SearchShard>; documents: SearchDocumentData[] } | undefined;
}

/** The terms that start with one character, with their postings and a fuse.js index of the words among them. */
export interface SearchShard {
  /** Sorted, for prefix lookups. */
  terms: string[];
  /** Per term: [doc gap, weight, doc gap, weight, …], doc numbers delta-encoded. */
  postings: number[][];
  /** fuse.js index of the shard's words (canonical glossary tokens excepted), or null if none. */
  fuse: unknown;
}

/** One result's display: [kind index, title, text, href, meta]. */
export type SearchDocumentData = [number, string, string, string, string];

export interface SearchIndexFiles {
  manifest: SearchManifest;
  shards: Record<string, SearchShard>;
  documents: SearchDocumentData[];
}

/** The glossary in the form normalisation needs. */
export function glossaryVariants(entries: readonly { id: string; variants: readonly string[] }[]): GlossaryVariants[] {
  return entries.map(({ id, variants }) => ({ canonical: `=${id}`, variants: variants.map(variantTerms).filter((terms) => terms.length > 0) }));
}

/**
 * Below this many bytes of shards and result files (as JSON), the index ships whole in the manifest:
 * about 60 KB compressed, fewer bytes than one first query of Pagefind.
 */
export const INLINE_LIMIT = 256 * 1024;

/** Builds the index of `documents`; deterministic for the same input. */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  entries: readonly { id: string; variants: readonly string[] }[],
  { inlineLimit = INLINE_LIMIT }: { inlineLimit?: number } = {},
): SearchIndexFiles {
  const glossary = glossaryVariants(entries);
  const ordered = SEARCH_KINDS.flatMap((kind) => documents.filter((document) => document.kind === kind));
  const kindStarts = SEARCH_KINDS.map((kind) => ordered.findIndex((document) => document.kind === kind)).map((start, index, all) =>
    start === -1 ? (all.slice(index + 1).find((next) => next !== -1) ?? ordered.length) : start,
  );

  const weights = new Map<string, Map<number, number>>();
  ordered.forEach((document, doc) => {
    for (const field of document.fields) {
      for (const { term } of tokenize(field.text, glossary, 'index')) {
        if (STOPWORDS.has(term)) continue;
        const perDoc = weights.get(term) ?? new Map<number, number>();
        perDoc.set(doc, (perDoc.get(doc) ?? 0) + field.weight);
        weights.set(term, perDoc);
      }
    }
  });

  const aliases = new Map<string, string>();
  for (const { canonical, variants } of glossary) {
    for (const variant of variants) if (variant.length === 1 && weights.has(canonical)) aliases.set(variant[0] as string, canonical);
  }

  const shardTerms = new Map<string, string[]>();
  for (const term of [...weights.keys()].sort()) shardTerms.set(shardKey(term), [...(shardTerms.get(shardKey(term)) ?? []), term]);
  // Readers' spellings are fuzzy-matched too, in the shard of their first letter.
  const shardWords = new Map<string, Set<string>>();
  for (const word of [...weights.keys()].filter((term) => !term.startsWith('=')).concat([...aliases.keys()])) {
    const key = shardKey(word);
    shardWords.set(key, (shardWords.get(key) ?? new Set()).add(word));
    if (!shardTerms.has(key)) shardTerms.set(key, []);
  }
  const shards: Record<string, SearchShard> = {};
  for (const [key, terms] of [...shardTerms].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const words = [...(shardWords.get(key) ?? [])].sort();
    shards[key] = {
      terms,
      postings: terms.map((term) => {
        let previous = 0;
        return [...(weights.get(term) as Map<number, number>)].flatMap(([doc, weight]) => {
          const gap = doc - previous;
          previous = doc;
          return [gap, weight];
        });
      }),
      fuse: words.length > 0 ? Fuse.createIndex([], words).toJSON() : null,
    };
  }

  const data: SearchDocumentData[] = ordered.map((document) => [SEARCH_KINDS.indexOf(document.kind), document.title, document.text, document.href, document.meta]);
  const manifest: SearchManifest = {
    version: 2,
    docCount: ordered.length,
    kindStarts,
    shards: Object.keys(shards),
    glossary: glossary.map(({ canonical, variants }) => [canonical, variants]),
    aliases: [...aliases].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
  if (JSON.stringify(shards).length + JSON.stringify(data).length <= inlineLimit) {
    return { manifest: { ...manifest, inline: { shards, documents: data } }, shards: {}, documents: [] };
  }
  return { manifest, shards, documents: data };
}
