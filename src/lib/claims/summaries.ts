/**
 * Summaries that can be checked. A position's summary is a list of items, one per speaker and
 * outlet, each tied to the quotes it sums up. The site writes who speaks (the lead) from those
 * quotes, so an editor cannot credit words to the wrong speaker by typing a name; the content check
 * then refuses an item that names anyone else, or puts in quotation marks words its quotes do not
 * hold.
 */
import { collapseWhitespace, foldCase } from '../text.ts';
import { describeAttributionChain } from './voices.ts';

/** Who an item credits: one speaker, in one article, through the same relays. */
export interface SummaryVoice {
  speaker: string;
  relays: readonly string[];
  outlet: string;
}

/** "Mohammad Naeem, via Khaama Press, in NationPress," (the item's `says` follows from its verb). */
export function summaryLead(voice: SummaryVoice): string {
  return `${describeAttributionChain({ speaker: voice.speaker, relays: voice.relays, article: { outlet: voice.outlet } })},`;
}

/** A key telling voices apart: two quotes belong in one item only when their keys are equal. */
export function voiceKey(voice: { speaker: string; article: string; relays: readonly string[] }): string {
  return [voice.speaker, voice.article, ...voice.relays].join('\u0000');
}

/**
 * The passages a text puts in double quotation marks, curly or straight: “…” or "…". An
 * unclosed mark yields nothing (the check reports it separately as an unquoted fragment would be).
 */
export function quotedFragments(text: string): string[] {
  const fragments: string[] = [];
  for (const match of text.matchAll(/\u201C([^\u201C\u201D]+)\u201D|"([^"]+)"/gu)) {
    const fragment = collapseWhitespace(match[1] ?? match[2] ?? '');
    if (fragment.length > 0) fragments.push(fragment);
  }
  return fragments;
}

/** The text with its quoted passages blanked out: what the item says in Parallax's words. */
export function unquotedText(text: string): string {
  return text.replace(/\u201C[^\u201C\u201D]*\u201D|"[^"]*"/gu, ' … ');
}

/** True when `fragment` occurs in `text`, whitespace aside; a quoted fragment may not change a letter. */
export function holdsWords(text: string, fragment: string): boolean {
  return collapseWhitespace(text).includes(collapseWhitespace(fragment));
}

/** A name a summary may not use unless it is the item's own speaker, relay or outlet. */
export interface NameForm {
  /** Who the name belongs to (a person id, or the outlet's name). */
  owner: string;
  form: string;
}

/** The owners of every name form the text uses outside quotation marks, as whole words, case and accents aside. */
export function ownersNamed(text: string, forms: readonly NameForm[]): Map<string, string> {
  const haystack = foldCase(unquotedText(text));
  const named = new Map<string, string>();
  for (const { owner, form } of forms) {
    const needle = foldCase(form).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    if (needle.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${needle}(?![\\p{L}\\p{N}])`, 'u').test(haystack) && !named.has(owner)) named.set(owner, form);
  }
  return named;
}
