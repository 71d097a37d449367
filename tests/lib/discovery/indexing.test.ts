import { describe, expect, test } from 'vitest';
import { isNoindex, pageFileOf, robotsTxt } from '../../../src/lib/discovery/indexing.ts';

describe('isNoindex', () => {
  test.each([
    ['<meta name="robots" content="noindex">', true],
    ['<meta content="noindex, follow" name="robots" />', true],
    ["<META NAME='robots' CONTENT='NOINDEX'>", true],
    ['<meta name="robots" content="index, follow">', false],
    ['<meta name="description" content="Why noindex pages are left out">', false],
    ['<p>noindex</p>', false],
  ])('%s: %s', (html, expected) => {
    expect(isNoindex(`<!doctype html><html><head>${html}</head><body></body></html>`)).toBe(expected);
  });
});

describe('pageFileOf', () => {
  test('maps a page address to its index.html', () => {
    expect(pageFileOf('/')).toBe('index.html');
    expect(pageFileOf('/claims/where-ttp-attacks-are-planned/')).toBe('claims/where-ttp-attacks-are-planned/index.html');
  });

  test('is undefined for a file that is not a page', () => {
    expect(pageFileOf('/claims/feed.xml')).toBeUndefined();
    expect(pageFileOf('/captures/000_cb1e1981968e03cc.txt')).toBeUndefined();
  });
});

test('robots.txt lets every crawler read everything and names the sitemap on the configured site', () => {
  expect(robotsTxt('https://parallax.example.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://parallax.example.org/sitemap-index.xml\n');
});
