import type { APIRoute } from 'astro';
import { siteCard } from '../../lib/previews/preview-cards.ts';
import { SITE } from '../../site-config.ts';
import { cardResponse } from './_card-render.ts';

/** The home page's link-preview card, shared by every page that has none of its own. */
export const GET: APIRoute = () => cardResponse(siteCard(SITE));
