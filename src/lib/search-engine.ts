/**
 * Runs searches against the index built by search-index.ts. Ships to the browser with the search
 * page (and is loaded nowhere else), so it stays small.
 *
 * A query is normalised like the index (search-text.ts); each of its words then finds index terms
 * in three ways, best first: exactly (or through a glossary alias), as a prefix (so results follow
 * the reader's typing), and, for words of four letters or more that match nothing exactly, through
 * fuse.js over the vocabulary. Every word must find something in a result (AND): a reader who types
 * more words expects fewer, closer results.
 */
import Fuse from 'fuse.js/basic';
import type { SearchIndexData } from './search-index.ts';
import { SEARCH_KINDS, STOPWORDS, tokenize, type GlossaryVariants, type SearchKind, type Token } from './search-text.ts';

/** The longest query considered; the rest is ignored (a pasted page must not freeze the page). */
export const MAX_QUERY_LENGTH = 200;
/** The most query words considered. */
const MAX_QUERY_WORDS = 12;

const FUSE_OPTIONS = {
  // Roughly the share of letters that may be wrong: one in four ("Istambul", "Mutaqi"), not more.
  threshold: 0.3,
  // The vocabulary holds single words, so where in the word a match starts says nothing about its
  // quality; with the default location/distance, a match more than ~60 characters in is missed.
  ignoreLocation: true,
  includeScore: true,
  minMatchCharLength: 2,
};
/** How many fuzzy neighbours a misspelt word may stand for. */
const FUZZY_LIMIT = 4;
/** Fuzzy neighbours scoring worse than the best by more than this are dropped: "mutaqi" means "muttaqi", not also "mujahid". */
const FUZZY_SPREAD = 0.1;
/** How many terms a prefix may stand for (short prefixes match many words). */
const PREFIX_LIMIT = 40;

export interface SearchHit {
  kind: SearchKind;
  title: string;
  text: string;
  href: string;
  meta: string;
  score: number;
}

export interface SearchResult {
  /** The query words, normalised (empty when the query has nothing searchable). */
  words: string[];
  /** The index terms the words matched, for highlighting. */
  matched: Set<string>;
  groups: { kind: SearchKind; hits: SearchHit[]; total: number }[];
  total: number;
}

export interface Searcher {
  search(query: string, perGroup?: number): SearchResult;
  /** Splits `text` into stretches, marking the words `matched` in a result. */
  highlight(text: string, matched: ReadonlySet<string>): { text: string; marked: boolean }[];
}

