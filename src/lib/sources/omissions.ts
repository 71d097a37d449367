/**
 * Kinds of page furniture that the article copies leave out, with the words the site uses for them.
 * The kind is recorded with the exact text of every left-out piece, so a reader can see the copy is
 * faithful and what it does not reproduce.
 */
export const OMISSION_KINDS = {
  navigation: 'Navigation and page labels',
  'site-branding': 'Site name and logo',
  advertisement: 'Advertisements',
  'related-story': 'Teasers for other stories',
  'comment-prompt': 'Comment prompts',
  'donation-appeal': 'Donation appeals and bank details',
  'social-media-link': 'Social-media profile links',
  'view-counter': 'View counters',
  'reading-time': 'Reading-time labels',
  'audio-player': 'Audio player controls',
  'repeated-headline': 'The headline, repeated by the page',
  'author-profile': 'Author profile (photo and biography)',
} as const;

export type OmissionKind = keyof typeof OMISSION_KINDS;

export const OMISSION_KIND_NAMES = Object.keys(OMISSION_KINDS) as [OmissionKind, ...OmissionKind[]];

/** One left-out piece of the captured page. */
export interface Omission {
  kind: OmissionKind;
  text: string;
}

/** A group of identical left-out pieces, for display ("Advertisement", 4 times). */
export interface OmissionGroup {
  kind: OmissionKind;
  label: string;
  text: string;
  times: number;
}

/** Groups identical omissions, keeping the order in which each first appears. */
export function groupOmissions(omissions: readonly Omission[]): OmissionGroup[] {
  const groups = new Map<string, OmissionGroup>();
  for (const { kind, text } of omissions) {
    const key = `${kind}\u0000${text}`;
    const group = groups.get(key);
    if (group) group.times += 1;
    else groups.set(key, { kind, label: OMISSION_KINDS[kind], text, times: 1 });
  }
  return [...groups.values()];
}

/** Kinds that are short labels of the page ("Advertisement", "8 min read", a link), never prose. */
const LABEL_KINDS: ReadonlySet<OmissionKind> = new Set([
  'navigation',
  'site-branding',
  'advertisement',
  'comment-prompt',
  'social-media-link',
  'view-counter',
  'reading-time',
  'audio-player',
]);

/** The longest line a label kind holds; a longer line is a paragraph, not page furniture. */
export const LONGEST_LABEL = 100;

/** Why a recorded omission looks like the article's own text rather than page furniture. */
export type OmissionDoubt =
  | { reason: 'long-label'; line: string; length: number }
  | { reason: 'not-the-headline' };

/**
 * Doubts about one omission: a paragraph of the article moved into `omitted` stays accounted for,
 * so the text checks cannot see it. A label kind holding a long line, or a repeated headline that is
 * not the headline, is the sign of it. `headline` is left out when it is not known.
 */
export function findOmissionDoubts(omission: Omission, headline?: string): OmissionDoubt[] {
  const lines = omission.text.split(/\r?\n/u).map((line) => line.trim());
  if (omission.kind === 'repeated-headline') {
    return headline === undefined || lines.filter((line) => line.length > 0).every((line) => line === headline.trim()) ? [] : [{ reason: 'not-the-headline' }];
  }
  if (!LABEL_KINDS.has(omission.kind)) return [];
  return lines.flatMap((line) => {
    const length = Array.from(line).length;
    return length > LONGEST_LABEL ? [{ reason: 'long-label' as const, line, length }] : [];
  });
}
