import { expect, test } from 'vitest';
import { LOCAL_SITE_URL, resolveSiteUrl } from '../../../src/lib/hosting/site-url.ts';

test('without the variable, the address is where npm start serves the build', () => {
  expect(resolveSiteUrl({})).toEqual({ ok: true, url: 'http://127.0.0.1:4321', fromDefault: true });
  expect(LOCAL_SITE_URL).toBe('http://127.0.0.1:4321');
});

test.each([
  ['https://parallax.example.org', 'https://parallax.example.org'],
  ['https://parallax.example.org/', 'https://parallax.example.org'],
  ['HTTPS://Parallax.Example.ORG:443/', 'https://parallax.example.org'],
  ['http://localhost:8080', 'http://localhost:8080'],
])('%s is the origin %s', (value, url) => {
  expect(resolveSiteUrl({ PARALLAX_SITE_URL: value })).toEqual({ ok: true, url, fromDefault: false });
});

const advice = 'PARALLAX_SITE_URL must be the address the site is published at: an absolute http:// or https:// URL with no path, query or fragment, such as https://parallax.example.org.';

test.each([
  ['', 'It is "", but it is empty.'],
  ['parallax.example.org', 'It is "parallax.example.org", but it is not an absolute URL.'],
  ['ftp://parallax.example.org', 'It is "ftp://parallax.example.org", but it uses ftp: instead of http: or https:.'],
  ['https://user:secret@parallax.example.org', 'It is "https://user:secret@parallax.example.org", but it has a user name or password.'],
  ['https://example.org/parallax/', 'It is "https://example.org/parallax/", but it has the path /parallax/ (Parallax is served from the root of its domain).'],
  ['https://parallax.example.org/?ref=1', 'It is "https://parallax.example.org/?ref=1", but it has a query.'],
  ['https://parallax.example.org?', 'It is "https://parallax.example.org?", but it has a query.'],
  ['https://parallax.example.org/#top', 'It is "https://parallax.example.org/#top", but it has a fragment.'],
])('rejects %j, saying what the variable must be and what is wrong', (value, found) => {
  expect(resolveSiteUrl({ PARALLAX_SITE_URL: value })).toEqual({ ok: false, message: `${advice} ${found}` });
});

test.each([
  [{ NETLIFY: 'true' }, 'Netlify'],
  [{ CF_PAGES: '1' }, 'Cloudflare Pages'],
])('a build on a static host without the variable fails: %j', (env, host) => {
  expect(resolveSiteUrl(env)).toEqual({
    ok: false,
    message: `PARALLAX_SITE_URL is not set, and this build runs on ${host}: set it to the address the site is published at, such as https://parallax.example.org; otherwise canonical links and citations would point at http://127.0.0.1:4321.`,
  });
  expect(resolveSiteUrl({ ...env, PARALLAX_SITE_URL: 'https://parallax.example.org' })).toEqual({ ok: true, url: 'https://parallax.example.org', fromDefault: false });
});
