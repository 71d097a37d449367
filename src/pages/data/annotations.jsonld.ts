import type { APIRoute } from 'astro';
import { allQuotes } from '../../lib/claims/claim-views.ts';
import { buildAnnotationCollection, toAnnotatedQuote } from '../../lib/citations/web-annotations.ts';
import { CONTENT_PATHS, SITE } from '../../site-config.ts';
import { getArticles, getClaims } from '../../site-data.ts';

/** Every quote as a W3C Web Annotation on the page it was quoted from (src/lib/citations/web-annotations.ts). */
export const GET: APIRoute = async () => {
  const captures = new Map(
    (await getArticles()).map((article) => [
      article.slug,
      { captureHref: article.captureHref, captureFile: `${CONTENT_PATHS.captures}/${article.capture.file}`, captureText: article.captureText },
    ]),
  );
  const quotes = allQuotes(await getClaims()).map((quote) => {
    const capture = captures.get(quote.article.slug);
    if (capture === undefined) throw new Error(`quote "${quote.id}": article "${quote.article.slug}" has no capture`);
    return toAnnotatedQuote(quote, capture);
  });
  return new Response(`${JSON.stringify(buildAnnotationCollection(quotes, SITE.url), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
};
