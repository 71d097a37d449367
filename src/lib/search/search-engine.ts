/**
 * Runs searches against the index built by search-index.ts. Ships to the browser with the search
 * page (and is loaded nowhere else), so it stays small; fuse.js, needed only for misspellings, is
 * loaded the first time a word matches nothing.
 *
 * A query is normalised like the index (search-text.ts): function words dropped, words stemmed.
 * Each remaining word, or pair of words that the index holds written solid ("cease fire" →
 * "ceasefire"), is a *unit*, and finds index terms in three ways, best first: exactly (or through
 * a glossary alias), as a prefix (for the last word, so results follow typing, or for a word that
 * matches nothing exactly), and, for a word of four letters or more that matches nothing else,
 * through fuse.js over the words of its shard.
 *
 * Ranking is BM25 over field-weighted term frequencies (a title counts more than a passage), with
 * exact matches above prefix and fuzzy ones. Documents that match every unit come first; the others
 * follow as partial matches, by how many units they match and then by score, so a question with one
 * word the articles do not use still finds what the rest of it asks. The best candidates are then
 * re-ranked on their text: all the words as a phrase, or close together, or written as typed, rank
 * higher. Shards and result files are fetched when first needed and kept.
 */
import { expandPassageHref } from './passage-links.ts';
import type { QuotedInData, SearchDocumentData, SearchManifest, SearchShard } from './search-index.ts';
import { SEARCH_KINDS, shardKey, shardTerms, stemWord, tokenize, type GlossaryVariants, type SearchKind, type Token } from './search-text.ts';

type FuseClass = typeof import('fuse.js/basic').default;
type FuseSearcher = import('fuse.js/basic').default<string>;

/** The longest query considered; the rest is ignored (a pasted page must not freeze the page). */
export const MAX_QUERY_LENGTH = 200;
/** The most query words considered. */
const MAX_QUERY_WORDS = 12;

