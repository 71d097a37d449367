/**
 * Turns the corrections log into search documents, one per correction, linked to its entry on
 * /corrections/: a reader who searches a claim's title, what changed ("summary reworded") or why
 * finds the correction, and so does one who searches words a correction took out, which no page
 * but the log holds any longer.
 */
import { plainText, type CorrectionView } from '../corrections/correction-views.ts';
import type { SearchDocument } from './search-index.ts';

/** On the scale of search-documents.ts: the claim's title and the reason say most, the words changed least. */
const WEIGHT = { title: 5, why: 2, change: 2, words: 1 } as const;

export function buildCorrectionDocuments(corrections: readonly CorrectionView[]): SearchDocument[] {
  return corrections.map((correction): SearchDocument => ({
    kind: 'correction',
    title: correction.title,
    text: correction.why,
    href: correction.href,
    meta: `${correction.dateText}: ${correction.changes.map((change) => change.label).join(', ')}`,
    fields: [
      { text: correction.claim.title, weight: WEIGHT.title },
      { text: correction.why, weight: WEIGHT.why },
      ...correction.changes.map((change) => ({ text: change.label, weight: WEIGHT.change })),
      ...correction.changes.flatMap((change) =>
        [plainText(change.before), plainText(change.after)].filter((words): words is string => words !== undefined && words !== '').map((words) => ({ text: words, weight: WEIGHT.words })),
      ),
    ],
  }));
}
