/**
 * The anchors the content itself determines, compared with the register before anything is built:
 * claim pages and their quotes, article pages and their paragraphs and headings, the raw captures,
 * and the entries of the topic, glossary, people, statement and disagreement lists and the timeline. Page chrome (the
 * method page's sections, a table caption) is only known from the built pages, and is left to the
 * check after the build (src/integrations/anchor-register.ts).
 */
import { hashWords, type RegisterLine } from './anchor-register.ts';

/** Pages whose fragments are list entries named by content ids. */
const LIST_PAGES: ReadonlySet<string> = new Set(['/glossary/', '/people/', '/statements/', '/disagreements/', '/timeline/']);
/** Pages that list the claims by topic, with an anchor per topic. */
export const TOPIC_PAGES = ['/', '/claims/', '/search/'] as const;

/** True for an anchor that the content determines, so the content check can tell whether it is still published. */
export function isDeterminedByContent(anchor: string): boolean {
  const [page = '', fragment] = anchor.split('#');
  if (/^\/(claims|articles)\/[^/]+\/$/u.test(page)) return true;
  if (/^\/captures\/[^/]+$/u.test(page)) return fragment === undefined;
  if (LIST_PAGES.has(page)) return fragment !== undefined;
  if ((TOPIC_PAGES as readonly string[]).includes(page)) return fragment?.startsWith('topic-') ?? false;
  return false;
}

/** What the content publishes, as far as the content check could tell. */
export interface ContentAnchors {
  /** Every anchor the content publishes; for a quote or paragraph, the words it lands on. */
  published: ReadonlyMap<string, string | undefined>;
  /** Old links an alias sends elsewhere: declared moves, whose words are the alias's business. */
  aliased: ReadonlySet<string>;
  /** True where the content has problems that hide what an anchor's page publishes: such anchors are not judged. */
  isUnknown(anchor: string): boolean;
}

/** A registered anchor that now lands on other words. */
export interface ChangedWords {
  entry: RegisterLine;
  /** The words it lands on now. */
  words: string;
}

/** The registered anchors the content no longer publishes, and those that now land on other words. */
export function compareContentWithRegister(entries: readonly RegisterLine[], content: ContentAnchors): { lost: RegisterLine[]; changed: ChangedWords[] } {
  const lost: RegisterLine[] = [];
  const changed: ChangedWords[] = [];
  for (const entry of entries) {
    if (!isDeterminedByContent(entry.anchor) || content.isUnknown(entry.anchor)) continue;
    if (!content.published.has(entry.anchor)) {
      lost.push(entry);
      continue;
    }
    const words = content.published.get(entry.anchor);
    if (entry.words !== undefined && words !== undefined && !content.aliased.has(entry.anchor) && hashWords(words) !== entry.words) changed.push({ entry, words });
  }
  return { lost, changed };
}
