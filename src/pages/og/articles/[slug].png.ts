import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCardPng } from '../../../lib/previews/card-layout.ts';
import { articleCard } from '../../../lib/previews/preview-cards.ts';
import { getArticles, type Article } from '../../../site-data.ts';
import { SITE } from '../../../site-config.ts';
import { loadCardFonts, pngResponse } from '../_card-fonts.ts';

/** Each article's link-preview card: its headline as captured, its outlet and its printed date. */
export const getStaticPaths = (async () =>
  (await getArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { fonts, metrics } = await loadCardFonts();
  return pngResponse(await renderCardPng(articleCard(props['article'] as Article, SITE.url), fonts, metrics));
};
