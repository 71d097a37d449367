/**
 * Turns the figures into search documents, one per figure, linked to its entry on /figures/: its
 * every wording is searched, so "80k" or "70 thousand" finds the 70,000 to 80,000 figure through the
 * normaliser's numbers (search-text.ts).
 */
import type { FigureView } from '../figures/figure-views.ts';
import type { SearchDocument } from './search-index.ts';

/** As in search-documents.ts: a title says most, a wording as much as a name, who cites it less. */
const WEIGHT = { title: 5, wording: 4, speaker: 3, text: 2, context: 1 } as const;

export function buildFigureDocuments(figures: readonly FigureView[]): SearchDocument[] {
  return figures.map((figure): SearchDocument => ({
    kind: 'figure',
    title: figure.title,
    text: figure.citations.map((citation) => `“${citation.wording}” (${citation.outlet})`).join('; '),
    href: figure.href,
    meta: `Figure, in ${figure.unit}`,
    fields: [
      { text: figure.title, weight: WEIGHT.title },
      { text: figure.unit, weight: WEIGHT.context },
      ...figure.citations.flatMap((citation) => [
        { text: citation.wording, weight: WEIGHT.wording },
        { text: citation.speakerName, weight: WEIGHT.speaker },
        { text: citation.outlet, weight: WEIGHT.context },
        { text: citation.period ?? '', weight: WEIGHT.text },
        { text: citation.basis ?? '', weight: WEIGHT.context },
      ]),
    ],
  }));
}
