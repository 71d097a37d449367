/**
 * The register of published anchors: every URL and fragment the site has published, one per line,
 * sorted. Links people have shared must keep working, so the register only grows: a build that no
 * longer publishes a registered anchor fails, until an alias says where it now points.
 *
 * A quote or paragraph anchor also records the words it landed on when it was registered, as a short
 * hash (`/articles/x/#p-first-words 1a2b3c4d`), so that a link which still resolves but now lands on
 * other words (a paragraph with the same first words inserted before it, an edited quote) fails too.
 */
import { createHash } from 'node:crypto';
import { collapseWhitespace } from '../text.ts';
import { CLAIM_PAGE_IDS } from './claim-anchors.ts';

/**
 * Ids of page chrome rather than content: the skip-link target, search controls, the fixed parts of
 * a claim page, and headings' ids (`…-title`) that only label their sections. Links are promised to
 * content anchors: claims, quotes, paragraphs, article headings, glossary entries, statements.
 */
export const CHROME_IDS: ReadonlySet<string> = new Set(['main-content', 'site-search', 'search-input', 'search-status', 'search-results', ...CLAIM_PAGE_IDS]);

/** True for an id that is page chrome, not a content anchor. */
export function isChromeId(id: string): boolean {
  return CHROME_IDS.has(id) || id.endsWith('-title');
}

/** A built page: its URL path and the ids on it. */
export interface PublishedPage {
  path: string;
  ids: readonly string[];
}

/** Every URL and `URL#fragment` the pages publish, sorted. */
export function publishedAnchors(pages: readonly PublishedPage[]): string[] {
  const anchors = new Set<string>();
  for (const page of pages) {
    anchors.add(page.path);
    for (const id of page.ids) if (!isChromeId(id)) anchors.add(`${page.path}#${id}`);
  }
  return sortAnchors(anchors);
}

/** Sorts by code point, so the order never depends on the locale of the machine that wrote it. */
export function sortAnchors(anchors: Iterable<string>): string[] {
  return [...new Set(anchors)].sort(compareCodePoints);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many hex digits of the SHA-256 record an anchor's words: enough to tell passages apart, short enough to read past. */
export const WORDS_HASH_LENGTH = 8;

/** The words hash of a passage: the first hex digits of the SHA-256 of its text, whitespace collapsed. */
export function hashWords(text: string): string {
  return createHash('sha256').update(collapseWhitespace(text)).digest('hex').slice(0, WORDS_HASH_LENGTH);
}

/** True for an anchor that lands on words of its own: a paragraph of an article, or a quote on a claim page. */
export function carriesWords(anchor: string): boolean {
  return /^\/articles\/[^/#]+\/#p-/u.test(anchor) || /^\/claims\/[^/#]+\/#/u.test(anchor);
}

/** One registered anchor; `words` is the hash of the words it lands on, for quotes and paragraphs. */
export interface RegisterEntry {
  anchor: string;
  words?: string | undefined;
}

/** A register entry with the line of the file it is written on (none for a line only git history still has). */
export interface RegisterLine extends RegisterEntry {
  line: number | undefined;
}

const HEADER = [
  '# Every URL and fragment Parallax has published, one per line, sorted.',
  '# Links to these must keep working. `npm run anchors:register` adds new ones after a build;',
  '# none is ever removed: when a target is renamed, merged, withdrawn or moved, declare where it',
  '# now points in content/aliases.yaml.',
  '# A quote or paragraph is followed by the words it lands on: the first 8 hex digits of the',
  '# SHA-256 of its text, whitespace collapsed. A link that now lands on other words fails the build.',
];

const LINE = /^(\S+)(?:[ \t]+([0-9a-f]+))?$/u;
const HASH = new RegExp(`^[0-9a-f]{${WORDS_HASH_LENGTH}}$`, 'u');

/** Reads the register's lines (comments and blank lines skipped), and what is wrong with any of them. */
export function readRegisterLines(text: string): { entries: RegisterLine[]; errors: { line: number; message: string }[] } {
  const entries: RegisterLine[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const content = raw.trim();
    if (content.length === 0 || content.startsWith('#')) return;
    const line = index + 1;
    const match = LINE.exec(content);
    if (!match || !(match[1] as string).startsWith('/')) {
      errors.push({ line, message: `must be a site path, then for a quote or paragraph its words hash (found ${JSON.stringify(content)})` });
      return;
    }
    const [, anchor = '', words] = match;
    if (words !== undefined && !HASH.test(words)) {
      errors.push({ line, message: `the words hash of ${anchor} must be ${WORDS_HASH_LENGTH} hex digits (found "${words}")` });
      return;
    }
    if (words !== undefined && !carriesWords(anchor)) {
      errors.push({ line, message: `${anchor} lands on no words of its own: only a quote or paragraph has a words hash` });
      return;
    }
    entries.push({ anchor, words, line });
  });
  return { entries, errors };
}

/** The register's anchors, without comments, blank lines and words hashes. */
export function parseRegister(text: string): string[] {
  return readRegisterLines(text).entries.map((entry) => entry.anchor);
}

/**
 * The register file's text for these entries: sorted by anchor, one line each. Where an anchor is
 * given twice, the words recorded first win: an anchor's words are never rewritten.
 */
export function formatRegister(entries: Iterable<RegisterEntry | string>): string {
  const byAnchor = new Map<string, string | undefined>();
  for (const entry of entries) {
    const { anchor, words } = typeof entry === 'string' ? { anchor: entry, words: undefined } : entry;
    if (!byAnchor.has(anchor) || byAnchor.get(anchor) === undefined) byAnchor.set(anchor, words);
  }
  const lines = sortAnchors(byAnchor.keys()).map((anchor) => {
    const words = byAnchor.get(anchor);
    return words === undefined ? anchor : `${anchor} ${words}`;
  });
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/** What a build lost (registered, no longer published) and what it added (published, not yet registered). */
export function compareWithRegister(registered: readonly string[], published: readonly string[]): { lost: string[]; unregistered: string[] } {
  const publishedSet = new Set(published);
  const registeredSet = new Set(registered);
  return {
    lost: sortAnchors(registered.filter((anchor) => !publishedSet.has(anchor))),
    unregistered: sortAnchors(published.filter((anchor) => !registeredSet.has(anchor))),
  };
}

/**
 * The entries of an earlier register that a later one lacks. A line is kept when the later register
 * has its anchor with the same words; a line written before words were recorded is kept by its
 * anchor with any words (the register's move to words hashes kept every line).
 */
export function entriesMissingFrom(earlier: readonly RegisterEntry[], later: readonly RegisterEntry[]): RegisterEntry[] {
  const words = new Map(later.map((entry) => [entry.anchor, entry.words]));
  return earlier.filter((entry) => !words.has(entry.anchor) || (entry.words !== undefined && words.get(entry.anchor) !== entry.words));
}

/** A register line as the file writes it. */
export function formatRegisterLine(entry: RegisterEntry): string {
  return entry.words === undefined ? entry.anchor : `${entry.anchor} ${entry.words}`;
}
