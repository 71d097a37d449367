/**
 * A minimal static file server for the built site, behaving like a static host: `/x/` serves
 * `/x/index.html`, unknown paths get `404.html` with status 404, and text is compressed (brotli or
 * gzip, as the browser accepts), as every static host does: page weight and Lighthouse's timings
 * are then those a reader gets. Like Netlify and Cloudflare Pages, it sends the headers that the
 * `_headers` file at the root asks for (and never serves the file itself), so every browser test
 * runs under the security headers, caching and charsets a real host sends. Used by the browser tests
 * and `npm run bench` instead of `astro preview`, so no stray server process can outlive a test run.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../src/lib/hosting/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // fuse.js ships as a package file of its own (SearchPanel.astro); browsers import a module only with a JavaScript type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // No charset, as many hosts send it (Python's http.server, S3): the captures' charset must come from _headers.
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Compressed bodies, by file, modification time and encoding: each file is compressed once. */
const compressed = new Map<string, Buffer>();

async function compressedBody(file: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
  const key = `${file}:${(await stat(file)).mtimeMs}:${encoding}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    // Quality 5 is about what hosts use for brotli on the fly; a precompressed 11 would be smaller still.
    body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(raw, { level: 6 });
    compressed.set(key, body);
  }
  return body;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Files a host reads as its configuration and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/** The rules of `root`/_headers, read again whenever the file changes; none when there is no file. */
const headerRules = new Map<string, HeaderRule[]>();

async function rulesOf(root: string): Promise<HeaderRule[]> {
  const file = path.join(root, '_headers');
  const modified = await stat(file).catch(() => undefined);
  if (!modified) return [];
  const key = `${file}:${modified.mtimeMs}`;
  let rules = headerRules.get(key);
  if (!rules) {
    const parsed = parseHeadersFile(await readFile(file, 'utf8'));
    // A host would reject or misread such a file: fail every request rather than test under other headers.
    if (parsed.problems.length > 0) throw new Error(`${file} has problems:\n${parsed.problems.join('\n')}`);
    rules = parsed.rules;
    headerRules.set(key, rules);
  }
  return rules;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let rules: HeaderRule[];
    try {
      rules = await rulesOf(root);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
      return;
    }
    for (const { name, value } of headersForPath(rules, pathname).values()) response.setHeader(name, value);
    const relative = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/u, '');
    let file = path.join(root, relative);
    const hidden = !file.startsWith(root) || HOST_FILES.has(pathname);
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!hidden && !(await isFile(file)) && !pathname.endsWith('/') && (await isFile(path.join(file, 'index.html')))) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const found = !hidden && (await isFile(file));
    const served = found ? file : path.join(root, '404.html');
    if (!found && !(await isFile(served))) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // A rule's Content-Type is for the file it names, not for the 404 page sent in its place.
    const ruleType = found ? response.getHeader('Content-Type') : undefined;
    const type = ruleType === undefined ? (TYPES[path.extname(served)] ?? 'application/octet-stream') : String(ruleType);
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !/^(text\/|application\/(json|xml|manifest)|image\/svg)/u.test(type) ? undefined : /\bbr\b/u.test(accepted) ? 'br' : /\bgzip\b/u.test(accepted) ? 'gzip' : undefined;
    if (encoding) {
      const body = await compressedBody(served, encoding);
      response.writeHead(found ? 200 : 404, { 'Content-Type': type, 'Content-Encoding': encoding, 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      response.end(body);
      return;
    }
    response.writeHead(found ? 200 : 404, { 'Content-Type': type });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; do not wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
