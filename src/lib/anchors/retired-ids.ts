/**
 * Paragraph ids that an alias has moved away. A link to `#p-…` was published for certain words; once
 * an alias says those words now live at another id, the old id is retired: no paragraph takes it
 * again, so the old link lands only where the alias points.
 *
 * This is what makes the alias for a shifted id work. Paragraphs that open with the same six words
 * are numbered in reading order (`p-x`, `p-x-2`), so restoring an earlier one with the same opening
 * gives it `p-x` and the published paragraph `p-x-2`: the link now lands on other words. With `p-x`
 * retired by an alias, the new paragraph becomes `p-x-2` and the published one `p-x-3`, where the
 * alias sends the old link.
 *
 * Ids are allocated again from the paragraphs' texts, after the Markdown pipeline and outside it,
 * because Astro keeps an article's rendering until the article itself changes, not its aliases.
 */
import { createParagraphIdAllocator, PARAGRAPH_ID_PREFIX } from './anchors.ts';
import { hashWords } from './anchor-register.ts';

/** A paragraph as the Markdown pipeline publishes it. */
export interface Passage {
  id: string;
  text: string;
}

/** The ids of `page` (`/articles/<id>/`) that moved aliases retire. */
export function retiredIdsOf(aliases: readonly { from: string; change: string }[], page: string): Set<string> {
  const retired = new Set<string>();
  for (const alias of aliases) {
    const [aliasPage, fragment] = alias.from.split('#');
    if (alias.change === 'moved' && aliasPage === page && fragment !== undefined && fragment.startsWith(PARAGRAPH_ID_PREFIX)) retired.add(fragment);
  }
  return retired;
}

/**
 * The paragraphs with their ids allocated around the retired ones, and each id that changed (old to
 * new). When no paragraph holds a retired id, nothing changes. Ids not made by the pipeline (not
 * `p-…`) are kept as written.
 */
export function retireParagraphIds<P extends Passage>(paragraphs: readonly P[], retired: ReadonlySet<string>): { paragraphs: P[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  if (!paragraphs.some((paragraph) => retired.has(paragraph.id))) return { paragraphs: [...paragraphs], renamed };
  const ids = createParagraphIdAllocator();
  for (const id of retired) ids.reserve(id);
  for (const paragraph of paragraphs) if (!paragraph.id.startsWith(PARAGRAPH_ID_PREFIX)) ids.reserve(paragraph.id);
  const allocated = paragraphs.map((paragraph) => {
    if (!paragraph.id.startsWith(PARAGRAPH_ID_PREFIX)) return paragraph;
    const id = ids.next(paragraph.text);
    if (id !== paragraph.id) renamed.set(paragraph.id, id);
    return { ...paragraph, id };
  });
  return { paragraphs: allocated, renamed };
}

/** A registered paragraph link that needs an alias, and where it should point. */
export interface ParagraphMove {
  /** The registered id. */
  from: string;
  /** Where the alias should send it: the paragraph that holds its words, or, failing that, the one in its place. */
  to: string | undefined;
  /** How `to` was found: its very words, the one new paragraph of the article, or the new paragraph now in its place. */
  found: 'words' | 'same place' | 'new paragraph' | 'nowhere';
}

/**
 * The aliases that would keep every registered paragraph link of one article on its words. `paragraphs`
 * are as the pipeline made them, `registered` maps each registered id to its words hash (undefined
 * where none was recorded), `retired` holds the ids aliases already retire. A registered id that now
 * lands on other words is retired, one at a time in reading order (each retirement can shift the
 * ids after it), until every other registered id lands on its own words; then each retired or
 * missing id is sent where its words are.
 */
export function planParagraphMoves(paragraphs: readonly Passage[], registered: ReadonlyMap<string, string | undefined>, retired: ReadonlySet<string>): ParagraphMove[] {
  const retiring = new Set(retired);
  const lands = (paragraph: Passage) => {
    const words = registered.get(paragraph.id);
    return words === undefined || words === hashWords(paragraph.text);
  };
  const before = retireParagraphIds(paragraphs, retired).paragraphs;
  let current = before;
  for (;;) {
    const wrong = current.find((paragraph) => !retiring.has(paragraph.id) && !lands(paragraph));
    if (!wrong) break;
    retiring.add(wrong.id);
    current = retireParagraphIds(paragraphs, retiring).paragraphs;
  }
  const currentIds = new Set(current.map((paragraph) => paragraph.id));
  const needed = [...registered].filter(([id]) => !retired.has(id) && !currentIds.has(id));
  const moves = new Map<string, ParagraphMove>();
  const claimed = new Set<string>();
  for (const [id, words] of needed) {
    const holder = words === undefined ? undefined : current.find((paragraph) => hashWords(paragraph.text) === words);
    if (holder) {
      moves.set(id, { from: id, to: holder.id, found: 'words' });
      claimed.add(holder.id);
    }
  }
  const fresh = current.filter((paragraph) => !registered.has(paragraph.id) && !claimed.has(paragraph.id));
  for (const [id] of needed) {
    if (moves.has(id)) continue;
    // Only a paragraph no registered link is on can take the link: the article's one new paragraph,
    // or, among several, the one standing where the link's paragraph stood.
    const place = before.findIndex((paragraph) => paragraph.id === id);
    const inPlace = place === -1 ? undefined : current[place];
    if (fresh.length === 1) moves.set(id, { from: id, to: (fresh[0] as Passage).id, found: 'new paragraph' });
    else if (inPlace && fresh.includes(inPlace)) moves.set(id, { from: id, to: inPlace.id, found: 'same place' });
    else moves.set(id, { from: id, to: undefined, found: 'nowhere' });
  }
  return needed.map(([id]) => moves.get(id) as ParagraphMove);
}
