/**
 * What each link-preview card says, taken only from what the pages themselves show: a claim's title
 * and, for each side under the site's own column label, its first summary item (speaker, outlet and
 * their words as the claim file holds them) with the outlets of all its statements; an article's
 * headline verbatim, its outlet and its printed date. The sides get the same structure in the same
 * order, and a side with nothing of its own says so in the site's words.
 */
import type { ClaimView } from '../claims/claim-views.ts';
import { NO_POSITION_STATED, SIDE_LABELS } from '../claims/sides.ts';
import { describeDate, type DateField } from '../sources/provenance.ts';
import { SITE_PREVIEW_PATH, articlePreviewPath, claimPreviewPath } from './preview-paths.ts';
import { truncateText } from './text-fit.ts';

/** One side's part of a claim card. */
export interface CardColumn {
  heading: string;
  text: string;
  /** How many statements the side has on the page and from which outlets; none when it has none. */
  note: string | undefined;
}

export interface PreviewCard {
  /** The small line above the title: what kind of page this is, or the article's outlet. */
  kicker: string;
  title: string;
  /** Under the title: a claim's two sides, side by side. */
  columns: CardColumn[];
  /** Under the title, full width: an article's date line, the home page's description. */
  lines: string[];
  /** The page's address without its scheme, so the card says where it leads. */
  address: string;
}

const distinct = (values: readonly string[]) => [...new Set(values)];

function addressOf(siteUrl: string, path: string): string {
  const url = new URL(path, siteUrl);
  return `${url.host}${url.pathname}`;
}

/** The card of a claim page. */
export function claimCard(claim: ClaimView, siteUrl: string): PreviewCard {
  const columns = claim.positions.map((position): CardColumn => {
    const heading = SIDE_LABELS[position.side].name;
    const [first] = position.summary;
    if (!position.stated || !first) return { heading, text: NO_POSITION_STATED, note: undefined };
    const outlets = distinct(position.quotes.map((quote) => quote.article.outlet));
    const count = position.summary.length;
    return { heading, text: `${first.lead} ${first.says}`, note: `${count} ${count === 1 ? 'statement' : 'statements'}, from ${outlets.join(', ')}` };
  });
  return { kicker: 'Parallax · What each side says', title: claim.title, columns, lines: [], address: addressOf(siteUrl, claim.href) };
}

/** What an article card needs of the article, as its page shows it. */
export interface ArticleCardInput {
  slug: string;
  href: string;
  outlet: string;
  outletNote?: string | undefined;
  headline: string;
  /** The date as the content records it; shown as the article page shows it ("None printed" where there is none). */
  date: DateField;
}

/** The card of an article page: the headline exactly as captured, the outlet and the printed date. */
export function articleCard(article: ArticleCardInput, siteUrl: string): PreviewCard {
  return {
    kicker: article.outletNote === undefined ? article.outlet : `${article.outlet} (${article.outletNote})`,
    title: article.headline,
    columns: [],
    lines: [`Date: ${describeDate(article.date)}`, 'A copy of the article, with its provenance, on Parallax'],
    address: addressOf(siteUrl, article.href),
  };
}

/** The card of the home page, and of every page that has none of its own. */
export function siteCard(site: { name: string; headline: string; description: string; url: string }): PreviewCard {
  return { kicker: site.name, title: site.headline, columns: [], lines: [site.description], address: addressOf(site.url, '/') };
}

/** Every piece of text a card shows, for its alt text and for the check that the fonts cover it. */
export function cardText(card: PreviewCard): string[] {
  return [card.kicker, card.title, ...card.columns.flatMap((column) => [column.heading, column.text, column.note ?? '']), ...card.lines, card.address].filter((text) => text !== '');
}

/** What a page's Open Graph and Twitter card meta say of its preview. */
export interface PagePreview {
  /** `article` for a claim or an article, `website` for the rest. */
  type: 'article' | 'website';
  /** The card's path on the site. */
  image: string;
  /** What the card shows, in words. */
  imageAlt: string;
}

/** Twitter reads at most 420 characters of an image's alt text. */
const ALT_LIMIT = 420;

/** The alt text of a card: everything it shows but its address, as sentences. */
export function cardAltText(card: PreviewCard): string {
  const parts = [card.title, ...card.columns.map((column) => `${column.heading}: ${column.text}`), ...card.lines];
  return truncateText(parts.map((part) => (/[.!?…]$/u.test(part) ? part : `${part}.`)).join(' '), ALT_LIMIT);
}

/** The preview of a claim's page. */
export function claimPreview(claim: ClaimView, siteUrl: string): PagePreview {
  return { type: 'article', image: claimPreviewPath(claim.id), imageAlt: cardAltText(claimCard(claim, siteUrl)) };
}

/** The preview of an article's page. */
export function articlePreview(article: ArticleCardInput, siteUrl: string): PagePreview {
  return { type: 'article', image: articlePreviewPath(article.slug), imageAlt: cardAltText(articleCard(article, siteUrl)) };
}

/** The preview of the home page, and of every page without one of its own. */
export function sitePreview(site: Parameters<typeof siteCard>[0]): PagePreview {
  return { type: 'website', image: SITE_PREVIEW_PATH, imageAlt: cardAltText(siteCard(site)) };
}
