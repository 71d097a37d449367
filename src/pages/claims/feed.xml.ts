import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { claimFeedItems } from '../../lib/feeds/claim-feed.ts';
import { FEEDS, SITE } from '../../site-config.ts';
import { getClaimsByTopic } from '../../site-data.ts';

const FEED_PATH = '/claims/feed.xml';

/** The claims as an RSS 2.0 feed, in the order of the claims index. */
export const GET: APIRoute = async () => {
  const claims = (await getClaimsByTopic()).flatMap((group) => group.claims);
  const feed = FEEDS.find((candidate) => candidate.path === FEED_PATH);
  if (!feed) throw new Error(`src/site-config.ts: FEEDS lists no feed at ${FEED_PATH}`);
  return rss({
    title: feed.title,
    description: SITE.description,
    site: SITE.url,
    items: claimFeedItems(claims, SITE.url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // A feed names its own address (atom:link rel="self"), as the RSS Advisory Board recommends.
    customData: `<language>${SITE.lang}</language><atom:link href="${new URL(FEED_PATH, SITE.url).href}" rel="self" type="application/rss+xml"/>`,
  });
};
