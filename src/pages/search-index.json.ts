import type { APIRoute } from 'astro';
import { getSearchIndex } from '../site-data.ts';

/** The search index, built with the site and fetched only by the search page. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
