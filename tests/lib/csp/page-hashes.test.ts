import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { keepOwnHashes, narrowPagePolicy } from '../../../src/lib/csp/page-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SCRIPT = 'document.documentElement.dataset.x = "";';
const STYLE = 'main{margin:0}';
const OTHER_PAGE = 'body{color:red}';
const policy = `default-src 'self'; script-src 'self' ${hash(SCRIPT)} ${hash('other();')}; style-src 'self' ${hash(OTHER_PAGE)} ${hash(STYLE)}; object-src 'none'`;
const page = (head: string) => `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body></body></html>`;

test('keeps the hashes of the inline scripts and styles on the page, and every other source and directive', () => {
  expect(keepOwnHashes(policy, page(`<script>${SCRIPT}</script><style>${STYLE}</style>`))).toBe(
    `default-src 'self'; script-src 'self' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)}; object-src 'none'`,
  );
});

test('a page without inline scripts or styles keeps only its other sources', () => {
  expect(keepOwnHashes(policy, page('<script type="module" src="/_astro/a.js"></script>'))).toBe("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'");
});

test('hashes the exact text between the tags, as a browser does: a changed byte is not allowed', () => {
  expect(keepOwnHashes(policy, page(`<script type="module">${SCRIPT} </script>`))).toBe("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'");
});

test('rewrites the policy <meta> of a page and leaves the rest of the page as it was', () => {
  const html = page(`<style>${STYLE}</style>`);
  const narrowed = narrowPagePolicy(html);
  expect(narrowed).toContain(`content="default-src 'self'; script-src 'self'; style-src 'self' ${hash(STYLE)}; object-src 'none'"`);
  expect(narrowed.replace(/content="[^"]*"/u, '')).toBe(html.replace(/content="[^"]*"/u, ''));
});
