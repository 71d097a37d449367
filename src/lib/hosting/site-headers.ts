/**
 * The HTTP headers Parallax asks a static host to send, as `_headers` rules (see headers-file.ts).
 * The rules are built from the top level of the build output, so that no two rules that match one
 * path set the same header: hosts merge such headers differently (headers-file.ts), and a page rule
 * under `/*` would lend its short `Cache-Control` to the hashed assets too.
 */
import { headerPolicy } from './content-security-policy.ts';
import type { HeaderRule } from './headers-file.ts';

/**
 * Browser features the site never uses, denied to it and to anything it might embed. Only names
 * Chromium knows: an unknown one costs a console error on every page ("Unrecognized feature").
 * `clipboard-write` is left at its default (this origin only): the copy-link buttons use it.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'window-management',
  'xr-spatial-tracking',
] as const;

/**
 * Headers for every response.
 * - `Referrer-Policy: no-referrer`: every link to an outlet already has `rel="noreferrer"`, so that
 *   no outlet learns which page of Parallax a reader came from; the header makes that hold for any
 *   link, including one added later without the attribute. Nothing on the site needs a referrer (no
 *   analytics, no cross-origin requests); the host's logs lose only the referrer of the site's own
 *   pages.
 * - HSTS without `preload`: preloading binds the whole registrable domain and its subdomains to HTTPS
 *   in every browser's built-in list, needs a submission by the domain's owner, and takes months to
 *   undo; the domain Parallax is deployed on is not known here. The domain's owner can add it.
 * - `X-Frame-Options: DENY` repeats `frame-ancestors 'none'` for browsers that predate it.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', headerPolicy()],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
];

/** Files under /_astro/ are named by the hash of their content: a changed file gets a new name, so they may be kept for a year. */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Pages and every other file keep their names when they change (a corrected quote, a new claim), so
 * a browser or CDN asks again every time; with the host's ETag an unchanged file costs a 304.
 */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate';

/** The folder Astro writes its hashed assets to. */
export const ASSET_FOLDER = '_astro';

/** One top-level entry of the build output. */
export interface OutputEntry {
  name: string;
  isDirectory: boolean;
}

/** Files at the top level that hosts read as configuration and never serve. */
const HOST_FILES = new Set(['_headers', '_redirects']);

function ruleFor(entry: OutputEntry): string {
  if (/[*:\s]/u.test(entry.name)) throw new Error(`"${entry.name}" at the top of the build output cannot be named in a _headers rule`);
  if (entry.isDirectory) return `/${entry.name}/*`;
  return entry.name === 'index.html' ? '/' : `/${entry.name}`;
}

/** The Content-Type of each kind of file in `/data/`, by its extension. */
export const DATA_TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** Every `_headers` rule of the site, from the top-level entries of its build output. */
export function createSiteHeaderRules(entries: readonly OutputEntry[]): HeaderRule[] {
  const cached = entries
    .filter((entry) => entry.name !== ASSET_FOLDER && !HOST_FILES.has(entry.name))
    .map(ruleFor)
    .sort()
    .map((path): HeaderRule => ({ path, headers: [['Cache-Control', PAGE_CACHE]] }));
  return [
    { path: '/*', headers: SECURITY_HEADERS },
    { path: `/${ASSET_FOLDER}/*`, headers: [['Cache-Control', ASSET_CACHE]] },
    ...cached,
    // The raw captures are UTF-8 (curly quotes and apostrophes); a host that sends no charset leaves the browser to guess, and it may garble them.
    { path: '/captures/*.txt', headers: [['Content-Type', 'text/plain; charset=utf-8']] },
    // fuse.js is the package's own .mjs file (SearchPanel.astro): a browser runs a module only with a JavaScript type, which not every host gives .mjs (S3 does not).
    { path: `/${ASSET_FOLDER}/*.mjs`, headers: [['Content-Type', 'text/javascript; charset=utf-8']] },
    // The open data: hosts guess no charset for CSV and may not know JSON-LD at all.
    ...Object.entries(DATA_TYPES).map(([extension, type]): HeaderRule => ({ path: `/data/*.${extension}`, headers: [['Content-Type', type]] })),
  ];
}
