/**
 * The site's public address, read from the environment: canonical links, citations, permalinks and
 * anything else that names the site in full are built from it.
 */

/** The environment variable that holds the address the site is published at. */
export const SITE_URL_VARIABLE = 'PARALLAX_SITE_URL';

/**
 * The address when the variable is not set: where `npm start` serves the build, so that a local
 * build's canonical links and citations lead to the pages being read.
 */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** Environment variables that the named static hosts set in their builds, where the local address is surely wrong. */
const HOST_BUILDS: readonly { variable: string; value: string; host: string }[] = [
  { variable: 'NETLIFY', value: 'true', host: 'Netlify' },
  { variable: 'CF_PAGES', value: '1', host: 'Cloudflare Pages' },
];

/** The resolved address (an origin, no trailing slash), or why the environment does not give one. */
export type SiteUrl = { ok: true; url: string; fromDefault: boolean } | { ok: false; message: string };

const EXAMPLE = 'https://parallax.example.org';

function why(value: string): string | undefined {
  if (value.trim() === '') return 'it is empty';
  if (!URL.canParse(value)) return 'it is not an absolute URL';
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `it uses ${url.protocol} instead of http: or https:`;
  if (url.username !== '' || url.password !== '') return 'it has a user name or password';
  if (url.pathname !== '/') return `it has the path ${url.pathname} (Parallax is served from the root of its domain)`;
  if (url.search !== '' || value.includes('?')) return 'it has a query';
  if (url.hash !== '' || value.includes('#')) return 'it has a fragment';
  return undefined;
}

/** Reads the site's address from `env` (the process environment), checking that it is an http(s) origin. */
export function resolveSiteUrl(env: Readonly<Record<string, string | undefined>>): SiteUrl {
  const value = env[SITE_URL_VARIABLE];
  if (value === undefined) {
    const host = HOST_BUILDS.find((build) => env[build.variable] === build.value);
    if (host) {
      return {
        ok: false,
        message: `${SITE_URL_VARIABLE} is not set, and this build runs on ${host.host}: set it to the address the site is published at, such as ${EXAMPLE}; otherwise canonical links and citations would point at ${LOCAL_SITE_URL}.`,
      };
    }
    return { ok: true, url: LOCAL_SITE_URL, fromDefault: true };
  }
  const problem = why(value);
  if (problem) {
    return {
      ok: false,
      message: `${SITE_URL_VARIABLE} must be the address the site is published at: an absolute http:// or https:// URL with no path, query or fragment, such as ${EXAMPLE}. It is "${value}", but ${problem}.`,
    };
  }
  return { ok: true, url: new URL(value).origin, fromDefault: false };
}
