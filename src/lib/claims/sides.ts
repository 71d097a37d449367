/**
 * The two sides, always in this order and always with the same structure, told apart by their
 * labels (never by colour alone). Pakistan comes first only because P precedes T.
 */
export const SIDE_ORDER = ['pakistan', 'taliban'] as const;

export type Side = (typeof SIDE_ORDER)[number];

export const SIDE_LABELS: Record<Side, { name: string; heading: string }> = {
  pakistan: { name: 'Pakistan', heading: 'What Pakistan says' },
  taliban: { name: 'Taliban', heading: 'What the Taliban say' },
};

/** Shown where the sources give a side nothing to say on a claim; the gap is not filled. */
export const NO_POSITION_STATED = 'No position stated in these sources.';
