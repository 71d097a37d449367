/**
 * Runs searches against the index built by search-index.ts. Ships to the browser with the search
 * page (and is loaded nowhere else), so it stays small.
 *
 * A query is normalised like the index (search-text.ts); each of its words then finds index terms
 * in three ways, best first: exactly (or through a glossary alias), as a prefix (so results follow
 * the reader's typing), and, for words of four letters or more that match nothing exactly, through
 * fuse.js over the words of the shard. Every word must find something in a result (AND): a reader
 * who types more words expects fewer, closer results. Shards and result files are fetched when first
 * needed and kept.
 */
import Fuse from 'fuse.js/basic';
import type { SearchDocumentData, SearchManifest, SearchShard } from './search-index.ts';
import { SEARCH_KINDS, STOPWORDS, shardKey, tokenize, type GlossaryVariants, type SearchKind, type Token } from './search-text.ts';

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

/** Fetches and parses one file of the index, by its name: `terms/<key>` or `docs/<number>`. */
export type IndexLoader = (file: string) => Promise<unknown>;

/** Documents ranked for a query, before their display data is fetched. */
export interface SearchRanking {
  words: string[];
  matched: Set<string>;
  groups: { kind: SearchKind; total: number; docs: [doc: number, score: number][] }[];
  total: number;
}

export interface Searcher {
  /** Fetches what ranking `query` needs (its words' shards), if not fetched before. */
  prepare(query: string): Promise<void>;
  /** Ranks the documents for `query`, synchronously, from what `prepare` fetched. */
  rank(query: string, perGroup?: number): SearchRanking;
  /** Fetches what the ranked documents show. */
  resolve(ranking: SearchRanking): Promise<SearchResult>;
  /** All three steps. */
  search(query: string, perGroup?: number): Promise<SearchResult>;
  /** Splits `text` into stretches, marking the words `matched` in a result. */
  highlight(text: string, matched: ReadonlySet<string>): { text: string; marked: boolean }[];
}

interface LoadedShard extends SearchShard {
  index: Map<string, number>;
  decoded: Map<number, Map<number, number>>;
  fuzzy?: Fuse<string> | undefined;
}

