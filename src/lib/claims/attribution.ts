/** How an article attributes quoted words, and how the site names each kind. */
export const ATTRIBUTION_LABELS = {
  direct: 'Direct quote',
  reported: 'Reported speech',
  unnamed: 'Unnamed sources',
  outlet: 'The outlet’s own framing',
} as const;

export type Attribution = keyof typeof ATTRIBUTION_LABELS;

export const ATTRIBUTION_KINDS = Object.keys(ATTRIBUTION_LABELS) as [Attribution, ...Attribution[]];
