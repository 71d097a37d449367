/**
 * What search engines are told: which built pages the sitemap lists, and the robots.txt that points
 * at it. A page is listed when it is an HTML page that does not ask to be left out of the index
 * (BaseLayout's `<meta name="robots" content="noindex">`: the 404 page, a renamed claim's old
 * address, a tombstone); the captures, feeds, images and search files are not pages.
 */

/** The sitemap index @astrojs/sitemap writes at the root of the site. */
export const SITEMAP_PATH = '/sitemap-index.xml';

/** Whether a page's HTML asks search engines to leave it out (`noindex` in its robots meta). */
export function isNoindex(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/giu)) {
    if (/\sname=["']?robots["'\s>]/iu.test(tag) && /\scontent=["'][^"']*\bnoindex\b/iu.test(tag)) return true;
  }
  return false;
}

/**
 * Where the HTML of a page address is in the build output (Astro's `directory` format), or
 * undefined for an address that is not a page (a file such as /claims/feed.xml).
 */
export function pageFileOf(pathname: string): string | undefined {
  if (!pathname.endsWith('/')) return undefined;
  return `${pathname}index.html`.replace(/^\//u, '');
}

/** The robots.txt of a site published at `siteUrl`: every crawler may read everything, and where the sitemap is. */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(SITEMAP_PATH, siteUrl).href}`, ''].join('\n');
}
