/**
 * Turns the figures into search documents, one per figure, linked to its entry on /figures/: its
 * every wording is searched, so "80k" or "70 thousand" finds the 70,000 to 80,000 figure through the
 * normaliser's numbers (search-text.ts).
 */
import type { FigureView } from '../figures/figure-views.ts';
import type { SearchDocument } from './search-index.ts';

/**
 * As in search-documents.ts: a title says most, a wording as much as a name. Who cites a figure, on
 * what basis and for which period are left to its entry: the search page's first query has a byte
 * budget, and the quotes and paragraphs that hold the wordings already find those words.
 */
const WEIGHT = { title: 5, wording: 4 } as const;

export function buildFigureDocuments(figures: readonly FigureView[]): SearchDocument[] {
  return figures.map((figure): SearchDocument => ({
    kind: 'figure',
    title: figure.title,
    text: figure.citations.map((citation) => `“${citation.wording}”`).join('; '),
    href: figure.href,
    meta: figure.outlets.join(', '),
    fields: [
      { text: figure.title, weight: WEIGHT.title },
      ...figure.citations.map((citation) => ({ text: citation.wording, weight: WEIGHT.wording })),
    ],
  }));
}
