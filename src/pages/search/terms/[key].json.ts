import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../site-data.ts';

/** One shard of the search index: the terms that start with one character. */
export const getStaticPaths = (async () =>
  Object.entries((await getSearchIndex()).shards).map(([key, shard]) => ({ params: { key }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props['shard']);
