import type { APIRoute } from 'astro';
import { CLAIMS_SCHEMA } from '../../lib/data/data-files.ts';
import { openDataResponse } from './_open-data.ts';

/** The JSON Schema of /data/claims.json, generated from the zod schema the export is built to. */
export const GET: APIRoute = () => openDataResponse(CLAIMS_SCHEMA);
