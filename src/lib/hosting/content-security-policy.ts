/**
 * The site's Content-Security-Policy, defined once. Astro writes it into a `<meta>` at the top of
 * every page, adding `script-src` and `style-src` with the hashes of the inline scripts and styles
 * it emitted; the static host sends the header form (`headerPolicy`) with every response.
 */
import { createHash } from 'node:crypto';

/**
 * What every page may load, besides Astro's `script-src` and `style-src`: only its own files
 * (`default-src` also covers fonts, media, manifests and workers), no plugins, no `<base>` that
 * could redirect relative links, forms that submit only to the site (the search box is a GET form
 * to /search/), no frames, images from the site or inline `data:` URLs, and requests only to the
 * site (the search index).
 */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "img-src 'self' data:",
  "connect-src 'self'",
] as const;

/** Directives a `<meta>` policy may not carry (browsers ignore them there, with a console error). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * Directives the header leaves to the `<meta>` policy. A browser enforces both policies, so a
 * resource loads only if each allows it, and the header's policy must allow every inline script and
 * style the pages carry. Their hashes differ from page to page; the site-wide union is already about
 * 1,800 characters and grows with every inline style, past the 2,000 characters Cloudflare Pages
 * allows on one `_headers` line. And `default-src` in the header without `script-src`/`style-src`
 * would stand in for them and refuse every inline script and style. So the header says nothing about
 * scripts and styles, and the page's own policy, which lists exactly its hashes, governs them.
 */
export const META_ONLY_DIRECTIVES = ['default-src', 'script-src', 'style-src'] as const;

/** A policy's directives by lower-case name, each with its sources; for a repeated directive the first counts, as in browsers. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** Joins directives into one policy string, as a header or `<meta content>` carries it. */
export function formatPolicy(directives: readonly string[]): string {
  return directives.join('; ');
}

/** The policy the host sends as a header: the page directives not left to the `<meta>`, and those only a header can carry. */
export function headerPolicy(pageDirectives: readonly string[] = PAGE_DIRECTIVES): string {
  const leftToMeta: readonly string[] = META_ONLY_DIRECTIVES;
  const kept = pageDirectives.filter((directive) => !leftToMeta.includes(directive.split(/\s/u, 1)[0]?.toLowerCase() ?? ''));
  return formatPolicy([...kept, ...HEADER_ONLY_DIRECTIVES]);
}

/** The CSP source that allows an inline script or style with exactly this text (`sha256-…`, the algorithm Astro uses). */
export function inlineHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
