/**
 * The Content-Security-Policy of every built page: the `<meta>` policy carries every directive of
 * src/lib/hosting/content-security-policy.ts besides Astro's hashes, ahead of anything it governs,
 * and Chromium reports no violation on any page, under that policy and the header policy the test
 * server sends from dist/_headers, including search with a result and with a misspelling (which
 * loads fuse.js as a second chunk).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_DIRECTIVES, parsePolicy } from '../../src/lib/hosting/content-security-policy.ts';
import { builtPagePaths, launchBrowser, type LaunchedBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const baseUrl = inject('baseUrl');
const pages = await builtPagePaths();

/** The built file of a page path. */
const fileOf = (pagePath: string) => path.join(PROJECT_ROOT, 'dist', pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);

/** The content of every CSP `<meta>` in the head, and the head's elements before the first (tag name, and rel for a link). */
async function metaPolicies(pagePath: string): Promise<{ policies: string[]; before: string[] }> {
  const tree = rehype().parse(await readFile(fileOf(pagePath), 'utf8')) as Root;
  const policies: string[] = [];
  const before: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'head') return;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'meta' && String(child.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') {
        policies.push(String(child.properties['content'] ?? ''));
      } else if (policies.length === 0) {
        const rel = child.properties['rel'];
        before.push(child.tagName === 'link' ? `link[rel=${Array.isArray(rel) ? rel.join(' ') : String(rel)}]` : child.tagName);
      }
    }
  });
  return { policies, before };
}

describe('every page carries the whole policy in its <meta>', () => {
  const expected = parsePolicy(PAGE_DIRECTIVES.join(';'));

  test.each(pages)('%s', async (pagePath) => {
    const { policies, before } = await metaPolicies(pagePath);
    expect(policies.length).toBe(1);
    const policy = parsePolicy(policies[0] as string);
    for (const [name, sources] of expected) expect(policy.get(name), name).toEqual(sources);
    // Astro's part: the page's own files and the hashes of its inline scripts and styles, never 'unsafe-inline'.
    for (const name of ['script-src', 'style-src']) {
      const [self, ...hashes] = policy.get(name) ?? [];
      expect(self, name).toBe("'self'");
      expect(hashes.length, name).toBeGreaterThan(0);
      for (const hash of hashes) expect(hash, name).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/u);
    }
    expect([...policy.keys()].sort()).toEqual([...expected.keys(), 'script-src', 'style-src'].sort());
    // A <meta> policy governs only what comes after it: only what loads nothing it would refuse may precede it.
    // A feed link (rel=alternate) is only announced, never fetched by the page.
    expect(before.filter((tag) => !['meta', 'title', 'link[rel=canonical]', 'link[rel=icon]', 'link[rel=alternate]'].includes(tag))).toEqual([]);
  });
});

interface Report {
  violations: string[];
  console: string[];
  headerPolicy: string | undefined;
  scripts: string[];
}

describe('Chromium reports no CSP violation', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Injected through the DevTools protocol, before any page script: the page's CSP does not apply to it.
    await browser.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.disposition}) at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
  });
  afterAll(() => browser.close());

  /**
   * Opens `target`, lets `settle` finish, opens every disclosure and scrolls to the end; returns the
   * violations seen, the console's errors and warnings, the header policy and the scripts loaded.
   */
  async function visit(target: string, settle: (page: Page) => Promise<void> = async () => {}): Promise<Report> {
    const page = await browser.context.newPage();
    const messages: string[] = [];
    const scripts: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    const response = await page.goto(`${baseUrl}${target}`, { waitUntil: 'networkidle' });
    await settle(page);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      window.scrollTo(0, document.body.scrollHeight);
    });
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await page.close();
    return { violations, console: messages, headerPolicy: response?.headers()['content-security-policy'], scripts };
  }

  test.each(pages)('%s', async (pagePath) => {
    const report = await visit(pagePath);
    // The header policy is enforced too: both must allow everything the page does.
    expect(report.headerPolicy).toContain("frame-ancestors 'none'");
    expect({ violations: report.violations, console: report.console }).toEqual({ violations: [], console: [] });
  });

  test('/search/?q=Muttaqi, its results shown', async () => {
    const report = await visit('/search/?q=Muttaqi', async (page) => {
      await page.waitForFunction(() => /^\d+ results? for “Muttaqi”/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    });
    expect({ violations: report.violations, console: report.console }).toEqual({ violations: [], console: [] });
  });

  test('/search/?q=Tarrar, a misspelling: fuse.js loads as a second chunk and Did you mean is shown', async () => {
    const report = await visit('/search/?q=Tarrar', async (page) => {
      await page.locator('#search-results .suggestion a[href="/search/?q=Tarar"]').waitFor();
    });
    // The search script is in the page (astro.config.mjs); fuse.js is the one script fetched.
    expect(report.scripts).toEqual([expect.stringMatching(/^200 \/_astro\/fuse\.[^/]+\.mjs$/u)]);
    expect({ violations: report.violations, console: report.console }).toEqual({ violations: [], console: [] });
  });

  test('the check sees a violation when there is one: a script injected into a page is refused and reported', async () => {
    const report = await visit('/', async (page) => {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "ran"';
        document.body.append(script);
        const frame = document.createElement('iframe');
        frame.src = 'https://example.org/';
        document.body.append(frame);
      });
    });
    // Chromium reports the refused frame twice; that each violation is reported is what matters.
    expect([...new Set(report.violations)]).toEqual([
      expect.stringMatching(/^script-src-elem refused inline \(enforce\)/u),
      expect.stringMatching(/^frame-src refused https:\/\/example\.org \(enforce\)/u),
    ]);
    expect([...new Set(report.console)]).toEqual([
      expect.stringMatching(/^error: Executing inline script violates the following Content Security Policy directive 'script-src /u),
      expect.stringMatching(/^error: Framing 'https:\/\/example\.org\/' violates the following Content Security Policy directive: "frame-src 'none'"/u),
    ]);
  });
});
