/**
 * Assembles `/data/claims.json` from the claim views the pages show, so the export holds exactly what
 * the site holds: the same quotes, placed in the same part of the same claim, credited to the same
 * speaker through the same relays. Pure: it takes plain data and the site's address, and gives the
 * same output for the same input, so a build is byte-reproducible (no dates, no counters).
 *
 * Each fact appears once, where it belongs: a quote carries the ids and names a reader of one
 * record needs (speaker, relays, outlet), and the rest (roles, kinds, provenance) is in `people`
 * and `articles`, by id.
 */
import type { ClaimsExport, ExportArticle, ExportClaim, ExportPerson, ExportQuote } from '../../schemas/claims-export.ts';
import { CLAIMS_EXPORT_FORMAT_VERSION } from '../../schemas/claims-export.ts';
import { groupByTopic, type ClaimView, type PersonInfo, type PositionView, type QuoteView } from '../claims/claim-views.ts';
import type { AuthorField, DateField } from '../sources/provenance.ts';
import { DATA_PAGE_PATH } from './data-files.ts';

/** An article as the export needs it: its copy's provenance fields, as the content records them. */
export interface ExportArticleSource {
  slug: string;
  href: string;
  outlet: string;
  outletNote?: string | undefined;
  headline: string;
  author: AuthorField;
  date: Pick<DateField, 'printed' | 'iso'>;
  /** The original address, or "not known". */
  url: string;
  captureHref: string;
  capture: { sha256: string };
}

export interface ClaimsExportInput {
  /** The site's address, an origin without a trailing slash; every URL in the export starts with it. */
  site: string;
  claims: readonly ClaimView[];
  articles: readonly ExportArticleSource[];
  people: readonly PersonInfo[];
}

/** Whose the words are, stated in the file itself so that it says so wherever it is copied. */
export const EXPORT_RIGHTS =
  'The quoted words belong to the outlets that published them (each quote names its article); Parallax reproduces them, unchanged, for comparison and commentary. Parallax adds the selection of claims and quotes, their placement under each side or apart from both, the attribution of each quote to its speaker and relays, the summaries, the notes and the links.';

function exportQuote(quote: QuoteView, absolute: (path: string) => string): ExportQuote {
  return {
    id: quote.id,
    url: absolute(quote.href),
    text: quote.text,
    attribution: quote.attribution,
    speaker: { id: quote.speaker.id, name: quote.speaker.name },
    relays: quote.relays.map((relay, index) => {
      const words = quote.relayWords[index];
      if (words === undefined) throw new Error(`quote "${quote.id}": relay "${relay.id}" has no words`);
      return { id: relay.id, name: relay.name, words };
    }),
    article: { id: quote.article.slug, outlet: quote.article.outlet, headline: quote.article.headline },
    paragraph: { id: quote.paragraphId, url: absolute(quote.paragraphHref) },
    originalUrl: quote.originalHref ?? null,
    note: quote.note ?? null,
  };
}

function exportPosition(position: PositionView, absolute: (path: string) => string): ExportClaim['positions']['pakistan'] {
  return {
    stated: position.stated,
    summary: position.summary.map((item) => ({ says: item.says, quotes: [...item.quoteIds] })),
    quotes: position.quotes.map((quote) => exportQuote(quote, absolute)),
    accounts: position.accounts.map((quote) => exportQuote(quote, absolute)),
  };
}

function positionOf(claim: ClaimView, side: PositionView['side']): PositionView {
  const position = claim.positions.find((candidate) => candidate.side === side);
  if (!position) throw new Error(`claim "${claim.id}": no position for ${side}`);
  return position;
}

function exportClaim(claim: ClaimView, absolute: (path: string) => string): ExportClaim {
  return {
    id: claim.id,
    url: absolute(claim.href),
    title: claim.title,
    statement: claim.statement,
    topic: { id: claim.topic.id, title: claim.topic.title },
    positions: {
      pakistan: exportPosition(positionOf(claim, 'pakistan'), absolute),
      taliban: exportPosition(positionOf(claim, 'taliban'), absolute),
    },
    framing: claim.framing.flatMap((group) => group.quotes.map((quote) => exportQuote(quote, absolute))),
    related: claim.related.map((related) => related.id),
  };
}

function exportArticle(article: ExportArticleSource, absolute: (path: string) => string): ExportArticle {
  return {
    id: article.slug,
    url: absolute(article.href),
    outlet: article.outlet,
    outletNote: article.outletNote ?? null,
    headline: article.headline,
    author: article.author === 'not named' ? null : { name: article.author.name, role: article.author.role ?? null },
    date: { printed: article.date.printed === 'none printed' ? null : article.date.printed, iso: article.date.iso ?? null },
    originalUrl: article.url === 'not known' ? null : article.url,
    capture: { url: absolute(article.captureHref), sha256: article.capture.sha256 },
  };
}

function exportPerson(person: PersonInfo): ExportPerson {
  return {
    id: person.id,
    name: person.name,
    kind: person.kind,
    side: person.side,
    roles: person.roles.map((role) => ({ text: role.text, article: role.article })),
  };
}

/** The whole export: claims by topic then in the order given, articles in the order given, people by name. */
export function buildClaimsExport(input: ClaimsExportInput): ClaimsExport {
  const absolute = (path: string) => new URL(path, input.site).href;
  const people = [...input.people].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
  return {
    formatVersion: CLAIMS_EXPORT_FORMAT_VERSION,
    site: new URL(input.site).origin,
    documentation: absolute(DATA_PAGE_PATH),
    rights: EXPORT_RIGHTS,
    claims: groupByTopic(input.claims).flatMap((group) => group.claims.map((claim) => exportClaim(claim, absolute))),
    articles: input.articles.map((article) => exportArticle(article, absolute)),
    people: people.map(exportPerson),
  };
}

/** The file as published: two-space indented, so that a diff between two versions reads line by line. */
export function serializeClaimsExport(data: ClaimsExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Every quote of the export with where it stands: the claim, the part (`quotes`, `accounts`, `framing`) and the side. */
export interface PlacedQuote {
  claim: ExportClaim;
  part: 'quotes' | 'accounts' | 'framing';
  side: 'pakistan' | 'taliban' | null;
  quote: ExportQuote;
}

/** The quotes in file order: each claim's Pakistan then Taliban quotes, then their accounts, then the framing. */
export function placedQuotes(data: Pick<ClaimsExport, 'claims'>): PlacedQuote[] {
  const sides = ['pakistan', 'taliban'] as const;
  return data.claims.flatMap((claim) => [
    ...sides.flatMap((side) => claim.positions[side].quotes.map((quote) => ({ claim, part: 'quotes' as const, side, quote }))),
    ...sides.flatMap((side) => claim.positions[side].accounts.map((quote) => ({ claim, part: 'accounts' as const, side, quote }))),
    ...claim.framing.map((quote) => ({ claim, part: 'framing' as const, side: null, quote })),
  ]);
}
