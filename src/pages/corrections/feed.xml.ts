import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { correctionFeedItems } from '../../lib/corrections/correction-views.ts';
import { SITE } from '../../site-config.ts';
import { getCorrections } from '../../site-data.ts';

/** The corrections as an RSS feed, newest first, each item linked to its entry in the log. */
export const GET: APIRoute = async () => {
  const { corrections } = await getCorrections();
  return rss({
    title: `${SITE.name}: corrections`,
    description: 'Every change made to a claim after it was published: when, what changed and why.',
    // The channel links to the log itself; items' paths resolve against it.
    site: new URL('/corrections/', SITE.url).href,
    items: correctionFeedItems(corrections),
    // Item links end in a fragment (#correction-3): a slash added after it would break them.
    trailingSlash: false,
    customData: `<language>${SITE.lang}</language>`,
  });
};
