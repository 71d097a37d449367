import type { APIRoute } from 'astro';
import { renderCardPng } from '../../lib/previews/card-layout.ts';
import { siteCard } from '../../lib/previews/preview-cards.ts';
import { SITE } from '../../site-config.ts';
import { loadCardFonts, pngResponse } from './_card-fonts.ts';

/** The home page's link-preview card, shared by every page that has none of its own. */
export const GET: APIRoute = async () => {
  const { fonts, metrics } = await loadCardFonts();
  return pngResponse(await renderCardPng(siteCard(SITE), fonts, metrics));
};
