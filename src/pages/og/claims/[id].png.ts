import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCardPng } from '../../../lib/previews/card-layout.ts';
import { claimCard } from '../../../lib/previews/preview-cards.ts';
import { getClaims, type ClaimView } from '../../../site-data.ts';
import { SITE } from '../../../site-config.ts';
import { loadCardFonts, pngResponse } from '../_card-fonts.ts';

/** Each claim's link-preview card: its title and what each side says, with the outlets. */
export const getStaticPaths = (async () => (await getClaims()).map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { fonts, metrics } = await loadCardFonts();
  return pngResponse(await renderCardPng(claimCard(props['claim'] as ClaimView, SITE.url), fonts, metrics));
};
