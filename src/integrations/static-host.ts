import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkHostLimits, formatHeadersFile } from '../lib/hosting/headers-file.ts';
import { createSiteHeaderRules } from '../lib/hosting/site-headers.ts';
import { LOCAL_SITE_URL, SITE_URL_VARIABLE } from '../lib/hosting/site-url.ts';
import { SITE } from '../site-config.ts';
import { stopBuild } from './stop-build.ts';

const COMMENTS = [
  'HTTP headers for the static host, written by every build (src/integrations/static-host.ts); do not edit.',
  'Netlify and Cloudflare Pages read this file; on any other host, send the same headers for the same paths.',
];

/**
 * Makes the build output ready for a static host: writes `_headers` (the security headers, caching
 * and charsets of src/lib/hosting/site-headers.ts, one rule per top-level entry of the output) and
 * fails the build if the file is past what Cloudflare Pages reads. Also says when the site's address
 * is the local default, which is right for `npm start` and wrong for a deploy.
 */
export function staticHost(): AstroIntegration {
  return {
    name: 'parallax:static-host',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = (await readdir(out, { withFileTypes: true })).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
        const text = formatHeadersFile(createSiteHeaderRules(entries), COMMENTS);
        const problems = checkHostLimits(text);
        if (problems.length > 0) stopBuild(logger, `The _headers file would not be read in full:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
        await writeFile(path.join(out, '_headers'), text);
        if (SITE.urlIsLocalDefault) {
          logger.warn(`${SITE_URL_VARIABLE} is not set, so canonical links and citations name ${LOCAL_SITE_URL}, where \`npm start\` serves the build. Set it to the public address before deploying.`);
        }
      },
    },
  };
}
