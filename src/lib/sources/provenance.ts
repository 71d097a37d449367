/**
 * How an article copy's provenance reads on the page. The sources' gaps stay gaps: "not known",
 * "not named" and "none printed" are shown as such, never filled in.
 */

/** The author as the content records it. */
export type AuthorField = 'not named' | { name: string; role?: string | undefined; byline?: string | undefined };

/** The date as the content records it. */
export interface DateField {
  printed: string;
  kind?: 'article date' | 'page date' | undefined;
  iso?: string | undefined;
  note?: string | undefined;
}

/** Capitalises the first letter, for a value shown on its own ("Not known"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The author line: the byline as printed, or name and role, or "Not named". */
export function describeAuthor(author: AuthorField): string {
  if (author === 'not named') return 'Not named';
  if (author.byline !== undefined) return author.byline;
  return author.role === undefined ? author.name : `${author.name}, ${author.role}`;
}

/** The date as printed with what kind of date it is ("Saturday, 08 November 2025 (page date)"), or "None printed". */
export function describeDate(date: DateField): string {
  if (date.printed === 'none printed') return 'None printed';
  return date.kind === undefined ? date.printed : `${date.printed} (${date.kind})`;
}

/** Shortens a SHA-256 digest for display; the full digest stays in the title and in the data. */
export function shortDigest(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}
