/**
 * The items of the claims feed: one per claim, linking to its permanent address, described only in
 * the claim's own words as its page shows them (its statement, and each side's summary under the
 * site's column label, or "No position stated in these sources."), as plain text.
 *
 * No item has a publication date: the content gives a claim none, and the date a claim file entered
 * the repository says when it was written, not when it was published. RSS 2.0 makes `pubDate`
 * optional, so none is made up.
 */
import type { ClaimView } from '../claims/claim-views.ts';
import { NO_POSITION_STATED, SIDE_LABELS } from '../claims/sides.ts';

export interface ClaimFeedItem {
  title: string;
  /** The claim's permanent address, absolute. */
  link: string;
  description: string;
}

/** What one side says of a claim, as its column's summary reads on the page. */
function describeSide(position: ClaimView['positions'][number]): string {
  const label = SIDE_LABELS[position.side].name;
  if (!position.stated) return `${label}: ${NO_POSITION_STATED}`;
  return `${label}: ${position.summary.map((item) => `${item.lead} ${item.says}`).join(' ')}`;
}

/** One feed item per claim, in the order given. */
export function claimFeedItems(claims: readonly ClaimView[], siteUrl: string): ClaimFeedItem[] {
  return claims.map((claim) => ({
    title: claim.title,
    link: new URL(claim.href, siteUrl).href,
    description: [claim.statement, ...claim.positions.map(describeSide)].join('\n\n'),
  }));
}
