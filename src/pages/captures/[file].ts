import type { APIRoute, GetStaticPaths } from 'astro';
import { getCaptures } from '../../site-data.ts';

/** Serves each raw capture byte for byte, so readers can check a copy against its source and hash. */
export const getStaticPaths = (async () =>
  (await getCaptures()).map((capture) => ({ params: { file: capture.id }, props: { text: capture.data.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props['text']), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
