import type { APIRoute } from 'astro';
import { articleCsl, formatCsl } from '../../lib/citations/csl.ts';
import { getArticleInfos } from '../../site-data.ts';

/** The five articles as CSL-JSON, for reference managers (src/lib/citations/csl.ts). */
export const GET: APIRoute = async () =>
  new Response(`${formatCsl((await getArticleInfos()).map(articleCsl))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
