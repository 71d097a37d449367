/**
 * The headers a static host sends for the built site: dist/_headers is read as Netlify and Cloudflare
 * Pages read it, every header it sets is checked, every built file gets each header from one rule
 * only, and the test server, which applies the file, sends them: Chromium refuses to frame the site
 * from another origin, sends no referrer, and reads the captures as UTF-8.
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { headerPolicy, parsePolicy } from '../../src/lib/hosting/content-security-policy.ts';
import { checkHostLimits, headersForPath, parseHeadersFile, rulesForPath } from '../../src/lib/hosting/headers-file.ts';
import { ASSET_CACHE, DATA_TYPES, DENIED_FEATURES, PAGE_CACHE } from '../../src/lib/hosting/site-headers.ts';
import { launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const baseUrl = inject('baseUrl');
const dist = path.join(PROJECT_ROOT, 'dist');
const text = await readFile(path.join(dist, '_headers'), 'utf8');
const { rules, problems } = parseHeadersFile(text);

/** The URL path of every file the host serves (not _headers itself). */
const servedPaths = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== '_headers')
  .map((entry) => `/${path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
  .map((file) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
  .sort();
// Pages inline their CSS and scripts, so the one hashed asset is fuse.js, which search imports.
const asset = servedPaths.find((file) => file.startsWith('/_astro/') && file.endsWith('.mjs')) as string;
const capture = servedPaths.find((file) => file.startsWith('/captures/') && file.endsWith('.txt')) as string;

/** The value the host sends for `name` on `pathname`. */
const header = (pathname: string, name: string) => headersForPath(rules, pathname).get(name.toLowerCase())?.value;

describe('dist/_headers', () => {
  test('is read in full by Netlify and Cloudflare Pages: no line either would reject or read differently, within the limits', () => {
    expect(problems).toEqual([]);
    expect(checkHostLimits(text)).toEqual([]);
    expect(servedPaths).toEqual(expect.arrayContaining(['/', '/claims/', '/robots.txt', '/favicon.svg', '/search/index.json', asset, capture]));
  });

  test('no two rules that match one file set the same header, so both hosts send the same headers', () => {
    const twice = servedPaths.flatMap((pathname) => {
      const names = rulesForPath(rules, pathname).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      return names.filter((name, index) => names.indexOf(name) !== index).map((name) => `${pathname}: ${name}`);
    });
    expect(twice).toEqual([]);
  });

  test('every file gets the security headers', () => {
    for (const pathname of servedPaths) {
      expect([...headersForPath(rules, pathname).keys()], pathname).toEqual(
        expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security']),
      );
    }
  });

  test('the header policy forbids framing, plugins, <base>, foreign forms, frames and foreign requests', () => {
    const policy = parsePolicy(header('/', 'Content-Security-Policy') ?? '');
    expect(header('/', 'Content-Security-Policy')).toBe(headerPolicy());
    expect(Object.fromEntries(policy)).toEqual({
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'frame-src': ["'none'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
    });
  });

  test('says nosniff, DENY, no referrer, and HSTS for two years with subdomains but without preload', () => {
    expect(header('/', 'X-Content-Type-Options')).toBe('nosniff');
    expect(header('/', 'X-Frame-Options')).toBe('DENY');
    expect(header('/', 'Referrer-Policy')).toBe('no-referrer');
    expect(header('/', 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
  });

  test('denies every browser feature the site does not use, and leaves clipboard-write to the copy-link buttons', () => {
    const features = (header('/', 'Permissions-Policy') ?? '').split(', ');
    expect(features).toEqual(DENIED_FEATURES.map((feature) => `${feature}=()`));
    expect(features).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'browsing-topics=()']));
    expect(features.some((feature) => feature.startsWith('clipboard-write'))).toBe(false);
  });

  test('hashed assets are cached for a year; every other file is revalidated', () => {
    for (const pathname of servedPaths) {
      expect(header(pathname, 'Cache-Control'), pathname).toBe(pathname.startsWith('/_astro/') ? ASSET_CACHE : PAGE_CACHE);
    }
    expect(ASSET_CACHE).toBe('public, max-age=31536000, immutable');
    expect(PAGE_CACHE).toBe('public, max-age=0, must-revalidate');
  });

  test('the captures are sent as UTF-8 text, modules as JavaScript, CSV and JSON-LD data with their types, and nothing else gets a Content-Type from the file', () => {
    const expected = (pathname: string) =>
      /^\/captures\/.+\.txt$/u.test(pathname)
        ? 'text/plain; charset=utf-8'
        : /^\/_astro\/.+\.mjs$/u.test(pathname)
          ? 'text/javascript; charset=utf-8'
          : pathname.startsWith('/data/')
            ? DATA_TYPES[pathname.split('.').pop() ?? '']
            : undefined;
    for (const pathname of servedPaths) expect(header(pathname, 'Content-Type'), pathname).toBe(expected(pathname));
    expect(servedPaths.filter((pathname) => expected(pathname)?.startsWith('text/csv'))).toEqual(['/data/quotes.csv']);
    expect(servedPaths.filter((pathname) => expected(pathname)?.startsWith('application/ld+json'))).toEqual(['/data/annotations.jsonld']);
    expect(servedPaths.filter((pathname) => expected(pathname)?.startsWith('text/javascript'))).toEqual([expect.stringMatching(/^\/_astro\/fuse\.basic\.min\.[\w-]+\.mjs$/u)]);
  });
});

describe('the test server sends what the file says, as a host would', () => {
  test.each([
    ['/', 'text/html; charset=utf-8', PAGE_CACHE],
    ['/claims/where-ttp-attacks-are-planned/', 'text/html; charset=utf-8', PAGE_CACHE],
    [asset, 'text/javascript; charset=utf-8', ASSET_CACHE],
    [capture, 'text/plain; charset=utf-8', PAGE_CACHE],
    ['/data/quotes.csv', 'text/csv; charset=utf-8', PAGE_CACHE],
    ['/data/annotations.jsonld', 'application/ld+json; charset=utf-8', PAGE_CACHE],
  ])('%s', async (pathname, type, cache) => {
    const response = await fetch(`${baseUrl}${pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
    expect(response.headers.get('content-security-policy')).toBe(headerPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(response.headers.get('permissions-policy')).toBe(header('/', 'Permissions-Policy'));
  });

  test('never serves _headers itself', async () => {
    const response = await fetch(`${baseUrl}/_headers`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Content-Security-Policy');
  });
});

