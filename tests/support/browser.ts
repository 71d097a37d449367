/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers here),
 * with a fresh profile per launch and the background networking that this machine's closed network
 * would refuse switched off.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { PROJECT_ROOT } from './project-copy.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Opens a browser context with a fresh profile; `close` removes the profile again. */
export async function launchBrowser(options: BrowserContextOptions = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Every HTML page in `dist`, as the URL path that serves it (`/x/` for `x/index.html`). */
export async function htmlPagePaths(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const relative = path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return relative === 'index.html' ? '/' : relative.endsWith('/index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`;
    })
    .sort();
}

/** Every page of the built site, as URL paths, found from the HTML files in dist/: new pages are covered without editing tests. */
export function builtPagePaths(): Promise<string[]> {
  return htmlPagePaths(path.join(PROJECT_ROOT, 'dist'));
}
