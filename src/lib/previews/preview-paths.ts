/** Where each page's link-preview image is published (PNG, 1200×630, made at build time). */

/** The card of the home page, which every page without a card of its own shares. */
export const SITE_PREVIEW_PATH = '/og/site.png';

/** The path of a claim's card. */
export function claimPreviewPath(claimId: string): string {
  return `/og/claims/${claimId}.png`;
}

/** The path of an article's card. */
export function articlePreviewPath(slug: string): string {
  return `/og/articles/${slug}.png`;
}
