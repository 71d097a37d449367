/**
 * What the comparison pages show: one statement in several outlets' words, the points on which the
 * articles disagree, and the glossary of names. Pure, like claim-views: plain data in, views out,
 * and an error for any id that points nowhere.
 */
import { describeWeekdays, formatCalendarDate } from '../sources/dates.ts';
import type { ArticleInfo, QuoteView } from './claim-views.ts';
import { matchQuote, type QuoteContext } from './quote-match.ts';
import { markDifferences, type DiffSegment } from './word-diff.ts';

/** A passage of an article, placed: its text and the paragraph it links to. */
export interface PassageView {
  article: ArticleInfo;
  text: string;
  paragraphId: string;
  paragraphHref: string;
}

export interface StatementView {
  id: string;
  title: string;
  /**
   * One per article: `quote` is its first quote (speaker, outlet, links), `quotes` all the quotes read
   * together as the rendering, and `segments` their words, marked where the others differ.
   */
  renderings: { quote: QuoteView; quotes: QuoteView[]; segments: DiffSegment[] }[];
}

/** One article's version of a disagreement, with a neutral note on a problem in the source, if any. */
export interface VersionView extends PassageView {
  note: string | undefined;
}

export interface DisagreementView {
  id: string;
  title: string;
  question: string;
  versions: VersionView[];
  /** The weekdays of the dates the entry lists, computed ("6 November 2025 was a Thursday; …"). */
  calendarNote: string | undefined;
  /** Set when the entry, once listed as a disagreement, turned out not to be one. */
  notADisagreement: { note: string; date: string; dateIso: string } | undefined;
}

/** Raw data of a disagreement entry, as content/disagreements/<id>.yaml gives it. */
export interface RawDisagreement {
  id: string;
  title: string;
  question: string;
  versions: readonly (RawPassage & { note?: string | undefined })[];
  calendar?: readonly string[] | undefined;
  notADisagreement?: { note: string; date: string } | undefined;
}

export interface GlossaryView {
  id: string;
  term: string;
  describedAs: PassageView[];
  variants: { text: string; usedIn: ArticleInfo[] }[];
}

export interface RawPassage {
  article: string;
  text: string;
  context?: QuoteContext | undefined;
}

/** Places a passage in its article: the paragraph it is in and the link to it; throws when it is not there. */
export function placePassage(articles: ReadonlyMap<string, ArticleInfo>, passage: RawPassage, where: string): PassageView {
  const article = articles.get(passage.article);
  if (!article) throw new Error(`${where}: article "${passage.article}" does not exist`);
  const match = matchQuote(article.paragraphs, passage.text, passage.context);
  if (!match.found) throw new Error(`${where}: text not found in article "${passage.article}" (${match.reason})`);
  return { article, text: passage.text, paragraphId: match.paragraphId, paragraphHref: `${article.href}#${match.paragraphId}` };
}

export function buildStatementViews(
  statements: readonly { id: string; title: string; renderings: readonly (string | readonly string[])[] }[],
  quotes: readonly QuoteView[],
): StatementView[] {
  const quotesById = new Map(quotes.map((quote) => [quote.id, quote]));
  return statements.map((statement) => {
    const where = `content/statements/${statement.id}.yaml`;
    const rendered = statement.renderings.map((rendering) => {
      const parts = (typeof rendering === 'string' ? [rendering] : rendering).map((id) => {
        const quote = quotesById.get(id);
        if (!quote) throw new Error(`${where}: quote "${id}" does not exist`);
        return quote;
      });
      const [first] = parts;
      if (!first) throw new Error(`${where}: a rendering names no quote`);
      return { quote: first, quotes: parts };
    });
    const segments = markDifferences(rendered.map(({ quotes: parts }) => parts.map((quote) => quote.text).join(' ')));
    return {
      id: statement.id,
      title: statement.title,
      renderings: rendered.map((rendering, index) => ({ ...rendering, segments: segments[index] ?? [] })),
    };
  });
}

/** Places every version of every entry, in the order given; throws on a version not in its article. */
export function buildDisagreementViews(disagreements: readonly RawDisagreement[], articles: readonly ArticleInfo[]): DisagreementView[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return disagreements.map((disagreement) => ({
    id: disagreement.id,
    title: disagreement.title,
    question: disagreement.question,
    versions: disagreement.versions.map((version, index) => ({
      ...placePassage(bySlug, version, `content/disagreements/${disagreement.id}.yaml: versions[${index}]`),
      note: version.note,
    })),
    calendarNote: disagreement.calendar === undefined ? undefined : describeWeekdays(disagreement.calendar),
    notADisagreement:
      disagreement.notADisagreement === undefined
        ? undefined
        : { note: disagreement.notADisagreement.note, date: formatCalendarDate(disagreement.notADisagreement.date), dateIso: disagreement.notADisagreement.date },
  }));
}

/**
 * Splits the entries into real disagreements and those that turned out not to be, each in the order
 * given: the second kind stays published at its address, listed apart, never as a disagreement.
 */
export function partitionDisagreements(views: readonly DisagreementView[]): { disagreements: DisagreementView[]; notDisagreements: DisagreementView[] } {
  return {
    disagreements: views.filter((view) => view.notADisagreement === undefined),
    notDisagreements: views.filter((view) => view.notADisagreement !== undefined),
  };
}

export function buildGlossaryViews(
  entries: readonly { id: string; term: string; describedAs?: readonly RawPassage[] | undefined; variants: readonly { text: string; usedIn: readonly string[] }[] }[],
  articles: readonly ArticleInfo[],
): GlossaryView[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return entries
    .map((entry) => {
      const where = `content/glossary/${entry.id}.yaml`;
      return {
        id: entry.id,
        term: entry.term,
        describedAs: (entry.describedAs ?? []).map((passage, index) => placePassage(bySlug, passage, `${where}: describedAs[${index}]`)),
        variants: entry.variants.map((variant) => ({
          text: variant.text,
          // Listed in the site's article order, whatever order the file gives.
          usedIn: articles.filter((article) => variant.usedIn.includes(article.slug)),
        })),
      };
    })
    .sort((a, b) => a.term.localeCompare(b.term, 'en'));
}
