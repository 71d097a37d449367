/**
 * Ready-made citations of a claim or a quote: plain text with the permanent URL, the version date,
 * and the article the words come from, so readers do not have to assemble them.
 */

export interface QuoteCitationInput {
  speaker: string;
  attribution: string;
  headline: string;
  outlet: string;
  /** The article's date as printed, described ("November 10, 2025 (article date)", "None printed"). */
  articleDate: string;
  claimTitle: string;
  /** The quote's permanent, absolute URL. */
  url: string;
  /** The site version being cited, e.g. "23 November 2026". */
  version: string;
}

export interface ClaimCitationInput {
  claimTitle: string;
  url: string;
  version: string;
  /** The outlets whose articles the claim quotes. */
  outlets: readonly string[];
}

const SITE = 'Parallax';

function dateClause(articleDate: string): string {
  return articleDate === 'None printed' ? 'no date printed' : articleDate;
}

/** "Speaker, attribution, in “Headline”, Outlet, date. Quoted in Parallax, “Claim”, URL (version of …)." */
export function citeQuote(input: QuoteCitationInput): string {
  return `${input.speaker}, ${input.attribution.toLowerCase()}, in “${input.headline}”, ${input.outlet}, ${dateClause(input.articleDate)}. Quoted in ${SITE}, “${input.claimTitle}”, ${input.url} (version of ${input.version}).`;
}

/** "Parallax, “Claim”, URL (version of …). From articles in Outlet, Outlet." */
export function citeClaim(input: ClaimCitationInput): string {
  const sources = input.outlets.length === 0 ? '' : ` From articles in ${input.outlets.join(', ')}.`;
  return `${SITE}, “${input.claimTitle}”, ${input.url} (version of ${input.version}).${sources}`;
}
