import type { APIRoute, GetStaticPaths } from 'astro';
import { claimCard } from '../../../lib/previews/preview-cards.ts';
import { getClaims, type ClaimView } from '../../../site-data.ts';
import { SITE } from '../../../site-config.ts';
import { cardResponse } from '../_card-render.ts';

/** Each claim's link-preview card: its title and what each side says, with the outlets. */
export const getStaticPaths = (async () => (await getClaims()).map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(claimCard(props['claim'] as ClaimView, SITE.url));
