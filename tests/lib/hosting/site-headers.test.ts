import { expect, test } from 'vitest';
import { headersForPath, matchesPath } from '../../../src/lib/hosting/headers-file.ts';
import { ASSET_CACHE, createSiteHeaderRules, PAGE_CACHE } from '../../../src/lib/hosting/site-headers.ts';

const OUTPUT = [
  { name: '_astro', isDirectory: true },
  { name: '404.html', isDirectory: false },
  { name: 'claims', isDirectory: true },
  { name: 'captures', isDirectory: true },
  { name: 'index.html', isDirectory: false },
  { name: 'robots.txt', isDirectory: false },
  { name: '_headers', isDirectory: false },
];

test('one rule for every response, one for the hashed assets, one per other top-level entry, one for the captures charset, one for module files, one per type of open data', () => {
  expect(createSiteHeaderRules(OUTPUT).map((rule) => rule.path)).toEqual([
    '/*',
    '/_astro/*',
    '/',
    '/404.html',
    '/captures/*',
    '/claims/*',
    '/robots.txt',
    '/captures/*.txt',
    '/_astro/*.mjs',
    '/data/*.csv',
    '/data/*.jsonld',
  ]);
});

test('the CSV and JSON-LD data are sent as UTF-8 with their own types', () => {
  const rules = createSiteHeaderRules(OUTPUT);
  expect(headersForPath(rules, '/data/quotes.csv').get('content-type')?.value).toBe('text/csv; charset=utf-8');
  expect(headersForPath(rules, '/data/annotations.jsonld').get('content-type')?.value).toBe('application/ld+json; charset=utf-8');
  expect(headersForPath(rules, '/data/claims.json').get('content-type')).toBeUndefined();
});

test('an .mjs module is sent as JavaScript, which a browser needs to run it; .js is left to the host', () => {
  const rules = createSiteHeaderRules(OUTPUT);
  expect(headersForPath(rules, '/_astro/fuse.basic.min.B6LC5j8e.mjs').get('content-type')?.value).toBe('text/javascript; charset=utf-8');
  expect(headersForPath(rules, '/_astro/SearchPanel.js').get('content-type')).toBeUndefined();
});

test.each([
  ['/', PAGE_CACHE],
  ['/claims/where-ttp-attacks-are-planned/', PAGE_CACHE],
  ['/robots.txt', PAGE_CACHE],
  ['/captures/000_cb1e1981968e03cc.txt', PAGE_CACHE],
  ['/_astro/BaseLayout.C2lVIEyq.css', ASSET_CACHE],
])('%s is cached with %j, set by one rule only', (pathname, cache) => {
  const rules = createSiteHeaderRules(OUTPUT);
  expect(headersForPath(rules, pathname).get('cache-control')?.value).toBe(cache);
  const names = rules.filter((rule) => matchesPath(rule.path, pathname)).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
  expect(names.length).toBe(new Set(names).size);
});

test('every response carries the security headers', () => {
  const headers = headersForPath(createSiteHeaderRules(OUTPUT), '/_astro/a.js');
  expect([...headers.values()].map((header) => header.name)).toEqual([
    'Content-Security-Policy',
    'X-Content-Type-Options',
    'X-Frame-Options',
    'Referrer-Policy',
    'Permissions-Policy',
    'Strict-Transport-Security',
    'Cache-Control',
  ]);
});

test('refuses a top-level name that a rule cannot express', () => {
  expect(() => createSiteHeaderRules([{ name: 'a*b', isDirectory: true }])).toThrow('"a*b" at the top of the build output cannot be named in a _headers rule');
});
