/**
 * Paragraph anchors: the `id` every paragraph of an article copy carries, so that a quote, a search
 * result or a reader's link can point at the exact paragraph.
 *
 * An id is made from the paragraph's first words (`p-muttaqi-stressed-that-the-afghan-interim`), not
 * from its position, so inserting or removing a paragraph elsewhere never changes it. The published ids
 * are guarded by the anchor register; a correction that changes a paragraph's first words must declare
 * an alias there rather than silently break old links.
 */
import { foldCase } from '../text.ts';

/** Prefix of every paragraph anchor: keeps ids clear of DOM globals and of heading slugs. */
export const PARAGRAPH_ID_PREFIX = 'p-';

/** How many leading words make up an id: enough to tell paragraphs apart, short enough to read. */
export const WORDS_PER_ID = 6;

/** Turns text into lowercase ASCII words fit for a URL fragment (apostrophes dropped, not split on). */
export function slugWords(text: string): string[] {
  return foldCase(text)
    .replace(/['’‘`]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter((word) => word.length > 0);
}

/** Hands out the anchors of one document. */
export interface ParagraphIdAllocator {
  /** The id for the next paragraph, made from its text and unique within the document. */
  next(text: string): string;
  /** Records an id an author wrote by hand, so no generated id collides with it; returns it. */
  reserve(id: string): string;
}

/**
 * Creates the id allocator for a single document, used in reading order. Paragraphs that open with
 * the same words get `-2`, `-3` … in the order they appear. Create one per document, so numbering
 * never depends on what was processed before.
 */
export function createParagraphIdAllocator(prefix: string = PARAGRAPH_ID_PREFIX): ParagraphIdAllocator {
  const taken = new Set<string>();
  return {
    next(text) {
      const words = slugWords(text).slice(0, WORDS_PER_ID);
      const base = `${prefix}${words.length > 0 ? words.join('-') : 'untitled'}`;
      let id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
      return id;
    },
    reserve(id) {
      taken.add(id);
      return id;
    },
  };
}
