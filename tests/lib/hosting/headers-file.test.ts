import { describe, expect, test } from 'vitest';
import { checkHostLimits, formatHeadersFile, headersForPath, matchesPath, parseHeadersFile, rulesForPath, type HeaderRule } from '../../../src/lib/hosting/headers-file.ts';

const RULES: HeaderRule[] = [
  { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
  { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  { path: '/captures/*.txt', headers: [['Content-Type', 'text/plain; charset=utf-8']] },
];

test('writes blocks of a path and indented headers, after the comments, with a final newline', () => {
  expect(formatHeadersFile(RULES.slice(0, 2), ['Written by the build.', '', 'Do not edit.'])).toBe(
    '# Written by the build.\n#\n# Do not edit.\n\n/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
});

test('reads back what it writes', () => {
  expect(parseHeadersFile(formatHeadersFile(RULES, ['a comment']))).toEqual({ rules: RULES, problems: [] });
});

test('reads a file as the hosts document it: comments, blank lines, CRLF, a colon inside a value', () => {
  const text = '# comment\r\n/secure/page\r\n  X-Frame-Options: DENY\r\n\r\n  # a comment inside a block\r\n  Link: <https://example.org/style.css>; rel=preload\r\n';
  expect(parseHeadersFile(text)).toEqual({
    rules: [{ path: '/secure/page', headers: [['X-Frame-Options', 'DENY'], ['Link', '<https://example.org/style.css>; rel=preload']] }],
    problems: [],
  });
});

test.each([
  ['  X-Frame-Options: DENY\n/a', 'line 1: a header comes before any path pattern: "X-Frame-Options: DENY"'],
  ['/a\nX-Frame-Options: DENY', 'line 2: a header line must be indented: "X-Frame-Options: DENY"'],
  ['  /a\n  X-A: b', 'line 1: a path pattern must start the line: "/a"'],
  ['/a/*/b/*\n  X-A: b', 'line 1: a path pattern may have one splat (*) only: "/a/*/b/*"'],
  ['/a\n  X-A:', 'line 2: not a "Name: value" header: "X-A:"'],
  ['/a\n  X A: b', 'line 2: not a "Name: value" header: "X A: b"'],
  ['/a\n  ! Cache-Control', 'line 2: "! Cache-Control" detaches a header, which only Cloudflare understands'],
  ['https://example.org/*\n  X-A: b', 'line 1: absolute URL patterns are not supported here: "https://example.org/*"'],
])('reports a line a host would reject or read differently: %j', (text, problem) => {
  expect(parseHeadersFile(text).problems).toEqual([problem]);
});

describe('path patterns match as on Netlify and Cloudflare Pages', () => {
  test.each([
    ['/*', '/', true],
    ['/*', '/claims/a/', true],
    ['/_astro/*', '/_astro/BaseLayout.C2lVIEyq.css', true],
    ['/_astro/*', '/_astro/', true],
    ['/_astro/*', '/claims/_astro/x.css', false],
    ['/claims/*', '/claims/a/', true],
    ['/claims/*', '/claimsx/', false],
    ['/', '/', true],
    ['/', '/claims/', false],
    ['/robots.txt', '/robots.txt', true],
    ['/robots.txt', '/robotsXtxt', false],
    ['/captures/*.txt', '/captures/000_cb1e1981968e03cc.txt', true],
    ['/captures/*.txt', '/captures/a.txt.gz', false],
    ['/captures/*.txt', '/captures/README.md', false],
    ['/claims/:id/', '/claims/a/', true],
    ['/claims/:id/', '/claims/a/b/', false],
    ['/a:b', '/a:b', true],
  ])('%s against %s: %s', (pattern, pathname, matches) => {
    expect(matchesPath(pattern, pathname)).toBe(matches);
  });
});

test('a path gets the headers of every rule that matches it, in file order', () => {
  expect(rulesForPath(RULES, '/_astro/a.js').map((rule) => rule.path)).toEqual(['/*', '/_astro/*']);
  expect([...headersForPath(RULES, '/captures/a.txt').values()]).toEqual([
    { name: 'X-Content-Type-Options', value: 'nosniff' },
    { name: 'Content-Type', value: 'text/plain; charset=utf-8' },
  ]);
});

test('a header two matching rules set gets both values, joined with a comma as Cloudflare does', () => {
  const rules: HeaderRule[] = [
    { path: '/*', headers: [['Cache-Control', 'max-age=0']] },
    { path: '/_astro/*', headers: [['cache-control', 'immutable']] },
  ];
  expect(headersForPath(rules, '/_astro/a.js').get('cache-control')).toEqual({ name: 'Cache-Control', value: 'max-age=0, immutable' });
});

test('checks the limits of Cloudflare Pages: 100 rules, 2,000 characters a line', () => {
  const many = Array.from({ length: 101 }, (_, index): HeaderRule => ({ path: `/p${index}`, headers: [['X-A', 'b']] }));
  expect(checkHostLimits(formatHeadersFile(many))).toEqual(['101 rules, more than the 100 Cloudflare Pages reads']);
  const long = formatHeadersFile([{ path: '/*', headers: [['Content-Security-Policy', `script-src ${'x'.repeat(1_975)}`]] }]);
  expect(checkHostLimits(long)).toEqual([`line 2 is 2013 characters long, more than the 2000 Cloudflare Pages reads: "  Content-Security-Policy: script-src ${'x'.repeat(22)}…"`]);
  expect(checkHostLimits(formatHeadersFile(many.slice(0, 100)))).toEqual([]);
});
