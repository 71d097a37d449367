/**
 * Ready-made citations of a claim or a quote: plain text with the permanent URL, the version date,
 * and the article the words come from, so readers do not have to assemble them.
 */
import { describeOutlet } from '../claims/voices.ts';

export interface QuoteCitationInput {
  speaker: string;
  /** The media the article credits for passing the words on, nearest the speaker first. */
  relays?: readonly string[] | undefined;
  attribution: string;
  headline: string;
  outlet: string;
  /** What the provenance notes add about the outlet ("wire copy, IANS"). */
  outletNote?: string | undefined;
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

export interface ArticleCitationInput {
  /** The author as printed, or undefined where none is named. */
  author?: string | undefined;
  headline: string;
  outlet: string;
  outletNote?: string | undefined;
  /** The article's date as printed, described ("November 10, 2025 (article date)", "None printed"). */
  articleDate: string;
  /** The outlet's own address of the article, where known. */
  originalUrl?: string | undefined;
  /** The absolute URL of Parallax's copy. */
  url: string;
  version: string;
}

const SITE = 'Parallax';

function dateClause(articleDate: string): string {
  return articleDate === 'None printed' ? 'no date printed' : articleDate;
}

/**
 * "Speaker, via Relay, attribution, in “Headline”, Outlet (note), date. Quoted in Parallax, “Claim”,
 * URL (version of …)." The relay stays with the speaker: the words are the speaker's as the relay
 * passed them on.
 */
export function citeQuote(input: QuoteCitationInput): string {
  const voice = [input.speaker, ...(input.relays ?? []).map((relay) => `via ${relay}`)].join(', ');
  const outlet = describeOutlet({ outlet: input.outlet, outletNote: input.outletNote });
  return `${voice}, ${input.attribution.toLowerCase()}, in “${input.headline}”, ${outlet}, ${dateClause(input.articleDate)}. Quoted in ${SITE}, “${input.claimTitle}”, ${input.url} (version of ${input.version}).`;
}

/** "Parallax, “Claim”, URL (version of …). From articles in Outlet, Outlet." */
export function citeClaim(input: ClaimCitationInput): string {
  const sources = input.outlets.length === 0 ? '' : ` From articles in ${input.outlets.join(', ')}.`;
  return `${SITE}, “${input.claimTitle}”, ${input.url} (version of ${input.version}).${sources}`;
}

/**
 * "Author, “Headline”, Outlet (note), date, original URL. Copy in Parallax, URL (version of …)."
 * What the provenance does not record is said, not filled in: no author where none is named.
 */
export function citeArticle(input: ArticleCitationInput): string {
  const author = input.author === undefined ? '' : `${input.author}, `;
  const outlet = describeOutlet({ outlet: input.outlet, outletNote: input.outletNote });
  const original = input.originalUrl === undefined ? 'original address not known' : input.originalUrl;
  return `${author}“${input.headline}”, ${outlet}, ${dateClause(input.articleDate)}, ${original}. Copy in ${SITE}, ${input.url} (version of ${input.version}).`;
}
