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
