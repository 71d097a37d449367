import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCard } from '../../../lib/previews/preview-cards.ts';
import { getArticles, type Article } from '../../../site-data.ts';
import { SITE } from '../../../site-config.ts';
import { cardResponse } from '../_card-render.ts';

/** Each article's link-preview card: its headline as captured, its outlet and its printed date. */
export const getStaticPaths = (async () =>
  (await getArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(articleCard(props['article'] as Article, SITE.url));
