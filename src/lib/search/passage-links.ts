/**
 * A passage's link written short in the search index. Most paragraph anchors are made from the
 * paragraph's own first words (`p-during-the-talks-the-pakistani-side`, anchors.ts), and the index
 * already holds those words as the passage's text; written out, the anchors were a tenth of the
 * compressed index, since words made into a slug compress poorly beside the same words as text. So
 * where the anchor is the one its text gives, the index keeps only the page and a bare `#`, and the
 * reader's browser makes the anchor again. Any other anchor (a second paragraph with the same first
 * words, `-2`; one written by hand) stays written out.
 */
import { PARAGRAPH_ID_PREFIX, slugWords, WORDS_PER_ID } from '../anchors/anchors.ts';

/** The anchor a paragraph of this text gets when no earlier paragraph opens with the same words. */
function anchorFromText(text: string): string {
  const words = slugWords(text).slice(0, WORDS_PER_ID);
  return `${PARAGRAPH_ID_PREFIX}${words.length > 0 ? words.join('-') : 'untitled'}`;
}

/** `href` as the index keeps it: `/articles/x/#` where its anchor is the one `text` gives. */
export function shortenPassageHref(href: string, text: string): string {
  const hash = href.indexOf('#');
  return hash !== -1 && hash < href.length - 1 && href.slice(hash + 1) === anchorFromText(text) ? href.slice(0, hash + 1) : href;
}

/** The full link of a passage whose index entry is `href` (shortened or not) and `text`. */
export function expandPassageHref(href: string, text: string): string {
  return href.endsWith('#') ? `${href}${anchorFromText(text)}` : href;
}
