/**
 * Element ids a claim page uses for its own parts. Quote ids share the page's id space (a quote is
 * linked as `/claims/<claim>/#<quote-id>`), so no quote may take one of these.
 */
export const CLAIM_PAGE_IDS = [
  'main-content',
  'claim-title',
  'claim-positions',
  'side-pakistan',
  'side-taliban',
  'side-pakistan-accounts',
  'side-taliban-accounts',
  'claim-framing',
  'claim-framing-title',
  'claim-coverage',
  'claim-coverage-title',
  'claim-related',
  'claim-related-title',
  'moved-title',
  'kept-title',
] as const;

/** True when `id` is taken by the claim page itself. */
export function isReservedOnClaimPage(id: string): boolean {
  return (CLAIM_PAGE_IDS as readonly string[]).includes(id);
}