export function createSearcher(data: SearchIndexData): Searcher {
  const termIndex = new Map(data.terms.map((term, index) => [term, index]));
  const aliases = new Map(data.aliases);
  const aliasWords = [...aliases.keys()];
  const glossary: GlossaryVariants[] = data.glossary.map(([canonical, variants]) => ({ canonical, variants }));
  const decoded = new Map<number, Map<number, number>>();
  const fuses = new Map<string, Fuse<string>>();
  const docCount = data.docs.length;

  /** Documents of a term with their weights, decoded on first use. */
  const postingsOf = (term: number): Map<number, number> => {
    let map = decoded.get(term);
    if (!map) {
      map = new Map();
      const flat = data.postings[term] ?? [];
      for (let at = 0, doc = 0; at < flat.length; at += 2) {
        doc += flat[at] as number;
        map.set(doc, flat[at + 1] as number);
      }
      decoded.set(term, map);
    }
    return map;
  };

  const fuzzy = (word: string): { term: string; score: number }[] => {
    const first = word.charAt(0);
    let fuse = fuses.get(first);
    const json = data.fuse[first] as Parameters<typeof Fuse.parseIndex>[0] | undefined;
    if (!fuse && json) {
      // The words are in the index records already; no need to ship them twice.
      const words = (json.records as unknown as { v: string }[]).map((record) => record.v);
      fuse = new Fuse<string>(words, FUSE_OPTIONS, Fuse.parseIndex<string>(json));
      fuses.set(first, fuse);
    }
    const hits = (fuse?.search(word, { limit: FUZZY_LIMIT }) ?? []).map((hit) => ({ term: hit.item, score: hit.score ?? 1 }));
    const best = hits[0]?.score ?? 1;
    return hits.filter((hit) => hit.score <= best + FUZZY_SPREAD);
  };

  /** Index terms (by number) a query word stands for, each with how good a match it is (0 to 1). */
  const candidates = (word: string, isLast: boolean): Map<number, number> => {
    const found = new Map<number, number>();
    const add = (term: string | undefined, factor: number) => {
      const index = term === undefined ? undefined : termIndex.get(aliases.get(term) ?? term);
      if (index !== undefined && factor > (found.get(index) ?? 0)) found.set(index, factor);
    };
    add(word, 1);
    if (word.startsWith('=')) return found;
    if (isLast || found.size === 0) {
      const prefixed = [...binaryPrefix(data.terms, word), ...aliasWords.filter((alias) => alias.startsWith(word))];
      for (const term of prefixed.slice(0, PREFIX_LIMIT)) add(term, 0.8);
    }
    if (found.size === 0 && word.length >= 4) for (const { term, score } of fuzzy(word)) add(term, 0.7 * (1 - score));
    return found;
  };

  const search = (query: string, perGroup = 20): SearchResult => {
    const words = tokenize(query.slice(0, MAX_QUERY_LENGTH), glossary)
      .map((token) => token.term)
      .filter((term) => !STOPWORDS.has(term))
      .slice(0, MAX_QUERY_WORDS);
    const matched = new Set<string>();
    const perWord = words.map((word, index) => {
      const scores = new Map<number, number>();
      for (const [term, factor] of candidates(word, index === words.length - 1)) {
        matched.add(data.terms[term] as string);
        const postings = postingsOf(term);
        const idf = Math.log(1 + docCount / postings.size);
        for (const [doc, weight] of postings) {
          const score = factor * idf * weight;
          if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
        }
      }
      return scores;
    });

    // Intersect from the rarest word up, so common words only filter a short list.
    const ordered = [...perWord].sort((a, b) => a.size - b.size);
    const totals = new Map<number, number>();
    for (const [doc, score] of ordered[0] ?? []) {
      let sum = score;
      for (const other of ordered.slice(1)) {
        const more = other.get(doc);
        if (more === undefined) {
          sum = -1;
          break;
        }
        sum += more;
      }
      if (sum >= 0) totals.set(doc, sum);
    }

    // Keep only the best `perGroup` of each group as we go: a common word in a large corpus matches
    // thousands of documents, and sorting them all would cost more than the search itself.
    const best = SEARCH_KINDS.map(() => [] as [number, number][]);
    const totalsByKind = SEARCH_KINDS.map(() => 0);
    const better = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0];
    for (const entry of totals) {
      const kind = (data.docs[entry[0]] as SearchIndexData['docs'][number])[0];
      const list = best[kind];
      if (!list) continue;
      totalsByKind[kind] = (totalsByKind[kind] ?? 0) + 1;
      if (list.length === perGroup && better(entry, list[perGroup - 1] as [number, number]) >= 0) continue;
      list.push(entry);
      list.sort(better);
      if (list.length > perGroup) list.pop();
    }
    const groups = SEARCH_KINDS.map((kind, index) => ({
      kind,
      total: totalsByKind[index] ?? 0,
      hits: (best[index] ?? []).map(([doc, score]): SearchHit => {
        const [, title, text, href, meta] = data.docs[doc] as SearchIndexData['docs'][number];
        return { kind, title, text, href, meta, score };
      }),
    }));
    return { words, matched, groups: groups.filter((group) => group.total > 0), total: totals.size };
  };

  const highlight = (text: string, matched: ReadonlySet<string>) => {
    const spans = tokenize(text, glossary, 'index').filter((token: Token) => matched.has(token.term));
    const parts: { text: string; marked: boolean }[] = [];
    let cursor = 0;
    for (const { start, end } of spans.sort((a, b) => a.start - b.start)) {
      if (end <= cursor) continue;
      const from = Math.max(start, cursor);
      if (from > cursor) parts.push({ text: text.slice(cursor, from), marked: false });
      parts.push({ text: text.slice(from, end), marked: true });
      cursor = end;
    }
    if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false });
    return parts;
  };

  return { search, highlight };
}

/** The sorted terms that start with `prefix`, found by binary search. */
function binaryPrefix(sorted: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let at = low; at < sorted.length && (sorted[at] as string).startsWith(prefix) && found.length < PREFIX_LIMIT; at += 1) {
    found.push(sorted[at] as string);
  }
  return found;
}