describe('in Chromium, under those headers', () => {
  let browser: LaunchedBrowser;
  let other: StaticServer;
  let otherRoot: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Another port is another origin; this one has no _headers, so it may be framed and sends referrers.
    otherRoot = await mkdtemp(path.join(tmpdir(), 'parallax-other-origin-'));
    await writeFile(path.join(otherRoot, 'framer.html'), `<!doctype html><title>Framer</title><link rel="icon" href="data:,"><iframe src="${baseUrl}/"></iframe><iframe src="/inner.html"></iframe>`);
    await writeFile(path.join(otherRoot, 'inner.html'), '<!doctype html><title>Inner</title><p id="inner">Framed</p>');
    await copyFile(path.join(dist, capture), path.join(otherRoot, 'capture.txt'));
    other = await startStaticServer(otherRoot);
  });
  afterAll(async () => {
    await browser.close();
    await other.close();
    await rm(otherRoot, { recursive: true, force: true });
  });

  test('a page on another origin cannot frame the site (frame-ancestors), though it can frame its own pages', async () => {
    const page = await browser.context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text().trim()));
    await page.goto(`${other.url}/framer.html`, { waitUntil: 'load' });
    const own = page.frames().find((frame) => frame.url() === `${other.url}/inner.html`);
    expect(await own?.locator('#inner').textContent()).toBe('Framed');
    const site = page.frames().filter((frame) => frame !== page.mainFrame() && frame !== own);
    expect(site.length).toBe(1);
    expect(site[0]?.url()).not.toContain(baseUrl);
    expect(await site[0]?.locator('body a[href="/method/"]').count()).toBe(0);
    expect(messages).toContain(`Framing '${baseUrl}/' violates the following Content Security Policy directive: "frame-ancestors 'none'". The request has been blocked.`);
    await page.close();
  });

  test('the site sends no referrer, not even to itself; a page without the header does', async () => {
    const page = await browser.context.newPage();
    const referrers = new Map<string, string | null>();
    page.on('request', async (request) => referrers.set(new URL(request.url()).pathname, await request.headerValue('referer')));
    await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
    await page.goto(`${other.url}/framer.html`, { waitUntil: 'networkidle' });
    expect(referrers.has('/search/index.json')).toBe(true);
    expect(referrers.get('/search/index.json')).toBeNull();
    expect(referrers.get('/inner.html')).toBe(`${other.url}/framer.html`);
    await page.close();
  });

  test('denies the features it lists and allows clipboard-write, with no console message about the header', async () => {
    const page = await browser.context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(`${baseUrl}/claims/where-ttp-attacks-are-planned/`, { waitUntil: 'networkidle' });
    const allowed = await page.evaluate((features) => {
      const policy = (document as unknown as { featurePolicy: { allowsFeature(feature: string): boolean } }).featurePolicy;
      return Object.fromEntries([...features, 'clipboard-write'].map((feature) => [feature, policy.allowsFeature(feature)]));
    }, [...DENIED_FEATURES]);
    expect(allowed).toEqual({ ...Object.fromEntries(DENIED_FEATURES.map((feature) => [feature, false])), 'clipboard-write': true });
    expect(messages.filter((message) => /Permissions-Policy|Content Security Policy/iu.test(message))).toEqual([]);
    await page.close();
  });

  test('a capture is read as UTF-8: its curly quotes come through', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${capture}`);
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    expect(await page.locator('body').textContent()).toMatch(/[’“”]/u);
    await page.close();
  });
});
