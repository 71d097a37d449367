/**
 * The corrections as pages show them: newest first, each linked to its claim and, for a quote, to
 * the quote's permanent address (which an alias keeps working after the quote is removed), with
 * the words that changed marked.
 */
import { markDifferences, type DiffSegment } from '../claims/word-diff.ts';
import { formatCalendarDate } from '../sources/dates.ts';
import type { RecordedChange, RecordedCorrection } from './correction-match.ts';

export interface CorrectionChangeView {
  /** What changed, as a reader reads it: "Summary reworded". */
  label: string;
  /** The quote concerned, with its permanent address. */
  quote?: { id: string; href: string } | undefined;
  /** Before and after, with the words not shared marked; only what the change has. */
  before?: DiffSegment[] | undefined;
  after?: DiffSegment[] | undefined;
  /** For a move: from where to where, in the page's words. */
  movedFrom?: string | undefined;
  movedTo?: string | undefined;
}

export interface CorrectionView {
  number: number;
  /** How the feed and search name it: "Correction 2: <claim title>". */
  title: string;
  /** Its fragment on /corrections/. */
  id: string;
  href: string;
  date: string;
  dateText: string;
  claim: { id: string; title: string; href: string };
  why: string;
  changes: CorrectionChangeView[];
}

/** Where a quote stands on a claim page, in the page's own words. */
export function describePlace(place: string): string {
  const side = /^positions\.(pakistan|taliban)\.(quotes|accounts)$/u.exec(place);
  if (side) return `${side[1] === 'pakistan' ? 'Pakistan' : 'The Taliban'}: ${side[2] === 'quotes' ? 'in its own words' : 'as others describe it'}`;
  return place === 'framing' ? 'How the articles frame it' : place;
}

const label = (kind: string) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;

function viewChange(claimHref: string, change: RecordedChange): CorrectionChangeView {
  const view: CorrectionChangeView = { label: label(change.kind) };
  if (change.quote !== undefined) view.quote = { id: change.quote, href: `${claimHref}#${change.quote}` };
  if (change.kind === 'quote moved') {
    view.movedFrom = change.before === undefined ? undefined : describePlace(change.before);
    view.movedTo = change.after === undefined ? undefined : describePlace(change.after);
    return view;
  }
  if (change.before !== undefined && change.after !== undefined) {
    const [before, after] = markDifferences([change.before, change.after]);
    view.before = before;
    view.after = after;
  } else if (change.before !== undefined) view.before = [{ text: change.before, differs: false }];
  else if (change.after !== undefined) view.after = [{ text: change.after, differs: false }];
  return view;
}

/** Every correction, newest first; `titles` gives each claim's title (a withdrawn claim's as it was published). */
export function buildCorrectionViews(corrections: readonly RecordedCorrection[], titles: ReadonlyMap<string, string>): CorrectionView[] {
  return [...corrections]
    .sort((a, b) => b.number - a.number)
    .map((correction) => {
      const href = `/claims/${correction.claim}/`;
      const claimTitle = titles.get(correction.claim) ?? correction.claim;
      return {
        number: correction.number,
        title: `Correction ${correction.number}: ${claimTitle}`,
        id: `correction-${correction.number}`,
        href: `/corrections/#correction-${correction.number}`,
        date: correction.date,
        dateText: formatCalendarDate(correction.date),
        claim: { id: correction.claim, title: claimTitle, href },
        why: correction.why,
        changes: correction.changes.map((change) => viewChange(href, change)),
      };
    });
}

/** The address of the corrections feed. */
export const CORRECTIONS_FEED = '/corrections/feed.xml';

/** A change's before or after words, unmarked. */
export const plainText = (segments: readonly DiffSegment[] | undefined) => segments?.map((segment) => segment.text).join('');

/** The feed's items: one per correction, its changes and reason in plain text. */
export function correctionFeedItems(corrections: readonly CorrectionView[]): { title: string; link: string; pubDate: Date; description: string }[] {
  return corrections.map((correction) => {
    const changes = correction.changes.map((change) => {
      const before = plainText(change.before);
      const after = plainText(change.after);
      const words = [before === undefined ? '' : `${after === undefined ? 'Removed' : 'Before'}: “${before}”`, after === undefined ? '' : `${before === undefined ? 'Added' : 'After'}: “${after}”`].filter(Boolean).join(' ');
      const move = change.movedFrom !== undefined ? ` from “${change.movedFrom}” to “${change.movedTo ?? ''}”` : '';
      return `${change.label}${change.quote ? ` (quote ${change.quote.id})` : ''}${move}${words === '' ? '' : `. ${words}`}`;
    });
    return {
      title: correction.title,
      link: correction.href,
      pubDate: new Date(`${correction.date}T00:00:00Z`),
      description: `${correction.why} ${changes.join('. ')}.`,
    };
  });
}
