/**
 * The two sides, always in this order and always with the same structure, told apart by their
 * labels (never by colour alone). Pakistan comes first only because P precedes T. Both are named
 * alike, as governments, so that a state is not paired with a movement (review, minor 14).
 */
export const SIDE_ORDER = ['pakistan', 'taliban'] as const;

export type Side = (typeof SIDE_ORDER)[number];

export const SIDE_LABELS: Record<Side, { name: string; heading: string }> = {
  pakistan: { name: 'Pakistan’s government', heading: 'What Pakistan’s government says' },
  taliban: { name: 'Afghanistan’s Taliban government', heading: 'What Afghanistan’s Taliban government says' },
};

/** Shown where the sources give a side nothing to say on a claim; the gap is not filled. */
export const NO_POSITION_STATED = 'No position stated in these sources.';

/** The heading of a side's accounts: its position as only others describe it. */
export const ACCOUNTS_HEADING = 'As others describe it';

/** The heading of a claim's third part, below both columns: outlets' and third parties' words. */
export const FRAMING_HEADING = 'How the articles frame it';

/** Where a quote stands on its claim page, in words, for listings away from the page. */
export function describePlacement(placement: 'side' | 'account' | 'framing', side: Side | undefined): string {
  if (placement === 'framing' || side === undefined) return `under “${FRAMING_HEADING}”`;
  if (placement === 'account') return `an account of the position of ${SIDE_LABELS[side].name}, by another speaker or outlet`;
  return `under “${SIDE_LABELS[side].heading}”`;
}
