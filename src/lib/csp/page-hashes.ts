/**
 * Gives each page a Content-Security-Policy that allows only its own inline scripts and styles.
 * Astro writes the same `<meta>` policy into every page: in `script-src` and `style-src`, the hashes
 * of every inline script and style of the whole site (about 25, 1,200 characters that no compression
 * shrinks: 0.8 KB brotli on every page, a fifteenth of the page budget). A page needs only the hashes
 * of what it carries, usually three; the others allow nothing on it but code it does not have.
 *
 * Pure: takes and returns HTML text. The hashes are computed the way a browser checks them, over the
 * exact text between an inline `<script>` or `<style>` tag and its end tag, so a hash is kept exactly
 * when something on the page needs it, and nothing that ran before is refused.
 */
import { createHash } from 'node:crypto';

const POLICY_META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/giu;
/** Inline scripts (no `src`) and styles; their text is raw up to the first end tag, as browsers parse it. */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/giu;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/giu;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/u;

/** The hash sources (`'sha256-…'`) that allow each of `texts`, in each algorithm the policy uses. */
function hashSources(texts: readonly string[], algorithms: ReadonlySet<string>): Set<string> {
  const sources = new Set<string>();
  for (const algorithm of algorithms) {
    for (const text of texts) sources.add(`'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`);
  }
  return sources;
}

/** `policy` with only the hash sources of `script-src` and `style-src` that allow an inline script or style in `html`. */
export function keepOwnHashes(policy: string, html: string): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] as string);
  const styles = [...html.matchAll(INLINE_STYLE)].map((match) => match[1] as string);
  const algorithms = new Set([...policy.matchAll(/'(sha256|sha384|sha512)-/gu)].map((match) => match[1] as string));
  const allowed = { 'script-src': hashSources(scripts, algorithms), 'style-src': hashSources(styles, algorithms) };
  return policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/u);
      const own = allowed[name.toLowerCase() as keyof typeof allowed];
      if (!own) return directive.trim();
      return [name, ...sources.filter((source) => !HASH_SOURCE.test(source) || own.has(source))].join(' ');
    })
    .filter((directive) => directive !== '')
    .join('; ');
}

/** `html` with each `<meta>` Content-Security-Policy narrowed to the page's own inline scripts and styles (see `keepOwnHashes`). */
export function narrowPagePolicy(html: string): string {
  return html.replace(POLICY_META, (_whole, start: string, policy: string, end: string) => `${start}${keepOwnHashes(policy, html)}${end}`);
}
