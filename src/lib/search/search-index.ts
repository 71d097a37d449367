/**
 * Builds the search index at build time: an inverted index from normalised terms (stems, numbers,
 * canonical names) to documents, with each document's weighted length for BM25, and the words as
 * written, for prefix lookups and, through fuse.js in the browser, for misspellings. Scanning every
 * paragraph with fuse.js on every keystroke costs time in proportion to the corpus (and its default
 * location/distance misses words far into a field); looking words up in an inverted index does not,
 * and fuse.js then only has to tolerate misspellings among the distinct words.
 *
 * The index is split so that a search downloads only what it needs, whatever the size of the corpus:
 * a small manifest, one shard of terms per first character of the query's words, and one small file
 * per result shown.
 */
import { shortenPassageHref } from './passage-links.ts';
import { SEARCH_KINDS, shardKey, shardTerms, stemWord, tokenize, variantTerms, type GlossaryVariants, type SearchKind } from './search-text.ts';

/** One thing a reader can find, with the text shown for it and the fields searched, each weighted. */
export interface SearchDocument {
  kind: SearchKind;
  title: string;
  text: string;
  href: string;
  meta: string;
  fields: readonly { text: string; weight: number }[];
  /** For an article passage: the claims that quote it, each linked to its first quote of it. */
  quotedIn?: readonly { title: string; href: string }[] | undefined;
}

/** The manifest, fetched first: everything needed to normalise a query and know what else to fetch. */
export interface SearchManifest {
  version: 6;
  docCount: number;
  /** Per document, its length for BM25: the sum over its fields of the field's weight times its number of terms. */
  lengths: number[];
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

/** The terms that start with one character, with their postings, and the words as written that start with it. */
export interface SearchShard {
  /**
   * Sorted. In an index that ships whole, only the terms that are no word's stem (canonical names),
   * and `shardTerms` gives them all, in the postings' order; in a split one, every term.
   */
  terms: string[];
  /**
   * Per term, in that order: [doc gap, …, weight, …], its n doc numbers
   * delta-encoded, then their n weights; a weight is the term's frequency in the document, each
   * occurrence counted at its field's weight.
   */
  postings: number[][];
  /** The folded words as written (and readers' spellings from the glossary), sorted, for prefix and fuzzy lookups. */
  words: string[];
}

/**
 * A claim that quotes a passage: its title and the link to its first quote of the passage, written
 * out, or, in an index that ships whole, as the numbers of the claim's document (for the title) and
 * of the quote's (for the link), which that index already holds: the same words and links, without
 * repeating them for every passage.
 */
export type QuotedInData = [title: string, href: string] | [claim: number, quote: number];

/** One result's display: [kind index, title, text, href, meta, claims quoting it]. */
export type SearchDocumentData = [number, string, string, string, string] | [number, string, string, string, string, QuotedInData[]];

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
  const lengths: number[] = [];
  const written = new Set<string>();
  ordered.forEach((document, doc) => {
    let length = 0;
    for (const field of document.fields) {
      for (const { term, word } of tokenize(field.text, glossary, 'index')) {
        const perDoc = weights.get(term) ?? new Map<number, number>();
        perDoc.set(doc, (perDoc.get(doc) ?? 0) + field.weight);
        weights.set(term, perDoc);
        if (word !== undefined) written.add(word);
        length += field.weight;
      }
    }
    lengths.push(length);
  });

  const aliases = new Map<string, string>();
  for (const { id, variants } of entries) {
    const canonical = `=${id}`;
    if (!weights.has(canonical)) continue;
    for (const variant of variants) {
      const terms = variantTerms(variant);
      if (terms.length !== 1) continue;
      aliases.set(terms[0] as string, canonical);
      // Readers' spellings are prefix- and fuzzy-matched too.
      for (const { word } of tokenize(variant)) if (word !== undefined) written.add(word);
    }
  }

