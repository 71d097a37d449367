/**
 * The fixed words a figure's citation uses where an article says nothing, and the sides a figure can
 * be offered for: shared by the schema (src/schemas/figure.ts), the content check and the page.
 */

/** Written where the article gives the figure no basis of its own. */
export const NONE_STATED = 'none stated';
/** Written where the article gives the figure no period. */
export const NO_PERIOD = 'not stated';

/** Whom a citation is offered for: a side, or neither (outlets, analysts, traders). */
export const OFFERED_FOR = ['pakistan', 'taliban', 'third party'] as const;
export type OfferedFor = (typeof OFFERED_FOR)[number];