const FUSE_OPTIONS = {
  // Roughly the share of letters that may be wrong: one in four ("Istambul", "Tarrar"), not more.
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
/** How many words a prefix may stand for (short prefixes match many words). */
const PREFIX_LIMIT = 40;
/** How much a match counts, by how it was found. */
const FACTOR = { exact: 1, prefix: 0.8, fuzzy: 0.7 } as const;
/** BM25's term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** How many candidates beyond those shown each group re-ranks on their text. */
const RERANK_EXTRA = 10;

export interface SearchHit {
  kind: SearchKind;
  title: string;
  text: string;
  href: string;
  meta: string;
  score: number;
  /** Whether it matches every word of the query. */
  complete: boolean;
  /** The query's words (as typed) that it matches. */
  matches: string[];
  /** For an article passage: the claims that quote it. */
  quotedIn: { title: string; href: string }[];
}

export interface SearchResult {
  /** The query's searchable words as typed (empty when the query has nothing searchable). */
  words: string[];
  /** The index terms the words matched, for highlighting. */
  matched: Set<string>;
  groups: {
    kind: SearchKind;
    hits: SearchHit[];
    total: number;
    complete: number;
  }[];
  /** Documents matching at least one word. */
  total: number;
  /** Documents matching every word. */
  complete: number;
  /** The query with its misspelt words corrected, when a word was found only as a misspelling. */
  suggestion: string | undefined;
}

/** Fetches and parses one file of the index, by its name: `terms/<key>` or `docs/<number>`. */
export type IndexLoader = (file: string) => Promise<unknown>;

/** One searchable part of the query: a word, or two words the index holds as one. */
interface QueryUnit {
  /** As typed. */
  label: string;
  /** What it matched and how well (0 to 1), by term. */
  terms: Map<string, number>;
  /** The corrected word, when found only as a misspelling. */
  correction: string | undefined;
  /** Finds the unit as typed, as a whole word, in a text. */
  asTyped: RegExp;
  start: number;
  end: number;
}

/** Documents ranked for a query, before their display data is fetched. */
export interface SearchRanking {
  query: string;
  words: string[];
  units: QueryUnit[];
  matched: Set<string>;
  perGroup: number;
  /** Per group, candidates best first: [doc, score, bit mask of the units it matches]. */
  groups: {
    kind: SearchKind;
    total: number;
    complete: number;
    docs: [doc: number, score: number, units: number][];
  }[];
  total: number;
  complete: number;
  suggestion: string | undefined;
}

export interface Searcher {
  /** Fetches what ranking `query` needs (its words' shards, and fuse.js for misspellings), if not fetched before. */
  prepare(query: string): Promise<void>;
  /** Ranks the documents for `query`, synchronously, from what `prepare` fetched. */
  rank(query: string, perGroup?: number): SearchRanking;
  /** Fetches what the ranked documents show, and re-ranks them on their text. */
  resolve(ranking: SearchRanking): Promise<SearchResult>;
  /** All three steps. */
  search(query: string, perGroup?: number): Promise<SearchResult>;
  /** Splits `text` into stretches, marking the words `matched` in a result. */
  highlight(text: string, matched: ReadonlySet<string>): { text: string; marked: boolean }[];
}

interface LoadedShard extends SearchShard {
  /** Each term with postings, to its place in `postings`. */
  index: Map<string, number>;
  decoded: Map<number, Map<number, number>>;
  fuzzy?: FuseSearcher | undefined;
}

/** A document's data with its link written out (the index shortens passages' links, passage-links.ts). */
function withFullHref(data: SearchDocumentData): SearchDocumentData {
  const full = expandPassageHref(data[3], data[2]);
  if (full === data[3]) return data;
  const copy = [...data] as SearchDocumentData;
  copy[3] = full;
  return copy;
}

/** Imports fuse.js, the first time a word needs it. */
export type FuseImport = () => Promise<{ default: FuseClass }>;

/**
 * A searcher factory with fuse.js imported by `importFuse` (create-searcher.ts imports the package).
 * The search page passes an import of fuse.js by its address (SearchPanel.astro): Vite wraps each
 * dynamic import it bundles in its preload helper, some 600 bytes brotli of the page's first visit,
 * which would preload nothing for fuse.js; and Astro writes a script into its page only if no module
 * it bundles has a dynamic import, which is why this module has none.
 */
export function searcherWith(importFuse: FuseImport): (manifest: SearchManifest, load: IndexLoader) => Searcher {
  let fuseModule: Promise<FuseClass> | undefined;
  let Fuse: FuseClass | undefined;
  const loadFuse = (): Promise<FuseClass> =>
    (fuseModule ??= importFuse().then((module) => {
      Fuse = module.default;
      return Fuse;
    }));

  return (manifest, load) => {
    const aliases = new Map(manifest.aliases);
    const glossary: GlossaryVariants[] = manifest.glossary.map(([canonical, variants]) => ({ canonical, variants }));
    const shardKeys = new Set(manifest.shards);
    const averageLength = manifest.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, manifest.docCount);
    const loading = new Map<string, Promise<void>>();
    const loaded = new Map<string, LoadedShard>();
    const documents = new Map<number, Promise<SearchDocumentData>>();

    const useShard = (key: string, data: SearchShard) => {
      const index = new Map<string, number>();
      // A shard that lists a term per posting list lists them all; else its words' stems make up the rest.
      (data.terms.length === data.postings.length ? data.terms : shardTerms(data.words, data.terms)).forEach((term, at) => {
        if ((data.postings[at]?.length ?? 0) > 0) index.set(term, at);
      });
      loaded.set(key, { ...data, index, decoded: new Map() });
    };

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
      let pending = documents.get(doc);
      if (!pending) {
        const inline = manifest.inline?.documents[doc];
        pending = (inline ? Promise.resolve(inline) : (load(`docs/${doc}`) as Promise<SearchDocumentData>)).then(withFullHref);
        documents.set(doc, pending);
      }
      return pending;
    };

    /** A claim quoting a passage, from its title and link, or from the documents of the claim and of its quote. */
    const quotingClaim = async ([claim, quote]: QuotedInData): Promise<{
      title: string;
      href: string;
    }> => {
      if (typeof claim === 'string') return { title: claim, href: quote as string };
      const [claimData, quoteData] = await Promise.all([documentData(claim), documentData(quote as number)]);
      return { title: claimData[1], href: quoteData[3] };
    };

    /** Documents of a term with their weighted frequencies, decoded on first use. */
    const postingsOf = (from: LoadedShard, term: number): Map<number, number> => {
      let map = from.decoded.get(term);
      if (!map) {
        map = new Map();
        const flat = from.postings[term] ?? [];
        const count = flat.length / 2;
        for (let at = 0, doc = 0; at < count; at += 1) map.set((doc += flat[at] as number), flat[count + at] as number);
        from.decoded.set(term, map);
      }
      return map;
    };

    /** The shard holding `term`, if it is an index term (canonical names live in the glossary shard). */
    const shardOf = (term: string): LoadedShard | undefined => {
      const from = loaded.get(shardKey(term));
      return from?.index.has(term) ? from : undefined;
    };
    const resolveTerm = (term: string) => aliases.get(term) ?? term;

    const prefixed = (word: string): string[] => binaryPrefix(loaded.get(shardKey(word))?.words ?? [], word);

    const fuzzy = (word: string): { word: string; score: number }[] => {
      const from = loaded.get(shardKey(word));
      if (!from || !Fuse) return [];
      const searcher = (from.fuzzy ??= new Fuse<string>(
        from.words.filter((candidate) => !/\d/u.test(candidate)),
        FUSE_OPTIONS,
      ));
      const hits = searcher.search(word, { limit: FUZZY_LIMIT }).map((hit) => ({ word: hit.item, score: hit.score ?? 1 }));
      const best = hits[0]?.score ?? 1;
      return hits.filter((hit) => hit.score <= best + FUZZY_SPREAD);
    };

    /** Whether a word would need fuse.js: nothing exact, no prefix, and long enough to be a misspelling. */
    const needsFuzzy = (token: Token): boolean =>
      token.word !== undefined && token.word.length >= 4 && !/\d/u.test(token.word) && shardOf(resolveTerm(token.term)) === undefined && prefixed(token.word).length === 0;

    const tokensOf = (query: string): Token[] => tokenize(query.slice(0, MAX_QUERY_LENGTH), glossary).slice(0, MAX_QUERY_WORDS);

    const prepare = async (query: string): Promise<void> => {
      const tokens = tokensOf(query);
      await Promise.all(['glossary', ...tokens.map((token) => shardKey(token.term))].map(fetchShard));
      if (tokens.some(needsFuzzy)) await loadFuse();
    };

    /** The query's units, each with the terms it stands for. */
    const unitsOf = (query: string, tokens: readonly Token[]): QueryUnit[] => {
      const units: QueryUnit[] = [];
      for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index] as Token;
        const next = tokens[index + 1];
        const terms = new Map<string, number>();
        const add = (term: string, factor: number) => {
          const target = resolveTerm(term);
          if (shardOf(target) && factor > (terms.get(target) ?? 0)) terms.set(target, factor);
        };
        // Two words the index holds written solid are one unit: "cease fire", "cease-fire" → "ceasefire".
        if (token.word !== undefined && next?.word !== undefined && !/\d/u.test(token.word + next.word)) {
          const joined = stemWord(token.word + next.word);
          if (shardOf(resolveTerm(joined))) {
            add(joined, FACTOR.exact);
            units.push(unit(query, token.start, next.end, terms, undefined));
            index += 1;
            continue;
          }
        }
        add(token.term, FACTOR.exact);
        let correction: string | undefined;
        if (token.word !== undefined && (index === tokens.length - 1 || terms.size === 0)) {
          for (const word of prefixed(token.word)) add(stemWord(word), FACTOR.prefix);
        }
        if (terms.size === 0 && token.word !== undefined && token.word.length >= 4) {
          const neighbours = fuzzy(token.word);
          for (const { word, score } of neighbours) add(stemWord(word), FACTOR.fuzzy * (1 - score));
          if (terms.size > 0) correction = neighbours[0]?.word;
        }
        units.push(unit(query, token.start, token.end, terms, correction));
      }
      return units;
    };

    const kindOf = (doc: number): number => {
      let kind = 0;
      while (kind + 1 < manifest.kindStarts.length && doc >= (manifest.kindStarts[kind + 1] as number)) kind += 1;
      return kind;
    };

    const rank = (query: string, perGroup = 20): SearchRanking => {
      const trimmed = query.slice(0, MAX_QUERY_LENGTH);
      const units = unitsOf(trimmed, tokensOf(query));
      const matched = new Set(units.flatMap((unit) => [...unit.terms.keys()]));
      const scores = new Float64Array(manifest.docCount);
      const masks = new Uint16Array(manifest.docCount);
      // Per unit, a document's best term counts once: "zabiul" matching two spellings is one word matched.
      const unitScores = new Float64Array(manifest.docCount);
      const unitStamp = new Int32Array(manifest.docCount);
      const touched: number[] = [];
      units.forEach((unit, at) => {
        const inUnit: number[] = [];
        for (const [term, factor] of unit.terms) {
          const from = shardOf(term) as LoadedShard;
          const postings = postingsOf(from, from.index.get(term) as number);
          const idf = Math.log(1 + (manifest.docCount - postings.size + 0.5) / (postings.size + 0.5));
          for (const [doc, frequency] of postings) {
            const norm = K1 * (1 - B + (B * (manifest.lengths[doc] as number)) / averageLength);
            const score = (factor * idf * frequency * (K1 + 1)) / (frequency + norm);
            if (unitStamp[doc] !== at + 1) {
              unitStamp[doc] = at + 1;
              unitScores[doc] = score;
              inUnit.push(doc);
            } else if (score > (unitScores[doc] as number)) unitScores[doc] = score;
          }
        }
        for (const doc of inUnit) {
          if (masks[doc] === 0) touched.push(doc);
          masks[doc] = (masks[doc] as number) | (1 << at);
          scores[doc] = (scores[doc] as number) + (unitScores[doc] as number);
        }
      });

      const all = (1 << units.length) - 1;
      const keep = perGroup + RERANK_EXTRA;
      const best = SEARCH_KINDS.map(() => [] as [number, number, number][]);
      const totals = SEARCH_KINDS.map(() => 0);
      const completes = SEARCH_KINDS.map(() => 0);
      // Keep only the best few of each group as we go: a common word in a large corpus matches
      // thousands of documents, and sorting them all would cost more than the search itself.
      for (const doc of touched) {
        const mask = masks[doc] as number;
        const candidate: [number, number, number] = [doc, scores[doc] as number, mask];
        const kind = kindOf(doc);
        totals[kind] = (totals[kind] ?? 0) + 1;
        if (mask === all) completes[kind] = (completes[kind] ?? 0) + 1;
        const list = best[kind] as [number, number, number][];
        if (list.length === keep && better(candidate, list[keep - 1] as [number, number, number]) >= 0) continue;
        list.push(candidate);
        list.sort(better);
        if (list.length > keep) list.pop();
      }
      const groups = SEARCH_KINDS.map((kind, index) => ({
        kind,
        total: totals[index] ?? 0,
        complete: completes[index] ?? 0,
        docs: best[index] ?? [],
      })).filter((group) => group.total > 0);
      const corrected = units.filter((unit) => unit.correction !== undefined);
      let suggestion: string | undefined;
      if (corrected.length > 0) {
        suggestion = trimmed;
        for (const unit of [...corrected].reverse()) {
          // In the reader's own case: "Tarrar" → "Tarar", "tarrar" → "tarar".
          const word = unit.correction as string;
          const cased = /^\p{Lu}/u.test(unit.label) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word;
          suggestion = `${suggestion.slice(0, unit.start)}${cased}${suggestion.slice(unit.end)}`;
        }
      }
      return {
        query: trimmed,
        words: units.map((unit) => unit.label),
        units,
        matched,
        perGroup,
        groups,
        total: touched.length,
        complete: completes.reduce((sum, count) => sum + count, 0),
        suggestion,
      };
    };

    /**
     * How much better a candidate's text makes it: its words as typed, and, when it matches two or
     * more of them, as a phrase or close together. Tokenizing is the costly part, so it is done only
     * where there is a phrase or a distance to find.
     */
    const textTokens = new Map<number, Token[]>();
    const textBonus = (units: readonly QueryUnit[], doc: number, mask: number, title: string, text: string): number => {
      const shown = `${title}\n${text}`;
      const bonus = 1 + (0.1 * units.filter((unit) => unit.asTyped.test(shown)).length) / Math.max(1, units.length);
      if (popcount(mask) < 2) return bonus;
      let tokens = textTokens.get(doc);
      if (!tokens) textTokens.set(doc, (tokens = tokenize(shown, glossary)));
      const positions = units.map((unit) => tokens.flatMap((token, at) => (unit.terms.has(token.term) ? [at] : [])));
      const present = positions.filter((list) => list.length > 0);
      if (present.length < 2) return bonus;
      const phrase = positions.every((list) => list.length > 0) && (positions[0] as number[]).some((start) => positions.every((list, offset) => list.includes(start + offset)));
      if (phrase) return bonus + 0.6;
      return bonus + 0.3 * ((present.length - 1) / (smallestWindow(present) - 1));
    };

    const resolve = async ({ units, words, matched, groups, total, complete, suggestion, perGroup }: SearchRanking): Promise<SearchResult> => ({
      words,
      matched,
      total,
      complete,
      suggestion,
      groups: await Promise.all(
        groups.map(async ({ kind, total: count, complete: completeCount, docs }) => {
          const hits = await Promise.all(
            docs.map(async ([doc, score, mask]): Promise<SearchHit> => {
              const [, title, text, href, meta, quotedIn = []] = await documentData(doc);
              const claims = await Promise.all(quotedIn.map(quotingClaim));
              return {
                kind,
                title,
                text,
                href,
                meta,
                score: score * textBonus(units, doc, mask, title, text),
                complete: mask === (1 << units.length) - 1,
                matches: units.flatMap((unit, at) => (mask & (1 << at) ? [unit.label] : [])),
                quotedIn: claims,
              };
            }),
          );
          hits.sort((a, b) => b.matches.length - a.matches.length || b.score - a.score);
          return {
            kind,
            total: count,
            complete: completeCount,
            hits: hits.slice(0, perGroup),
          };
        }),
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
  };
}

function unit(query: string, start: number, end: number, terms: Map<string, number>, correction: string | undefined): QueryUnit {
  const label = query.slice(start, end);
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return {
    label,
    terms,
    correction,
    asTyped: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'),
    start,
    end,
  };
}

/** Candidates in order: more query words matched first, then the higher score, then the earlier document. */
function better(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  return popcount(b[2]) - popcount(a[2]) || b[1] - a[1] || a[0] - b[0];
}

function popcount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest > 0; rest &= rest - 1) count += 1;
  return count;
}

/** The fewest consecutive tokens that hold one position from each list (each list sorted). */
export function smallestWindow(lists: readonly (readonly number[])[]): number {
  const events = lists.flatMap((list, which) => list.map((at) => [at, which] as const)).sort((a, b) => a[0] - b[0]);
  const counts = new Map<number, number>();
  let best = Number.POSITIVE_INFINITY;
  let left = 0;
  for (const [at, which] of events) {
    counts.set(which, (counts.get(which) ?? 0) + 1);
    while (counts.size === lists.length) {
      const [start, first] = events[left] as readonly [number, number];
      best = Math.min(best, at - start + 1);
      const remaining = (counts.get(first) as number) - 1;
      if (remaining === 0) counts.delete(first);
      else counts.set(first, remaining);
      left += 1;
    }
  }
  return best;
}

/** The sorted words that start with `prefix`, found by binary search. */
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
    if (sorted[at] !== prefix) found.push(sorted[at] as string);
  }
  return found;
}