  const termsByShard = new Map<string, string[]>();
  const shardWords = new Map<string, string[]>();
  const into = (lists: Map<string, string[]>, item: string) => {
    const key = shardKey(item);
    const list = lists.get(key);
    if (list) list.push(item);
    else lists.set(key, [item]);
  };
  for (const term of [...weights.keys()].sort()) into(termsByShard, term);
  for (const word of [...written].sort()) {
    into(shardWords, word);
    if (!termsByShard.has(shardKey(word))) termsByShard.set(shardKey(word), []);
  }
  // Every term listed, in the order of the postings: as a split index ships its shards.
  const shards: Record<string, SearchShard> = {};
  for (const [key, terms] of [...termsByShard].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const words = shardWords.get(key) ?? [];
    const all = shardTerms(words, terms);
    shards[key] = { terms: all, postings: all.map((term) => encodePostings(weights.get(term))), words };
  }

  const data = ordered.map((document): SearchDocumentData => {
    const href = document.kind === 'passage' ? shortenPassageHref(document.href, document.text) : document.href;
    const shown: SearchDocumentData = [SEARCH_KINDS.indexOf(document.kind), document.title, document.text, href, document.meta];
    return document.quotedIn?.length ? [...shown, document.quotedIn.map(({ title, href }): [string, string] => [title, href])] : shown;
  });
  const manifest: SearchManifest = {
    version: 6,
    docCount: ordered.length,
    lengths,
    kindStarts,
    shards: Object.keys(shards),
    glossary: glossary.map(({ canonical, variants }) => [canonical, variants]),
    aliases: [...aliases].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
  // An index that ships whole leaves out the terms that are its words' stems: the searcher makes
  // them again (shardTerms). A split index is a large one, whose shards hold thousands of words, and
  // stemming them all again would cost a slow phone tens of milliseconds a shard: it lists them all.
  const whole = Object.fromEntries(
    Object.entries(shards).map(([key, shard]) => {
      const stems = new Set(shard.words.map(stemWord));
      return [key, { ...shard, terms: shard.terms.filter((term) => !stems.has(term)) }];
    }),
  );
  if (JSON.stringify(whole).length + JSON.stringify(data).length <= inlineLimit) {
    return { manifest: { ...manifest, inline: { shards: whole, documents: referToDocuments(ordered, data) } }, shards: {}, documents: [] };
  }
  return { manifest, shards, documents: data };
}

/** A term's postings as the index writes them: the gaps between its documents' numbers, then their weights. */
function encodePostings(perDoc: ReadonlyMap<number, number> | undefined): number[] {
  const gaps: number[] = [];
  let previous = 0;
  for (const doc of perDoc?.keys() ?? []) {
    gaps.push(doc - previous);
    previous = doc;
  }
  return [...gaps, ...(perDoc?.values() ?? [])];
}

/**
 * The documents' data with each claim quoting a passage given as the numbers of the claim's and the
 * quote's documents, where the index holds both, with that title and that link; the others (a claim
 * or quote not indexed) stay written out. For an index that ships whole, where every number refers
 * to data already downloaded; a split index keeps its result files self-contained, one request each.
 */
function referToDocuments(ordered: readonly SearchDocument[], data: readonly SearchDocumentData[]): SearchDocumentData[] {
  const claims = new Map<string, number>();
  const quotes = new Map<string, number>();
  ordered.forEach((document, doc) => {
    if (document.kind === 'claim') claims.set(`${document.href}\n${document.title}`, doc);
    if (document.kind === 'quote' && !quotes.has(document.href)) quotes.set(document.href, doc);
  });
  return data.map((shown): SearchDocumentData => {
    if (shown.length === 5) return shown;
    const [kind, title, text, href, meta, quotedIn] = shown;
    const referred = quotedIn.map((entry): QuotedInData => {
      const [claimTitle, quoteHref] = entry as [string, string];
      const claim = claims.get(`${quoteHref.split('#')[0]}\n${claimTitle}`);
      const quote = quotes.get(quoteHref);
      return claim !== undefined && quote !== undefined ? [claim, quote] : entry;
    });
    return [kind, title, text, href, meta, referred];
  });
}
