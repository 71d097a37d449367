import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { isNoindex, pageFileOf } from '../lib/discovery/indexing.ts';

/**
 * The sitemap (@astrojs/sitemap, at /sitemap-index.xml): every HTML page the build wrote except
 * those whose own head says `noindex`, read from the built files themselves, so that the sitemap
 * and the pages cannot disagree. Must come before staticHost, which gives every top-level file of
 * the output (the sitemap's too) its headers.
 */
export function siteMap(): AstroIntegration[] {
  let outDir: string | undefined;
  const isIndexable = (url: string): boolean => {
    const file = pageFileOf(new URL(url).pathname);
    if (file === undefined || outDir === undefined) return false;
    const built = path.join(outDir, file);
    return existsSync(built) && !isNoindex(readFileSync(built, 'utf8'));
  };
  return [
    {
      name: 'parallax:site-map-output',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
      },
    },
    sitemap({ filter: isIndexable }),
  ];
}
