import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../site-data.ts';

/** What one search result shows, fetched only when it is among the results. */
export const getStaticPaths = (async () =>
  (await getSearchIndex()).documents.map((document, n) => ({ params: { n: String(n) }, props: { document } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['document']);
