import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/discovery/indexing.ts';
import { SITE } from '../site-config.ts';

/** robots.txt, with the sitemap's absolute address on the configured site. */
export const GET: APIRoute = () => new Response(robotsTxt(SITE.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
