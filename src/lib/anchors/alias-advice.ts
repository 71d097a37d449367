/**
 * What to tell an editor whose change lost a published link: the alias entries that keep it working,
 * written exactly as content/aliases.yaml takes them (a flat list), ready to paste.
 */

/** One alias entry, as suggested; a `to` or `note` the editor must still choose is written as a placeholder. */
export interface SuggestedAlias {
  from: string;
  change: 'renamed' | 'merged' | 'withdrawn' | 'moved';
  to?: string | undefined;
  /** The tombstone's note; an empty one is written as `""` for the editor to fill in (it fails the check until then). */
  note?: string | undefined;
  quotes?: readonly { id: string; article: string; text: string }[] | undefined;
  /** Advice shown as a YAML comment above the entry. */
  comment?: string | undefined;
}

/** What keeps a set of lost links working: alias entries, and the links no alias can keep. */
export interface LostAnchorAdvice {
  entries: SuggestedAlias[];
  /** Links that only putting their target back can keep (an article, a topic, a page section). */
  unaliasable: string[];
}

/** A placeholder in a suggested entry: the check rejects it until the editor writes the real value. */
export const placeholder = (what: string) => `<${what}>`;

/** A YAML scalar: plain where that reads the same, double-quoted (JSON escapes) otherwise. */
function scalar(value: string): string {
  return /^[/A-Za-z0-9<][A-Za-z0-9 /#<>._-]*$/u.test(value) && !value.endsWith(' ') && !value.includes(' #') ? value : JSON.stringify(value);
}

/** The entries as content/aliases.yaml lists them, dated `date` (YYYY-MM-DD). */
export function formatAliasEntries(entries: readonly SuggestedAlias[], date: string): string {
  return entries
    .map((entry) => {
      const lines: string[] = [];
      if (entry.comment !== undefined) lines.push(`# ${entry.comment}`);
      lines.push(`- from: ${entry.from}`, `  change: ${entry.change}`);
      if (entry.to !== undefined) lines.push(`  to: ${scalar(entry.to)}`);
      lines.push(`  date: ${date}`);
      if (entry.note !== undefined) lines.push(entry.note === '' ? '  note: ""  # say why, in a sentence the tombstone page shows' : `  note: ${scalar(entry.note)}`);
      if (entry.quotes !== undefined && entry.quotes.length > 0) {
        lines.push('  quotes:');
        for (const quote of entry.quotes) lines.push(`    - id: ${quote.id}`, `      article: ${quote.article}`, `      text: ${JSON.stringify(quote.text)}`);
      }
      return lines.join('\n');
    })
    .join('\n');
}

const CLAIM_PAGE = /^\/claims\/([a-z0-9-]+)\/$/u;
const CLAIM_FRAGMENT = /^\/claims\/([a-z0-9-]+)\/#(.+)$/u;
const ARTICLE_FRAGMENT = /^\/articles\/([a-z0-9-]+)\/#(p-.+)$/u;

/** The advice the shape of the links alone allows: an entry per lost claim, quote and paragraph, with placeholders for where they went. */
export function adviseFromLinks(lost: readonly string[]): LostAnchorAdvice {
  const lostSet = new Set(lost);
  const entries: SuggestedAlias[] = [];
  const unaliasable: string[] = [];
  for (const anchor of lost) {
    const claimPage = CLAIM_PAGE.exec(anchor);
    const claimFragment = CLAIM_FRAGMENT.exec(anchor);
    const articleFragment = ARTICLE_FRAGMENT.exec(anchor);
    if (claimPage) {
      entries.push({
        from: anchor,
        change: 'renamed',
        to: `/claims/${placeholder('new id')}/`,
        comment: 'renamed: its quotes keep their ids on the new page. Merged: change: merged, to: the claim it joined, and each quote moved. Withdrawn: change: withdrawn, no to:, a note: and the quotes: it keeps.',
      });
    } else if (claimFragment) {
      // A renamed claim's quotes come back with its page; a merged or withdrawn one's are listed there.
      if (!lostSet.has(`/claims/${claimFragment[1]}/`)) entries.push({ from: anchor, change: 'moved', to: `/claims/${placeholder('claim')}/#${placeholder('quote id that now holds these words')}` });
    } else if (articleFragment) {
      entries.push({ from: anchor, change: 'moved', to: `/articles/${articleFragment[1]}/#${placeholder('id of the paragraph that now holds these words')}` });
    } else {
      unaliasable.push(anchor);
    }
  }
  return { entries, unaliasable };
}

/** The message for lost links: each one, then the entries to paste and what no alias can keep. */
export function describeLostAnchors(lost: readonly string[], advice: LostAnchorAdvice, date: string): string {
  const one = lost.length === 1;
  const lines = [`The build no longer publishes ${lost.length} registered ${one ? 'anchor' : 'anchors'}; links to ${one ? 'it' : 'them'} would break:`, ...lost.map((anchor) => `  ${anchor}`)];
  if (advice.entries.length > 0) {
    lines.push(
      `Keep ${one ? 'it' : 'them'} working: add ${advice.entries.length === 1 ? 'this entry' : 'these entries'} to content/aliases.yaml (a list; if the file holds only [], replace the [] with ${advice.entries.length === 1 ? 'it' : 'them'}):`,
      '',
      formatAliasEntries(advice.entries, date),
      '',
    );
  }
  if (advice.unaliasable.length > 0) {
    lines.push(
      'No alias can keep these: only claims, quotes and article paragraphs can move. Put back what published them:',
      ...advice.unaliasable.map((anchor) => `  ${anchor}`),
    );
  }
  return lines.join('\n').trimEnd();
}

/** Today's date as an alias takes it (YYYY-MM-DD, UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
