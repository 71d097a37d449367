import type { APIRoute } from 'astro';
import { CLAIMS_JSON } from '../../lib/data/data-files.ts';
import { openDataResponse } from './_open-data.ts';

/** Every claim and quote, for reuse in other tools (documented on /data/). */
export const GET: APIRoute = () => openDataResponse(CLAIMS_JSON);
