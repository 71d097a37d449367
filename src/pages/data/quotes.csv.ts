import type { APIRoute } from 'astro';
import { QUOTES_CSV } from '../../lib/data/data-files.ts';
import { openDataResponse } from './_open-data.ts';

/** One row per quote, for spreadsheets (documented on /data/). */
export const GET: APIRoute = () => openDataResponse(QUOTES_CSV);