export function createSearcher(manifest: SearchManifest, load: IndexLoader): Searcher {
  const aliases = new Map(manifest.aliases);
  const aliasWords = [...aliases.keys()];
  const glossary: GlossaryVariants[] = manifest.glossary.map(([canonical, variants]) => ({ canonical, variants }));
  const shardKeys = new Set(manifest.shards);
  const loading = new Map<string, Promise<void>>();
  const loaded = new Map<string, LoadedShard>();
  const documents = new Map<number, Promise<SearchDocumentData>>();

  const useShard = (key: string, data: SearchShard) =>
    loaded.set(key, { ...data, index: new Map(data.terms.map((term, at) => [term, at])), decoded: new Map() });

  /** Fetches a shard once; a small index comes whole with the manifest, and nothing is fetched. */
  const fetchShard = (key: string): Promise<void> => {
    const inline = manifest.inline?.shards[key];
    if (inline && !loaded.has(key)) useShard(key, inline);
    if (loaded.has(key) || !shardKeys.has(key)) return Promise.resolve();
    let pending = loading.get(key);
    if (!pending) {
      pending = load(`terms/${key}`).then((data) => void useShard(key, data as SearchShard));
      loading.set(key, pending);
    }
    return pending;
  };

  const documentData = (doc: number): Promise<SearchDocumentData> => {
    const inline = manifest.inline?.documents[doc];
    if (inline) return Promise.resolve(inline);
    let pending = documents.get(doc);
    if (!pending) {
      pending = load(`docs/${doc}`) as Promise<SearchDocumentData>;
      documents.set(doc, pending);
    }
    return pending;
  };

  /** Documents of a term with their weights, decoded on first use. */
  const postingsOf = (from: LoadedShard, term: number): Map<number, number> => {
    let map = from.decoded.get(term);
    if (!map) {
      map = new Map();
      const flat = from.postings[term] ?? [];
      for (let at = 0, doc = 0; at < flat.length; at += 2) {
        doc += flat[at] as number;
        map.set(doc, flat[at + 1] as number);
      }
      from.decoded.set(term, map);
    }
    return map;
  };

  const fuzzy = (from: LoadedShard | undefined, word: string): { term: string; score: number }[] => {
    if (!from?.fuse) return [];
    if (!from.fuzzy) {
      const json = from.fuse as Parameters<typeof Fuse.parseIndex>[0];
      // The words are in the index records already; no need to ship them twice.
      const words = (json.records as unknown as { v: string }[]).map((record) => record.v);
      from.fuzzy = new Fuse<string>(words, FUSE_OPTIONS, Fuse.parseIndex<string>(json));
    }
    const hits = from.fuzzy.search(word, { limit: FUZZY_LIMIT }).map((hit) => ({ term: hit.item, score: hit.score ?? 1 }));
    const best = hits[0]?.score ?? 1;
    return hits.filter((hit) => hit.score <= best + FUZZY_SPREAD);
  };

  /** Postings a query word stands for, each with how good a match it is (0 to 1). */
  const candidates = (word: string, isLast: boolean): { shard: LoadedShard; term: number; factor: number }[] => {
    const own = loaded.get(shardKey(word));
    const canonical = loaded.get('glossary');
    const found = new Map<string, { shard: LoadedShard; term: number; factor: number }>();
    const add = (term: string, factor: number) => {
      const target = aliases.get(term) ?? term;
      const from = target.startsWith('=') ? canonical : own;
      const index = from?.index.get(target);
      if (!from || index === undefined || factor <= (found.get(target)?.factor ?? 0)) return;
      found.set(target, { shard: from, term: index, factor });
    };
    add(word, 1);
    if (word.startsWith('=')) return [...found.values()];
    if ((isLast || found.size === 0) && own) {
      const prefixed = [...binaryPrefix(own.terms, word), ...aliasWords.filter((alias) => alias.startsWith(word))];
      for (const term of prefixed.slice(0, PREFIX_LIMIT)) add(term, 0.8);
    }
    if (found.size === 0 && word.length >= 4) for (const { term, score } of fuzzy(own, word)) add(term, 0.7 * (1 - score));
    return [...found.values()];
  };

  const kindOf = (doc: number): number => {
    let kind = 0;
    while (kind + 1 < manifest.kindStarts.length && doc >= (manifest.kindStarts[kind + 1] as number)) kind += 1;
    return kind;
  };

  const wordsOf = (query: string): string[] =>
    tokenize(query.slice(0, MAX_QUERY_LENGTH), glossary)
      .map((token) => token.term)
      .filter((term) => !STOPWORDS.has(term))
      .slice(0, MAX_QUERY_WORDS);

  const prepare = async (query: string): Promise<void> => {
    await Promise.all(['glossary', ...wordsOf(query).map(shardKey)].map(fetchShard));
  };

  const rank = (query: string, perGroup = 20): SearchRanking => {
    const words = wordsOf(query);
    const matched = new Set<string>();
    const perWord = words.map((word, index) => {
      const scores = new Map<number, number>();
      for (const { shard: from, term, factor } of candidates(word, index === words.length - 1)) {
        matched.add(from.terms[term] as string);
        const postings = postingsOf(from, term);
        const idf = Math.log(1 + manifest.docCount / postings.size);
        for (const [doc, weight] of postings) {
          const score = factor * idf * weight;
          if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
        }
      }
      return scores;
    });

    // Intersect from the rarest word up, so common words only filter a short list.
    const ordered = [...perWord].sort((a, b) => a.size - b.size);
    const best = SEARCH_KINDS.map(() => [] as [number, number][]);
    const totals = SEARCH_KINDS.map(() => 0);
    // Keep only the best `perGroup` of each group as we go: a common word in a large corpus matches
    // thousands of documents, and sorting them all would cost more than the search itself.
    const better = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0];
    for (const [doc, first] of ordered[0] ?? []) {
      let score = first;
      for (const other of ordered.slice(1)) {
        const more = other.get(doc);
        if (more === undefined) {
          score = -1;
          break;
        }
        score += more;
      }
      if (score < 0) continue;
      const kind = kindOf(doc);
      const list = best[kind] as [number, number][];
      totals[kind] = (totals[kind] ?? 0) + 1;
      if (list.length === perGroup && better([doc, score], list[perGroup - 1] as [number, number]) >= 0) continue;
      list.push([doc, score]);
      list.sort(better);
      if (list.length > perGroup) list.pop();
    }
    const groups = SEARCH_KINDS.map((kind, index) => ({ kind, total: totals[index] ?? 0, docs: best[index] ?? [] })).filter((group) => group.total > 0);
    return { words, matched, groups, total: totals.reduce((sum, count) => sum + count, 0) };
  };

  const resolve = async ({ words, matched, groups, total }: SearchRanking): Promise<SearchResult> => ({
    words,
    matched,
    total,
    groups: await Promise.all(
      groups.map(async ({ kind, total: count, docs }) => ({
        kind,
        total: count,
        hits: await Promise.all(
          docs.map(async ([doc, score]): Promise<SearchHit> => {
            const [, title, text, href, meta] = await documentData(doc);
            return { kind, title, text, href, meta, score };
          }),
        ),
      })),
    ),
  });

  const search = async (query: string, perGroup = 20): Promise<SearchResult> => {
    await prepare(query);
    return resolve(rank(query, perGroup));
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

  return { prepare, rank, resolve, search, highlight };
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
