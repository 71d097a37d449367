import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../site-data.ts';

/** The search index's manifest: fetched first, and only, by the search page. */
export const GET: APIRoute = async () => Response.json((await getSearchIndex()).manifest);
