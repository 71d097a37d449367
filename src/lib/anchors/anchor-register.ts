/**
 * The register of published anchors: every URL and fragment the site has published, one per line,
 * sorted. Links people have shared must keep working, so the register only grows: a build that no
 * longer publishes a registered anchor fails, until an alias says where it now points.
 */

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
  return [...new Set(anchors)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const HEADER = [
  '# Every URL and fragment Parallax has published, one per line, sorted.',
  '# Links to these must keep working. `npm run anchors:register` adds new ones after a build;',
  '# none is ever removed: when a target is renamed, merged, withdrawn or moved, declare where it',
  '# now points in content/aliases.yaml.',
];

/** The register's lines, without comments and blank lines. */
export function parseRegister(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** The register file's text for these anchors. */
export function formatRegister(anchors: Iterable<string>): string {
  return `${[...HEADER, ...sortAnchors(anchors)].join('\n')}\n`;
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
